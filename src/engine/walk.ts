import { datesReached, nodeOf, reachableFrom, resolveNext } from './graph.ts';
import type { Answer, AnyFlow } from './types.ts';

export type IgnoredReason = 'unknown-question' | 'unknown-option' | 'duplicate' | 'not-on-path';

export interface IgnoredAnswer {
  readonly answer: Answer;
  readonly reason: IgnoredReason;
}

export interface WalkResult {
  /** The answers that hold, in the order of the path: the canonical answer list. */
  readonly answers: readonly Answer[];
  /** Every node on the way, in order, ending with `current`; skipped questions stay in place. */
  readonly path: readonly string[];
  /** Where the walk stopped: the first unanswered question, or a terminal node. */
  readonly current: string;
  /** Whether `current` is a terminal node. */
  readonly complete: boolean;
  /** Findings recorded by the answers on the path, in order, each once. */
  readonly findings: readonly string[];
  /**
   * Questions passed over unanswered because an answer further on was given
   * without them (a deep link, or a changed answer that opened a new branch).
   */
  readonly skipped: readonly string[];
  /** Answers that do not fit the flow or the path; reported, never thrown. */
  readonly ignored: readonly IgnoredAnswer[];
}

/** Sorts raw answers into usable ones (first per question) and ignored ones. */
function sortAnswers(flow: AnyFlow, answers: readonly Answer[]) {
  const usable: Answer[] = [];
  const ignored: IgnoredAnswer[] = [];
  const seen = new Set<string>();
  for (const answer of answers) {
    const node = nodeOf(flow, answer.question);
    if (node?.kind !== 'question') ignored.push({ answer, reason: 'unknown-question' });
    else if (!node.options.some((option) => option.id === answer.option))
      ignored.push({ answer, reason: 'unknown-option' });
    else if (seen.has(answer.question)) ignored.push({ answer, reason: 'duplicate' });
    else {
      seen.add(answer.question);
      usable.push(answer);
    }
  }
  return { usable, ignored };
}

/** How far a walk got from one node: what it passed, used and recorded. */
interface Trail {
  readonly path: string[];
  readonly used: Answer[];
  readonly findings: string[];
  readonly skipped: string[];
}

/**
 * Follows answers from `from` until a terminal node or an unanswered question.
 * At an unanswered question it may skip ahead (see `walk`): it tries each
 * answered question still reachable and keeps the one whose own trail uses
 * the most answers, so neither the URL's order nor a short cut elsewhere in
 * the tree can pull the walk away from the step a link pointed at.
 */
function follow(
  flow: AnyFlow,
  from: string,
  pending: ReadonlyMap<string, string>,
  known: ReadonlyMap<string, string>,
  reached: ReadonlySet<string>,
): Trail {
  const remaining = new Map(pending);
  const seen = new Map(known);
  const trail: Trail = { path: [], used: [], findings: [], skipped: [] };
  let current = from;
  while (!trail.path.includes(current)) {
    trail.path.push(current);
    const node = nodeOf(flow, current);
    if (node?.kind !== 'question') break;
    const chosen = remaining.get(current);
    const option = node.options.find((candidate) => candidate.id === chosen);
    if (chosen !== undefined && option) {
      remaining.delete(current);
      seen.set(current, chosen);
      trail.used.push({ question: current, option: chosen });
      for (const finding of option.findings ?? []) if (!trail.findings.includes(finding)) trail.findings.push(finding);
      current = resolveNext(option.next, seen, reached);
      continue;
    }
    let best: Trail | undefined;
    for (const candidate of reachableFrom(flow, current, seen, reached)) {
      if (!remaining.has(candidate)) continue;
      const trial = follow(flow, candidate, remaining, seen, reached);
      if (!best || trial.used.length > best.used.length) best = trial;
    }
    if (!best) break;
    trail.skipped.push(current, ...best.skipped);
    trail.path.push(...best.path);
    trail.used.push(...best.used);
    for (const finding of best.findings) if (!trail.findings.includes(finding)) trail.findings.push(finding);
    break;
  }
  return trail;
}

/** Today as an ISO date (`2026-11-26`), in the reader's own time zone. */
export function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** When a walk happens: the day decides branches that hold only from a date. */
export interface WalkContext {
  /** An ISO date, `2027-02-01`. */
  readonly today: string;
}

/** The context of a walk made now, on the machine's own clock (the default where none is injected). */
export function now(): WalkContext {
  return { today: isoDay(new Date()) };
}

/**
 * Follows the flow from its start with the given answers, on `context.today`
 * (the real clock unless a caller injects another day).
 *
 * An unanswered question normally ends the walk. When answers exist for
 * questions that can still be reached from there (someone followed a support
 * link straight to a step), the walk skips ahead to the one that keeps the
 * most answers, so that the findings of a deep-linked path are not lost; the
 * question passed over stays on the path and is listed in `skipped`. Answers
 * that cannot be reached are ignored.
 */
export function walk(flow: AnyFlow, answers: readonly Answer[], context: WalkContext = now()): WalkResult {
  const { usable, ignored } = sortAnswers(flow, answers);
  const pending = new Map(usable.map((answer) => [answer.question, answer.option]));
  const reached = datesReached(flow, context.today);
  const { path, used, findings, skipped } = follow(flow, flow.start, pending, new Map(), reached);
  const consumed = new Set(used.map((answer) => answer.question));
  for (const answer of usable) if (!consumed.has(answer.question)) ignored.push({ answer, reason: 'not-on-path' });
  const last = path.at(-1) ?? (flow.start as string);
  return {
    answers: used,
    path,
    current: last,
    complete: nodeOf(flow, last)?.kind === 'terminal',
    findings,
    skipped,
    ignored,
  };
}

/**
 * The answers after choosing `option` at `question`: the earlier answer to that
 * question is replaced, answers that still fit the path are kept.
 */
export function answer(
  flow: AnyFlow,
  answers: readonly Answer[],
  question: string,
  option: string,
  context?: WalkContext,
): WalkResult {
  const others = answers.filter((existing) => existing.question !== question);
  return walk(flow, [...others, { question, option }], context);
}

/**
 * Where to go after choosing `option` at `question`, given the answers known.
 * Undefined when the question or option does not exist.
 */
export function nextNode(
  flow: AnyFlow,
  question: string,
  option: string,
  answers: readonly Answer[],
  context: WalkContext = now(),
): string | undefined {
  const node = nodeOf(flow, question);
  if (node?.kind !== 'question') return undefined;
  const chosen = node.options.find((candidate) => candidate.id === option);
  if (!chosen) return undefined;
  const known = new Map(answers.map((existing) => [existing.question, existing.option]));
  known.set(question, option);
  return resolveNext(chosen.next, known, datesReached(flow, context.today));
}
