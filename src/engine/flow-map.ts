import { branchReads, datesReached, nodeOf, reachableFrom, resolveAlias, resolveNext, targetsOf } from './graph.ts';
import type { Answer, AnyFlow, Next, NodeDef } from './types.ts';
import { now, type WalkContext } from './walk.ts';

/**
 * A flow as a map for support staff: every step in path order with its
 * options, where each option leads (and on which rule), the findings it
 * records and the old ids that redirect to the step. Pure data, built from
 * the flow alone; the pages put words to it from the locale files.
 */

export interface MapTarget {
  readonly step: string;
  /** the rule that picks this target; absent for a plain next or the `otherwise` of a branch */
  readonly when?: { readonly question: string; readonly anyOf: readonly string[]; readonly since?: string };
  readonly otherwise?: true;
}

export interface MapOption {
  readonly id: string;
  readonly targets: readonly MapTarget[];
  readonly findings: readonly string[];
  readonly notSure: boolean;
}

export interface MapStep {
  readonly id: string;
  readonly kind: 'question' | 'terminal';
  /**
   * The step's layer: the longest distance (in answers) from the start over
   * every possible path, whatever the day; 0 for the start. The summary is
   * deeper than every question that leads to it. A step the start cannot
   * reach (only in a broken flow) counts from the nearest step that has no
   * way in.
   */
  readonly depth: number;
  readonly options: readonly MapOption[];
  /** old ids that redirect here */
  readonly aliases: readonly string[];
}

export interface FlowMap {
  /**
   * Path order: a topological order from the start, questions before the
   * summary, ties by definition order. Steps the start cannot reach (only in
   * a broken flow) come last, in the same order among themselves.
   */
  readonly steps: readonly MapStep[];
}

/** Every node a `next` can lead to, each once, in rule order (the `otherwise` last). */
function distinctTargets(next: Next<string>): string[] {
  return [...new Set(targetsOf(next))];
}

function successorsOf(node: NodeDef<string, string> | undefined): string[] {
  if (node?.kind !== 'question') return [];
  return [...new Set(node.options.flatMap((option) => distinctTargets(option.next)))];
}

/** The targets of one option, one per rule of a branch then its `otherwise`. */
function mapTargets(next: Next<string>): MapTarget[] {
  if (typeof next === 'string') return [{ step: next }];
  return [
    ...next.when.map(
      (rule): MapTarget => ({
        step: rule.goto,
        when: {
          question: rule.question,
          anyOf: [...rule.anyOf],
          ...(rule.since === undefined ? {} : { since: rule.since }),
        },
      }),
    ),
    { step: next.otherwise, otherwise: true },
  ];
}

/**
 * The flow's nodes in path order with their depth (see `FlowMap`, `MapStep`).
 * Kahn's algorithm, taking the first node in definition order among those
 * whose every way in is placed: nodes the start reaches first, questions
 * before terminals. In a broken flow with a cycle the first remaining node is
 * placed anyway. Only edges between existing nodes count, and no edge from a
 * node the start cannot reach into one it can.
 */
