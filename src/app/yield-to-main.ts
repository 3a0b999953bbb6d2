/**
 * Resolves in a later task. Start-up work awaits it between its steps
 * (evaluating the app's code, asking for the page's text and the config,
 * hydrating), so that no step is one long task: on a slow phone, where the
 * main thread runs about four times slower than here, a task over 50 ms
 * delays the reader's first tap and counts as Total Blocking Time.
 * `scheduler.yield()` where the browser has it (the continuation runs before
 * other queued work), a new macrotask elsewhere.
 */
export function yieldToMain(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
