/**
 * The fewest journeys (greedily) that together take every option any of the
 * candidates takes: each round, the candidate with the most options not yet
 * taken (the earlier one on a tie). For tests that walk journeys through the
 * UI (jsdom and the browser): every option's routing, without every path.
 */
export function coverOptions<T>(candidates: readonly T[], optionsOf: (candidate: T) => readonly string[]): T[] {
  const uncovered = new Set(candidates.flatMap(optionsOf));
  const chosen: T[] = [];
  while (uncovered.size > 0) {
    let best: T | undefined;
    let gain = 0;
    for (const candidate of candidates) {
      const fresh = new Set(optionsOf(candidate).filter((key) => uncovered.has(key))).size;
      if (fresh > gain) [best, gain] = [candidate, fresh];
    }
    if (best === undefined) break;
    for (const key of optionsOf(best)) uncovered.delete(key);
    chosen.push(best);
  }
  return chosen;
}
