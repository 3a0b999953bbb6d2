import { branchReads, datesReached, isAcyclic, nodeOf, reachableFrom, resolveNext, targetsOf } from './graph.ts';
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
 * The walk from one node on, as a linked chain of steps: each step is a node
 * on the path, answered (then `next` is the node after it), skipped (then
 * `next` is the trail from the answered question it skipped to) or where the
 * walk stops. Linked rather than copied, so that a trail shared by several
 * skip candidates is built once and read once.
 */
interface Step {
  readonly node: string;
  readonly option?: string;
  readonly findings?: readonly string[];
  readonly skipped?: true;
  readonly next: Step | undefined;
  /** Answers used from this step on. */
  readonly used: number;
}

/** For a flow with cycles: the nodes on the trail so far and the answers it has used. */
interface LoopGuard {
  readonly trail: Set<string>;
  readonly used: Set<string>;
}

/** What one walk needs while it follows the flow. */
interface Walker {
  readonly flow: AnyFlow;
  readonly pending: ReadonlyMap<string, string>;
  readonly reached: ReadonlySet<string>;
  /**
   * Trails already followed, by node and the answers that can still change
   * where they go (`branchReads`). Only for a flow without cycles: there the
   * trail from a node does not depend on how the walk got there otherwise, and
   * every answer to a question after it is still unused.
   */
  readonly memo: Map<string, Step> | undefined;
  /** The best skip from a node, memoised like `memo` (see `bestAfter`). */
  readonly bestMemo: Map<string, Best | null>;
  readonly reads: ReadonlyMap<string, readonly string[]>;
}

/** A skip candidate: the trail from an answered question, and how many steps after the skip it is. */
interface Best {
  readonly step: Step;
  readonly depth: number;
}

/** The options' targets in the order a breadth-first search meets them, with the branches `known` decides. */
function targetsInOrder(walker: Walker, id: string, known: ReadonlyMap<string, string>): string[] {
  const node = nodeOf(walker.flow, id);
  if (node?.kind !== 'question') return [];
  // Stryker disable next-line ArrayDeclaration: a first target that names no node adds nothing (no trail, no answer)
  const targets: string[] = [];
  for (const option of node.options) {
    const next = option.next;
    const decided = typeof next === 'string' || next.when.every((rule) => known.has(rule.question));
    for (const target of decided ? [resolveNext(next, known, walker.reached)] : targetsOf(next))
      if (!targets.includes(target)) targets.push(target);
  }
  return targets;
}

/**
 * The skip from the unanswered question `id` in a flow without cycles: of the
 * answered questions reachable from it, the one whose trail uses the most
 * answers, and of those the first a breadth-first search from `id` meets
 * (the nearest, then by option order) — the same choice as trying each node
 * `reachableFrom` lists, but solved once per node and answers known instead
 * of searched again from every skip, which made a walk quadratic.
 */
function bestAfter(walker: Walker, id: string, known: ReadonlyMap<string, string>): Best | undefined {
  // Stryker disable next-line ArrayDeclaration: every node has reads; a question name no node has reads no answer
  const reads = walker.reads.get(id) ?? [];
  const key = `${id}\u0001${reads.map((question) => known.get(question) ?? '').join('\u0001')}`;
  const cached = walker.bestMemo.get(key);
  if (cached !== undefined) return cached ?? undefined;
  let best: Best | undefined;
  for (const target of targetsInOrder(walker, id, known)) {
    const here: Best | undefined = walker.pending.has(target)
      ? // Stryker disable next-line ArrayDeclaration: every node has reads; a question name no node has reads no answer
        { step: follow(walker, target, only(known, walker.reads.get(target) ?? [])), depth: 1 }
      : undefined;
    // Stryker disable next-line ArrayDeclaration: every node has reads; a question name no node has reads no answer
    const below = bestAfter(walker, target, only(known, walker.reads.get(target) ?? []));
    for (const candidate of [here, below && { step: below.step, depth: below.depth + 1 }])
      if (
        candidate &&
        (!best ||
          candidate.step.used > best.step.used ||
          (candidate.step.used === best.step.used && candidate.depth < best.depth))
      )
        best = candidate;
  }
  walker.bestMemo.set(key, best ?? null);
  return best;
}

/** The answers to these questions, and no others. */
function only(answers: ReadonlyMap<string, string>, questions: readonly string[]): Map<string, string> {
  const kept = new Map<string, string>();
  for (const question of questions) {
    const option = answers.get(question);
    if (option !== undefined) kept.set(question, option);
  }
  return kept;
}

