/**
 * The pages `npm run bench` measures, derived from a flow's definition (the
 * first flow on disk) instead of copied from it: the longest path of answers
 * from the flow's start to its summary, today.
 */
import { nodeOf } from '../src/engine/graph.ts';
import { SUMMARY_STEP } from '../src/engine/ids.ts';
import type { Answer, AnyFlow } from '../src/engine/types.ts';
import { nextNode, type WalkContext } from '../src/engine/walk.ts';

/** `[question, option]` pairs, in the order asked, from the start to a terminal node. */
export type Path = readonly (readonly [string, string])[];

/** The longest path through `flow` on `context`'s day (the first found on a tie). */
export function longestPath(flow: AnyFlow, context: WalkContext): Path {
  const from = (node: string, answers: readonly Answer[]): Path => {
    const definition = nodeOf(flow, node);
    if (definition?.kind !== 'question') return [];
    let best: Path = [];
    for (const option of definition.options) {
      const next = nextNode(flow, node, option.id, answers, context);
      if (next === undefined) continue;
      const rest = from(next, [...answers, { question: node, option: option.id }]);
      if (rest.length + 1 > best.length) best = [[node, option.id], ...rest];
    }
    return best;
  };
  return from(flow.start as string, []);
}

const query = (pairs: Path) =>
  pairs.length === 0 ? '' : `?${pairs.map(([question, option]) => `${question}=${option}`).join('&')}`;

export interface BenchPages {
  /** The flow's start page (its title and a Start button). */
  readonly start: string;
  /** The flow's first question, where the step-transition timing begins. */
  readonly firstQuestion: string;
  /** A question halfway along the path, deep-linked with the answers before it. */
  readonly deepStep: string;
  /** The pre-rendered file of that question (the reference is made from it). */
  readonly deepStepFile: string;
  /** The summary with every answer of the path. */
  readonly summary: string;
  /** The path itself (the step-transition timing walks it). */
  readonly path: Path;
}

export function benchPages(flow: AnyFlow, lng: string, context: WalkContext): BenchPages {
  const path = longestPath(flow, context);
  if (path.length < 2) throw new Error(`${flow.id}: a path of ${path.length} question(s) is too short to bench`);
  const middle = Math.floor(path.length / 2);
  const [step] = path[middle] as readonly [string, string];
  return {
    start: `${lng}/${flow.id}/`,
    firstQuestion: `${lng}/${flow.id}/${flow.start}`,
    deepStep: `${lng}/${flow.id}/${step}${query(path.slice(0, middle))}`,
    deepStepFile: `${lng}/${flow.id}/${step}.html`,
    summary: `${lng}/${flow.id}/${SUMMARY_STEP}${query(path)}`,
    path,
  };
}
