import { existsSync } from 'node:fs';

/**
 * The Chromium the tests use: $CHROMIUM_PATH, else Debian's /usr/bin/chromium
 * when present, else undefined (Playwright's own browser, from
 * `npx playwright install chromium`).
 */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/**
 * Flags for Chromium as root in a container, and quiet on a closed network:
 * without the background-networking flags it keeps trying Google's hosts.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
];
