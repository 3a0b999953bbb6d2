import { nodeOf, reachableFrom, resolveNext } from './graph.ts';
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

/**
 * Follows the flow from its start with the given answers (in the order given).
 *
 * An unanswered question normally ends the walk. When an answer exists for a
 * question that can still be reached from there (someone followed a support
 * link straight to a step), the walk skips ahead to the nearest such question,
 * so that the findings of a deep-linked path are not lost; the question passed
 * over stays on the path and is listed in `skipped`. Answers that cannot be
 * reached are ignored.
 */
export function walk(flow: AnyFlow, answers: readonly Answer[]): WalkResult {
  const { usable, ignored } = sortAnswers(flow, answers);
  const pending = new Map(usable.map((answer) => [answer.question, answer.option]));
  const known = new Map<string, string>();
  const used: Answer[] = [];
  const path: string[] = [];
  const findings: string[] = [];
  const skipped: string[] = [];
  let current = flow.start as string;

  while (!path.includes(current)) {
    path.push(current);
    const node = nodeOf(flow, current);
    if (node?.kind !== 'question') break;
    const chosen = pending.get(current);
    if (chosen !== undefined) {
      const option = node.options.find((candidate) => candidate.id === chosen);
      if (!option) break; // cannot happen: sortAnswers checked it
      pending.delete(current);
      known.set(current, chosen);
      used.push({ question: current, option: chosen });
      for (const finding of option.findings ?? []) if (!findings.includes(finding)) findings.push(finding);
      current = resolveNext(option.next, known);
      continue;
    }
    // reachableFrom lists nodes breadth-first, so this is the nearest answered
    // question ahead on the path, whatever the order of the URL.
    const ahead = [...reachableFrom(flow, current, known)].find((id) => pending.has(id));
    if (!ahead) break;
    skipped.push(current);
    current = ahead;
  }

  for (const answer of usable) if (pending.has(answer.question)) ignored.push({ answer, reason: 'not-on-path' });
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
export function answer(flow: AnyFlow, answers: readonly Answer[], question: string, option: string): WalkResult {
  const others = answers.filter((existing) => existing.question !== question);
  return walk(flow, [...others, { question, option }]);
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
): string | undefined {
  const node = nodeOf(flow, question);
  if (node?.kind !== 'question') return undefined;
  const chosen = node.options.find((candidate) => candidate.id === option);
  if (!chosen) return undefined;
  const known = new Map(answers.map((existing) => [existing.question, existing.option]));
  known.set(question, option);
  return resolveNext(chosen.next, known);
}
