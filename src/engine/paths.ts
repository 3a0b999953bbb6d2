import { nodeOf, resolveNext } from './graph.ts';
import type { Answer, AnyFlow } from './types.ts';

/**
 * Calls `visit` with every distinct complete path through the flow (the answers
 * given, in order, and the terminal node reached). Branches are resolved with
 * the answers on the path, so only paths a person can really take are listed.
 * Assumes a validated flow (no cycles).
 */
export function forEachPath(
  flow: AnyFlow,
  visit: (answers: readonly Answer[], terminal: string) => void,
  reached: ReadonlySet<string> = new Set(),
): void {
  const answers: Answer[] = [];
  const known = new Map<string, string>();
  const step = (id: string): void => {
    const node = nodeOf(flow, id);
    if (!node) return;
    if (node.kind === 'terminal') {
      visit(answers, id);
      return;
    }
    for (const option of node.options) {
      answers.push({ question: id, option: option.id });
      known.set(id, option.id);
      step(resolveNext(option.next, known, reached));
      known.delete(id);
      answers.pop();
    }
  };
  step(flow.start);
}

/** How many distinct complete paths the flow has (on a day when `reached` dates have come). */
export function countPaths(flow: AnyFlow, reached?: ReadonlySet<string>): number {
  let count = 0;
  forEachPath(
    flow,
    () => {
      count += 1;
    },
    reached,
  );
  return count;
}

/**
 * The flow's eras: before its first date, then from each date on (each era
 * has the dates reached by then). A flow without dates has one era.
 */
export function eras(flow: AnyFlow): { readonly from: string | undefined; readonly reached: ReadonlySet<string> }[] {
  const dates = Object.entries(flow.dates ?? {}).sort(([, a], [, b]) => a.localeCompare(b));
  return [
    { from: undefined, reached: new Set<string>() },
    ...dates.map(([, day], index) => ({
      from: day,
      reached: new Set(dates.slice(0, index + 1).map(([name]) => name)),
    })),
  ];
}

export interface LengthStats {
  /** The first question's option every path in this group starts with. */
  readonly first: string;
  readonly paths: number;
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

/**
 * How many questions a reader answers, per answer to the first question:
 * the minimum, median and maximum over every distinct complete path.
 */
export function questionsPerPath(flow: AnyFlow, reached?: ReadonlySet<string>): LengthStats[] {
  const lengths = new Map<string, number[]>();
  forEachPath(
    flow,
    (answers) => {
      const first = answers[0]?.option ?? '';
      const counts = lengths.get(first) ?? [];
      counts.push(answers.length);
      lengths.set(first, counts);
    },
    reached,
  );
  return [...lengths].map(([first, counts]) => {
    const sorted = counts.sort((a, b) => a - b);
    const middle = sorted.length / 2;
    const median =
      sorted.length % 2 === 1
        ? (sorted[Math.floor(middle)] as number)
        : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
    return { first, paths: sorted.length, min: sorted[0] as number, median, max: sorted.at(-1) as number };
  });
}
