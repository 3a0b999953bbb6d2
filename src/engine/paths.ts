import { branchReads, nodeOf, resolveNext } from './graph.ts';
import type { Answer, AnyFlow } from './types.ts';

/**
 * Paths through a flow, counted without listing them. A path's future from a
 * node depends only on the node and on the answers given to the questions that
 * branch rules from there on read (`branchReads`); that pair is a path state.
 * Paths are counted, measured and searched by dynamic programming over these
 * states, so the work grows with the number of states (nodes × combinations of
 * the few answers still read), not with the number of paths, which can pass
 * 2^53 in a long flow. Counts are exact BigInts.
 *
 * Every function here assumes a validated flow (no cycles); on a broken flow a
 * cycle or a missing node simply counts as no path.
 */

/** One state of a path: a node and the answers still read from there on. */
interface PathState {
  readonly node: string;
  readonly known: ReadonlyMap<string, string>;
  readonly key: string;
}

/** The way out of a question state by one option. */
interface Move {
  readonly answer: Answer;
  readonly findings: readonly string[];
  readonly to: PathState;
}

const SEPARATOR = '\u0001';

/** The states of one flow on one day (`reached`: the dates that have come). */
class PathSpace {
  private readonly reads: ReadonlyMap<string, readonly string[]>;
  private readonly moveCache = new Map<string, readonly Move[]>();

  constructor(
    readonly flow: AnyFlow,
    readonly reached: ReadonlySet<string>,
  ) {
    this.reads = branchReads(flow, reached);
  }

  state(node: string, answers: ReadonlyMap<string, string>): PathState {
    // Stryker disable next-line ArrayDeclaration: states are made for existing nodes only, which all have reads
    const reads = this.reads.get(node) ?? [];
    const known = new Map<string, string>();
    for (const question of reads) {
      const option = answers.get(question);
      // Stryker disable next-line ConditionalExpression: an unset answer reads as undefined either way
      if (option !== undefined) known.set(question, option);
    }
    // Stryker disable next-line StringLiteral: any marker that is no option id keys an unanswered question alike
    const key = [node, ...reads.map((question) => known.get(question) ?? '')].join(SEPARATOR);
    return { node, known, key };
  }

  start(): PathState {
    return this.state(this.flow.start, new Map());
  }

  isTerminal(state: PathState): boolean {
    // Stryker disable next-line OptionalChaining: states are made for existing nodes only
    return nodeOf(this.flow, state.node)?.kind === 'terminal';
  }

  /** The options of a question state, each with the state it leads to; none for any other node. */
  moves(state: PathState): readonly Move[] {
    const cached = this.moveCache.get(state.key);
    // Stryker disable next-line ConditionalExpression: the cache saves time only; moves worked out again are equal
    if (cached) return cached;
    const node = nodeOf(this.flow, state.node);
    const moves: Move[] = [];
    // Stryker disable next-line OptionalChaining: states are made for existing nodes only
    if (node?.kind === 'question')
      for (const option of node.options) {
        const answers = new Map(state.known);
        answers.set(state.node, option.id);
        const next = resolveNext(option.next, answers, this.reached);
        if (!nodeOf(this.flow, next)) continue;
        moves.push({
          answer: { question: state.node, option: option.id },
          findings: option.findings ?? [],
          to: this.state(next, answers),
        });
      }
    this.moveCache.set(state.key, moves);
    return moves;
  }
}

/**
 * Solves `value` over the states reachable from the start, each once, in
 * post-order (children first). A state met again while it is being solved
 * (a cycle in a broken flow) gets `onCycle`.
 */
function solve<V>(
  space: PathSpace,
  leaf: (state: PathState) => V,
  combine: (state: PathState, children: readonly { move: Move; value: V }[]) => V,
  onCycle: V,
): { readonly root: V; readonly memo: ReadonlyMap<string, V> } {
  const memo = new Map<string, V>();
  const open = new Set<string>();
  const visit = (state: PathState): V => {
    const known = memo.get(state.key);
    if (known !== undefined) return known;
    if (open.has(state.key)) return onCycle;
    if (space.isTerminal(state)) {
      const value = leaf(state);
      memo.set(state.key, value);
      return value;
    }
    open.add(state.key);
    const children = space.moves(state).map((move) => ({ move, value: visit(move.to) }));
    open.delete(state.key);
    const value = combine(state, children);
    memo.set(state.key, value);
    return value;
  };
  return { root: visit(space.start()), memo };
}

/** How many paths have each length: `distribution[n]` paths answer n questions. */
type Distribution = readonly bigint[];

function addShifted(into: bigint[], from: Distribution) {
  from.forEach((count, length) => {
    into[length + 1] = (into[length + 1] ?? 0n) + count;
  });
}

const total = (distribution: Distribution) => distribution.reduce((sum, count) => sum + count, 0n);