/**
 * Follows answers from `from` until a terminal node or an unanswered question.
 * At an unanswered question it may skip ahead (see `walk`): it tries each
 * answered question still reachable and keeps the one whose own trail uses
 * the most answers (the first found on a tie), so neither the URL's order nor
 * a short cut elsewhere in the tree can pull the walk away from the step a
 * link pointed at.
 *
 * `known` holds the answers given on the way here. `loop` is only for a flow
 * with cycles (not memoised): the nodes passed on this trail, where a trail
 * stops rather than go round, and the answers it has used, which it cannot
 * use again.
 */
function follow(walker: Walker, from: string, known: ReadonlyMap<string, string>, loop?: LoopGuard): Step {
  const { flow, pending, reached, memo } = walker;
  let key: string | undefined;
  if (memo) {
    // Stryker disable next-line ArrayDeclaration: every node has reads; a question name no node has reads no answer
    const reads = walker.reads.get(from) ?? [];
    key = `${from}\u0001${reads.map((question) => known.get(question) ?? '').join('\u0001')}`;
    const hit = memo.get(key);
    if (hit) return hit;
    // Stryker disable next-line ConditionalExpression: `loop` is set exactly when `memo` is not
  } else if (loop) {
    if (loop.trail.has(from)) return { node: from, next: undefined, used: -1 };
    loop.trail.add(from);
  }
  const step = ((): Step => {
    const node = nodeOf(flow, from);
    if (node?.kind !== 'question') return { node: from, next: undefined, used: 0 };
    const chosen = loop?.used.has(from) ? undefined : pending.get(from);
    const option = node.options.find((candidate) => candidate.id === chosen);
    // Stryker disable next-line LogicalOperator: pending holds only options the question has, so `option` is found exactly when `chosen` is set
    if (chosen !== undefined && option) {
      const answers = new Map(known);
      answers.set(from, chosen);
      loop?.used.add(from);
      const to = resolveNext(option.next, answers, reached);
      // Only the answers still read from there on travel (all of them in a flow with cycles).
      // Stryker disable next-line ArrayDeclaration: every node has reads; a question name no node has reads no answer
      const next = follow(walker, to, memo ? only(answers, walker.reads.get(to) ?? []) : answers, loop);
      // A step back onto the trail (a cycle) is not part of it.
      const rest = next.used === -1 ? undefined : next;
      return { node: from, option: chosen, findings: option.findings ?? [], next: rest, used: 1 + (rest?.used ?? 0) };
    }
    let best: Step | undefined;
    if (memo) best = bestAfter(walker, from, known)?.step;
    else
      for (const candidate of reachableFrom(flow, from, known, reached)) {
        // Stryker disable next-line OptionalChaining,EqualityOperator: `loop` is always set in a flow with cycles; `from` is unanswered or used, so the tests before exclude it
        if (!pending.has(candidate) || loop?.used.has(candidate) || candidate === from) continue;
        const trial = follow(walker, candidate, known, loop && { trail: new Set(), used: new Set(loop.used) });
        if (!best || trial.used > best.used) best = trial;
      }
    if (!best) return { node: from, next: undefined, used: 0 };
    return { node: from, skipped: true, next: best, used: best.used };
  })();
  // Stryker disable next-line LogicalOperator: `key` is set exactly when `memo` is
  if (memo && key !== undefined) memo.set(key, step);
  return step;
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
  const acyclic = isAcyclic(flow);
  const walker: Walker = {
    flow,
    pending: new Map(usable.map((answer) => [answer.question, answer.option])),
    reached: datesReached(flow, context.today),
    memo: acyclic ? new Map() : undefined,
    bestMemo: new Map(),
    reads: acyclic ? branchReads(flow) : new Map(),
  };
  const used: Answer[] = [];
  const path: string[] = [];
  const skipped: string[] = [];
  const findings = new Set<string>();
  const loop = acyclic ? undefined : { trail: new Set<string>(), used: new Set<string>() };
  for (let step: Step | undefined = follow(walker, flow.start, new Map(), loop); step; step = step.next) {
    path.push(step.node);
    if (step.skipped) {
      skipped.push(step.node);
      const node = nodeOf(flow, step.node);
      // Stryker disable next-line ConditionalExpression,OptionalChaining: only questions are skipped
      for (const finding of node?.kind === 'question' ? (node.whenSkipped ?? []) : []) findings.add(finding);
    }
    if (step.option !== undefined) {
      used.push({ question: step.node, option: step.option });
      // Stryker disable next-line ArrayDeclaration: every answered step has its findings
      for (const finding of step.findings ?? []) findings.add(finding);
    }
  }
  const consumed = new Set(used.map((answer) => answer.question));
  for (const answer of usable) if (!consumed.has(answer.question)) ignored.push({ answer, reason: 'not-on-path' });
  const last = path.at(-1) ?? (flow.start as string);
  return {
    answers: used,
    path,
    current: last,
    complete: nodeOf(flow, last)?.kind === 'terminal',
    findings: [...findings],
    skipped,
    ignored,
  };
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
