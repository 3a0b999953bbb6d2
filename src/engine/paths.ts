import { nodeOf, resolveNext } from './graph.ts';
import type { Answer, AnyFlow } from './types.ts';

/**
 * Calls `visit` with every distinct complete path through the flow (the answers
 * given, in order, and the terminal node reached). Branches are resolved with
 * the answers on the path, so only paths a person can really take are listed.
 * Assumes a validated flow (no cycles).
 */
export function forEachPath(flow: AnyFlow, visit: (answers: readonly Answer[], terminal: string) => void): void {
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
      step(resolveNext(option.next, known));
      known.delete(id);
      answers.pop();
    }
  };
  step(flow.start);
}

/** How many distinct complete paths the flow has. */
export function countPaths(flow: AnyFlow): number {
  let count = 0;
  forEachPath(flow, () => {
    count += 1;
  });
  return count;
}
