import type { AnyFlow, Next, NodeDef } from './types.ts';

/** Every node a `next` can lead to, whatever the answers (for validation and reachability). */
export function targetsOf(next: Next<string>): string[] {
  if (typeof next === 'string') return [next];
  return [...next.when.map((rule) => rule.goto), next.otherwise];
}

/** The names of the flow's `dates` that have come by `today` (an ISO date, `2027-02-01`). */
export function datesReached(flow: AnyFlow, today: string): ReadonlySet<string> {
  const dates: Readonly<Record<string, string>> = flow.dates ?? {};
  return new Set(Object.keys(dates).filter((name) => (dates[name] as string) <= today));
}

/**
 * Resolves a `next` with the answers known so far and the dates that have
 * come. A branch whose question is unanswered, or whose date has not come,
 * takes its `otherwise` target.
 */
export function resolveNext(
  next: Next<string>,
  answers: ReadonlyMap<string, string>,
  reached: ReadonlySet<string> = new Set(),
): string {
  if (typeof next === 'string') return next;
  for (const rule of next.when) {
    const chosen = answers.get(rule.question);
    const dated = rule.since === undefined || reached.has(rule.since);
    // Stryker disable next-line ConditionalExpression: `anyOf` never includes undefined, so an unanswered question matches no rule either way
    if (chosen !== undefined && rule.anyOf.includes(chosen) && dated) return rule.goto;
  }
  return next.otherwise;
}

/** The node with this id, or undefined for an id the flow does not have. */
export function nodeOf(flow: AnyFlow, id: string): NodeDef<string, string> | undefined {
  return Object.hasOwn(flow.nodes, id) ? (flow.nodes[id] as NodeDef<string, string>) : undefined;
}

/**
 * The nodes reachable from `from`. Branches whose question is in `known` are
 * followed only where those answers lead; other branches count every target.
 */
export function reachableFrom(
  flow: AnyFlow,
  from: string,
  known: ReadonlyMap<string, string> = new Map(),
  reached?: ReadonlySet<string>,
): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  // An index, not `shift()`: shifting is linear, which made the search quadratic.
  for (let head = 0; head < queue.length; head += 1) {
    const id = queue[head] as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const node = nodeOf(flow, id);
    if (node?.kind !== 'question') continue;
    for (const option of node.options) {
      const next = option.next;
      // Without a day (`reached` undefined) a dated rule may go either way.
      const decided =
        typeof next !== 'string' &&
        next.when.every((rule) => known.has(rule.question) && (rule.since === undefined || reached !== undefined));
      queue.push(...(typeof next === 'string' || decided ? [resolveNext(next, known, reached)] : targetsOf(next)));
    }
  }
  return seen;
}

/** The flow's nodes as `[id, node]` pairs, typed for code that works on any flow. */
export function nodeEntries(flow: AnyFlow): [string, NodeDef<string, string>][] {
  return Object.entries(flow.nodes) as [string, NodeDef<string, string>][];
}

/** The node id a step id stands for: itself, or the node an alias redirects to. */
export function resolveAlias(flow: AnyFlow, stepId: string): string | undefined {
  const aliases: Readonly<Record<string, string>> = flow.aliases ?? {};
  return Object.hasOwn(aliases, stepId) ? aliases[stepId] : undefined;
}

/** The ids of the flow's question nodes, in definition order. */
export function questionIds(flow: AnyFlow): string[] {
  return nodeEntries(flow)
    .filter(([, node]) => node.kind === 'question')
    .map(([id]) => id);
}

/** Every node id a node's options can lead to, each once. */
function successors(node: NodeDef<string, string> | undefined): string[] {
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: callers pass existing nodes; a successor that is no node is skipped by every caller
  if (node?.kind !== 'question') return [];
  return [...new Set(node.options.flatMap((option) => targetsOf(option.next)))];
}

const acyclicCache = new WeakMap<AnyFlow, boolean>();

/** Whether no path through the flow's nodes leads back to a node already on it (cached per flow object). */
export function isAcyclic(flow: AnyFlow): boolean {
  const cached = acyclicCache.get(flow);
  if (cached !== undefined) return cached;
  const state = new Map<string, 'open' | 'done'>();
  let acyclic = true;
  const visit = (id: string): void => {
    state.set(id, 'open');
    for (const target of successors(nodeOf(flow, id))) {
      const seen = state.get(target);
      if (seen === 'open') acyclic = false;
      else if (seen === undefined && nodeOf(flow, target)) visit(target);
    }
    // Stryker disable next-line StringLiteral: any state but 'open' (and unset) means done
    state.set(id, 'done');
  };
  // Stryker disable next-line ConditionalExpression: visiting a finished node again meets no open node
  for (const id of Object.keys(flow.nodes)) if (!state.has(id)) visit(id);
  acyclicCache.set(flow, acyclic);
  return acyclic;
}

/** A topological order of an acyclic flow's nodes: every node comes after each node that leads to it. */
function topologicalIndex(flow: AnyFlow): ReadonlyMap<string, number> {
  const order: string[] = [];
  const done = new Set<string>();
  const visit = (id: string): void => {
    done.add(id);
    for (const target of successors(nodeOf(flow, id))) if (!done.has(target) && nodeOf(flow, target)) visit(target);
    order.push(id);
  };
  for (const id of Object.keys(flow.nodes)) if (!done.has(id)) visit(id);
  return new Map(order.reverse().map((id, index) => [id, index]));
}

const readsCache = new WeakMap<AnyFlow, Map<string, ReadonlyMap<string, readonly string[]>>>();

/**
 * For each node, the questions whose answers can still change where a path
 * from that node goes: those read by the branch rules of the node and of every
 * node reachable from it, and that can have been answered on the way to it
 * (the node itself, or a node before it in the flow's order; in a flow with
 * cycles, all of them). With `reached` (one era of the flow's dates), a dated
 * rule whose date has not come reads nothing (it never holds). Sorted, so a
 * path state can be keyed by the answers to them; cached per flow and era.
 */
export function branchReads(flow: AnyFlow, reached?: ReadonlySet<string>): ReadonlyMap<string, readonly string[]> {
  const era = reached === undefined ? '*' : [...reached].sort().join(' ');
  const cache = readsCache.get(flow) ?? new Map<string, ReadonlyMap<string, readonly string[]>>();
  readsCache.set(flow, cache);
  const cached = cache.get(era);
  if (cached) return cached;
  const sets = new Map<string, Set<string>>();
  const visit = (id: string): Set<string> => {
    const known = sets.get(id);
    if (known) return known;
    const reads = new Set<string>();
    sets.set(id, reads);
    const node = nodeOf(flow, id);
    if (node?.kind !== 'question') return reads;
    for (const option of node.options) {
      const next = option.next;
      if (typeof next !== 'string')
        for (const rule of next.when)
          if (reached === undefined || rule.since === undefined || reached.has(rule.since)) reads.add(rule.question);
    }
    // Stryker disable next-line ConditionalExpression: a self-loop's visit returns the set being filled, which adds nothing
    for (const target of successors(node)) if (target !== id) for (const read of visit(target)) reads.add(read);
    return reads;
  };
  const order = isAcyclic(flow) ? topologicalIndex(flow) : undefined;
  const result = new Map<string, readonly string[]>();
  for (const id of Object.keys(flow.nodes)) {
    const at = order?.get(id) ?? 0;
    const reads = [...visit(id)].filter((question) => order === undefined || (order.get(question) ?? Infinity) <= at);
    result.set(id, reads.sort());
  }
  cache.set(era, result);
  return result;
}
