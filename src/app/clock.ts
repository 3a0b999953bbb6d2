import { now, type WalkContext } from '../engine/walk.ts';

/**
 * The day the app walks a flow on: the reader's own clock, read in the
 * browser. Dated advice (a flow's `dates`) is decided here, on the client,
 * never at build time, so a page pre-rendered before a date gives the new
 * advice from that date on without a rebuild. Tests set the clock with
 * Playwright's `page.clock` or vitest's fake timers.
 */
export function walkContext(): WalkContext {
  return now();
}