/** The path-length distribution from every state reachable from the start. */
function distributions(space: PathSpace) {
  return solve<Distribution>(
    space,
    () => [1n],
    (_state, children) => {
      const sum: bigint[] = [];
      for (const { value } of children) addShifted(sum, value);
      return Array.from(sum, (count) => count ?? 0n);
    },
    [],
  );
}

/** How many distinct complete paths the flow has on a day when the `reached` dates have come (none by default). */
export function countPaths(flow: AnyFlow, reached: ReadonlySet<string> = new Set()): bigint {
  // Stryker disable next-line ConditionalExpression: a missing start has no moves, which counts 0 all the same
  if (!nodeOf(flow, flow.start)) return 0n;
  return total(distributions(new PathSpace(flow, reached)).root);
}

/** The day a walk in an era can use: its first day, or a day before every date. */
const BEFORE_ALL_DATES = '0000-01-01';

export interface Era {
  /** The era's first day; undefined for the time before the flow's first date. */
  readonly from: string | undefined;
  /** A day in the era, to walk on (`from`, or a day before every date). */
  readonly today: string;
  /** The dates that have come in this era. */
  readonly reached: ReadonlySet<string>;
}

/**
 * The flow's eras: before its first date, then from each date on (each era
 * has the dates reached by then). A flow without dates has one era.
 */
export function eras(flow: AnyFlow): Era[] {
  const dates = Object.entries(flow.dates ?? {}).sort(([, a], [, b]) => a.localeCompare(b));
  return [
    { from: undefined, today: BEFORE_ALL_DATES, reached: new Set<string>() },
    ...dates.map(([, day], index) => ({
      from: day,
      today: day,
      reached: new Set(dates.slice(0, index + 1).map(([name]) => name)),
    })),
  ];
}

export interface LengthStats {
  /** The first question's option every path in this group starts with. */
  readonly first: string;
  readonly paths: bigint;
  readonly min: number;
  /** The median number of questions (a half where the two middle paths differ). */
  readonly median: number;
  readonly max: number;
}

/** The length of the path at `index` (from 0) when all paths are sorted by length. */
function lengthAt(distribution: Distribution, index: bigint): number {
  let seen = 0n;
  // Stryker disable next-line EqualityOperator: index < total, so the loop returns before the end
  for (let length = 0; length < distribution.length; length += 1) {
    seen += distribution[length] ?? 0n;
    if (seen > index) return length;
  }
  // Stryker disable next-line ArithmeticOperator: not reached (index < total)
  return distribution.length - 1;
}

function statsOf(first: string, distribution: Distribution): LengthStats | undefined {
  const paths = total(distribution);
  if (paths === 0n) return undefined;
  const min = distribution.findIndex((count) => count > 0n);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a distribution never ends in a zero count
  const max = distribution.findLastIndex((count) => count > 0n);
  const median =
    paths % 2n === 1n
      ? lengthAt(distribution, paths / 2n)
      : (lengthAt(distribution, paths / 2n - 1n) + lengthAt(distribution, paths / 2n)) / 2;
  return { first, paths, min, median, max };
}

/**
 * How many questions a reader answers, per answer to the first question:
 * the number of paths and the minimum, median and maximum questions over
 * them, from the distribution of path lengths (exact, nothing enumerated).
 */
export function questionsPerPath(flow: AnyFlow, reached: ReadonlySet<string> = new Set()): LengthStats[] {
  // Stryker disable next-line ConditionalExpression: a missing start has no moves, which gives no rows all the same
  if (!nodeOf(flow, flow.start)) return [];
  const space = new PathSpace(flow, reached);
  const { root, memo } = distributions(space);
  const start = space.start();
  if (space.isTerminal(start)) return [statsOf('', root)].filter((row) => row !== undefined);
  const rows: LengthStats[] = [];
  for (const move of space.moves(start)) {
    const shifted: bigint[] = [];
    // Stryker disable next-line ArrayDeclaration: every move's target state has been solved and memoised
    addShifted(shifted, memo.get(move.to.key) ?? []);
    const row = statsOf(
      move.answer.option,
      Array.from(shifted, (count) => count ?? 0n),
    );
    if (row) rows.push(row);
  }
  return rows;
}

/**
 * A property followed along a path: a small state updated by each answer,
 * so that paths can be counted and searched by it without listing them.
 * Keep the state small (a flag, a few findings): states with equal `key` are
 * solved once.
 */
export interface PathTracker<T> {
  readonly initial: T;
  /** The state after an answer that records `findings`; undefined leaves out every path through it. */
  step(state: T, answer: Answer, findings: readonly string[]): T | undefined;
  /** Equal keys for states that behave the same from here on. */
  key(state: T): string;
  /** Whether a complete path that ends with this state counts. */
  accept(state: T): boolean;
}

