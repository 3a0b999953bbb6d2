/**
 * A promise React's use() can read synchronously once it has settled: its
 * `status` and `value` (or `reason`) set as React sets them on a promise it
 * has seen settle. Without them, use() suspends once on any promise it has
 * not seen before, even one long resolved (text loaded before hydration),
 * and a component that checks "loaded?" first, to skip use(), makes React
 * warn about a use() that a retried render no longer calls. With them, a
 * component calls use() on the same cached promise on every render.
 */
export type ReadablePromise<T> = Promise<T> & { status?: string; value?: T; reason?: unknown };

export function readable<T>(promise: Promise<T>): ReadablePromise<T> {
  const tracked: ReadablePromise<T> = promise;
  promise.then(
    (value) => {
      tracked.status = 'fulfilled';
      tracked.value = value;
    },
    (reason: unknown) => {
      tracked.status = 'rejected';
      tracked.reason = reason;
    },
  );
  return tracked;
}

/** A promise use() reads as fulfilled at once. */
export function settled(): ReadablePromise<void> {
  return Object.assign(Promise.resolve(), { status: 'fulfilled', value: undefined });
}
