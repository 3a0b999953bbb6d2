import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// The first render loads locale chunks; on a busy 2-core CI machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

/**
 * Every component test runs on a fixed day (only Date is faked; timers run),
 * so dated advice gives the same pages whenever the suite runs. A test of
 * dated advice sets its own day with vi.setSystemTime.
 */
export const TEST_DAY = '2026-11-26';

/**
 * A React or router warning (an act() not awaited, a misuse of use(), a key
 * missing…) fails the test that caused it: it points at a real defect, or
 * at a test that does not wait for what the reader would see. A test that
 * provokes one on purpose spies on the console itself (vi.spyOn replaces
 * this spy).
 */
let logged: string[] = [];
const keep =
  (level: string) =>
  (...args: unknown[]) =>
    void logged.push(`console.${level}: ${args.map(String).join(' ').slice(0, 500)}`);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TEST_DAY}T09:00:00`));
  logged = [];
  vi.spyOn(console, 'error').mockImplementation(keep('error'));
  vi.spyOn(console, 'warn').mockImplementation(keep('warn'));
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  const found = logged;
  logged = [];
  if (found.length > 0) throw new Error(`The test logged:\n${found.join('\n')}`);
});

// jsdom has no layout: react-router's ScrollRestoration calls scrollTo, which jsdom only logs as missing.
window.scrollTo = () => {};

// The app reads config.json from its own origin; in jsdom there is none, so serve the shipped defaults.
import shippedConfig from '../../public/config.json';

const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) =>
  String(input).endsWith('config.json') ? new Response(JSON.stringify(shippedConfig)) : realFetch(input, init);