export function pathOrder(flow: AnyFlow): {
  readonly order: readonly string[];
  readonly depth: ReadonlyMap<string, number>;
} {
  const ids = Object.keys(flow.nodes);
  const reachable = nodeOf(flow, flow.start) ? reachableFrom(flow, flow.start) : new Set<string>();
  const index = new Map(ids.map((id, at) => [id, at]));
  const rank = (id: string) =>
    (reachable.has(id) ? 0 : 2 * ids.length) +
    (nodeOf(flow, id)?.kind === 'terminal' ? ids.length : 0) +
    (index.get(id) ?? 0);
  const counts = (from: string, to: string) => reachable.has(from) === reachable.has(to);
  const successors = new Map(
    ids.map((id) => [id, successorsOf(nodeOf(flow, id)).filter((to) => nodeOf(flow, to) && counts(id, to))]),
  );
  const waysIn = new Map(ids.map((id) => [id, 0]));
  for (const id of ids) for (const to of successors.get(id) ?? []) waysIn.set(to, (waysIn.get(to) ?? 0) + 1);
  const remaining = new Set([...ids].sort((a, b) => rank(a) - rank(b)));
  const order: string[] = [];
  while (remaining.size > 0) {
    let next: string | undefined;
    for (const id of remaining)
      if ((waysIn.get(id) ?? 0) === 0) {
        next = id;
        break;
      }
    // A cycle (a broken flow): place the first remaining node all the same.
    next ??= remaining.values().next().value as string;
    remaining.delete(next);
    order.push(next);
    for (const to of successors.get(next) ?? []) waysIn.set(to, (waysIn.get(to) ?? 0) - 1);
  }
  const position = new Map(order.map((id, at) => [id, at]));
  const depth = new Map<string, number>(order.map((id) => [id, 0]));
  for (const id of order) {
    for (const to of successors.get(id) ?? []) {
      // Only forward edges: the way back of a cycle deepens nothing.
      if ((position.get(to) ?? 0) <= (position.get(id) ?? 0)) continue;
      depth.set(to, Math.max(depth.get(to) ?? 0, (depth.get(id) ?? 0) + 1));
    }
  }
  return { order, depth };
}

/** The map of a flow: every step in path order (see `FlowMap`). */
export function flowMap(flow: AnyFlow): FlowMap {
  const { order, depth } = pathOrder(flow);
  const aliases: Readonly<Record<string, string>> = flow.aliases ?? {};
  const steps = order.map((id): MapStep => {
    const node = nodeOf(flow, id);
    return {
      id,
      kind: node?.kind === 'question' ? 'question' : 'terminal',
      depth: depth.get(id) ?? 0,
      options:
        node?.kind === 'question'
          ? node.options.map((option) => ({
              id: option.id,
              targets: mapTargets(option.next),
              findings: [...(option.findings ?? [])],
              notSure: option.notSure === true,
            }))
          : [],
      aliases: Object.keys(aliases).filter((old) => aliases[old] === id),
    };
  });
  return { steps };
}

/**
 * A witness: answers that lead to `step` (shortest), for "Copy link" with answers filled in and for tests.
 *
 * Walked with these answers on `context.today` (the real clock by default),
 * the wizard stops at `step`: for a question, the answers before it (none for
 * the start); for the summary, a shortest complete path. Found by a
 * breadth-first search over path states (a node and the answers its later
 * branches read), options in order, so of the shortest ways the first in
 * option order. An alias is followed to its step. Undefined for an unknown
 * step or one no answers reach on that day (a step asked only from a date on).
 */
export function answersTo(flow: AnyFlow, step: string, context: WalkContext = now()): Answer[] | undefined {
  const target = nodeOf(flow, step) ? step : resolveAlias(flow, step);
  if (target === undefined || !nodeOf(flow, target) || !nodeOf(flow, flow.start)) return undefined;
  const reached = datesReached(flow, context.today);
  const reads = branchReads(flow, reached);
  interface State {
    readonly node: string;
    readonly answers: readonly Answer[];
  }
  const keyOf = (node: string, answers: readonly Answer[]) => {
    const known = new Map(answers.map((answer) => [answer.question, answer.option]));
    return [node, ...(reads.get(node) ?? []).map((question) => known.get(question) ?? '')].join('\u0001');
  };
  const seen = new Set<string>([keyOf(flow.start, [])]);
  const queue: State[] = [{ node: flow.start, answers: [] }];
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] as State;
    if (state.node === target) return [...state.answers];
    const node = nodeOf(flow, state.node);
    if (node?.kind !== 'question') continue;
    const known = new Map(state.answers.map((answer) => [answer.question, answer.option]));
    // A question already answered on this trail (a cycle in a broken flow) cannot be answered again.
    if (known.has(state.node)) continue;
    for (const option of node.options) {
      const answers = [...state.answers, { question: state.node, option: option.id }];
      const next = resolveNext(option.next, new Map([...known, [state.node, option.id]]), reached);
      if (!nodeOf(flow, next)) continue;
      const key = keyOf(next, answers);
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push({ node: next, answers });
    }
  }
  return undefined;
}