export interface PathSearch {
  /** How many complete paths the tracker accepts. */
  readonly count: bigint;
  /** One of them (the first in option order), when there is one. */
  readonly witness: readonly Answer[] | undefined;
}

/**
 * Counts the complete paths whose tracker state is accepted at the end, and
 * finds one: "is there a path with no finding", "a path with two findings
 * that contradict each other". Memoised on (path state, tracker key).
 */
export function searchPaths<T>(
  flow: AnyFlow,
  tracker: PathTracker<T>,
  reached: ReadonlySet<string> = new Set(),
): PathSearch {
  // Stryker disable next-line ConditionalExpression,ObjectLiteral: a missing start has no moves, which finds no path all the same
  if (!nodeOf(flow, flow.start)) return { count: 0n, witness: undefined };
  const space = new PathSpace(flow, reached);
  const memo = new Map<string, bigint>();
  const open = new Set<string>();
  const keyOf = (state: PathState, tracked: T) => `${state.key}${SEPARATOR}${SEPARATOR}${tracker.key(tracked)}`;
  const count = (state: PathState, tracked: T): bigint => {
    const key = keyOf(state, tracked);
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (open.has(key)) return 0n;
    let sum = 0n;
    if (space.isTerminal(state)) sum = tracker.accept(tracked) ? 1n : 0n;
    else {
      open.add(key);
      for (const move of space.moves(state)) {
        const next = tracker.step(tracked, move.answer, move.findings);
        if (next !== undefined) sum += count(move.to, next);
      }
      open.delete(key);
    }
    memo.set(key, sum);
    return sum;
  };
  const start = space.start();
  const found = count(start, tracker.initial);
  if (found === 0n) return { count: 0n, witness: undefined };
  // Down the memo: at each state, the first option that still has a counted path.
  const witness: Answer[] = [];
  let state = start;
  let tracked = tracker.initial;
  while (!space.isTerminal(state)) {
    const move = space.moves(state).find((candidate) => {
      const next = tracker.step(tracked, candidate.answer, candidate.findings);
      return next !== undefined && (memo.get(keyOf(candidate.to, next)) ?? 0n) > 0n;
    });
    if (!move) break;
    witness.push(move.answer);
    tracked = tracker.step(tracked, move.answer, move.findings) as T;
    state = move.to;
  }
  return { count: found, witness };
}

/** A path through one option: the answers that lead to its question, then on to the terminal. */
export interface EdgeWitness {
  readonly question: string;
  readonly option: string;
  /** The answers given before the question is asked, in order. */
  readonly before: readonly Answer[];
  /** A complete path through the option, to the terminal node. */
  readonly path: readonly Answer[];
}

/**
 * For each question a reader can reach (on a day when the `reached` dates
 * have come), one witness path through each of its options: the first way to
 * the question found by a breadth-first search over path states (so a
 * shortest one), then the first option at each later question. Every option
 * missing from the result is never taken on that day. Nothing is enumerated:
 * each path state is visited once.
 */
export function edgeWitnesses(flow: AnyFlow, reached: ReadonlySet<string> = new Set()): EdgeWitness[] {
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: a missing start has no moves, which gives no witness all the same
  if (!nodeOf(flow, flow.start)) return [];
  const space = new PathSpace(flow, reached);
  const parent = new Map<string, { readonly from: PathState; readonly answer: Answer } | undefined>();
  const start = space.start();
  parent.set(start.key, undefined);
  const queue: PathState[] = [start];
  const firstAt = new Map<string, PathState>();
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] as PathState;
    if (!firstAt.has(state.node)) firstAt.set(state.node, state);
    for (const move of space.moves(state))
      if (!parent.has(move.to.key)) {
        parent.set(move.to.key, { from: state, answer: move.answer });
        queue.push(move.to);
      }
  }
  const prefix = (state: PathState): Answer[] => {
    const answers: Answer[] = [];
    for (let step = parent.get(state.key); step; step = parent.get(step.from.key)) answers.push(step.answer);
    return answers.reverse();
  };
  /** The first option at each question from `state` to the terminal (bounded: a broken flow may loop). */
  const onward = (state: PathState): Answer[] => {
    const answers: Answer[] = [];
    const seen = new Set<string>();
    let current = state;
    while (!space.isTerminal(current) && !seen.has(current.key)) {
      seen.add(current.key);
      const move = space.moves(current)[0];
      if (!move) break;
      answers.push(move.answer);
      current = move.to;
    }
    return answers;
  };
  const witnesses: EdgeWitness[] = [];
  for (const [question, state] of firstAt) {
    // Stryker disable next-line ConditionalExpression: a terminal has no moves, so no witnesses
    if (space.isTerminal(state)) continue;
    const before = prefix(state);
    for (const move of space.moves(state))
      witnesses.push({
        question,
        option: move.answer.option,
        before,
        path: [...before, move.answer, ...onward(move.to)],
      });
  }
  return witnesses;
}
