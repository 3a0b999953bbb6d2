#!/usr/bin/env node
/**
 * Makes sure the end-to-end tests have a Chromium before they start:
 * $CHROMIUM_PATH or /usr/bin/chromium if there, else Playwright's own
 * browser if installed, else it tries to get one (Playwright's download,
 * then Debian's package where apt-get can be used) and, failing that, says
 * exactly what to install.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser-path.mjs';

const has = () => {
  const path = chromiumPath();
  if (path) return existsSync(path);
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
};

const attempt = (label, command) => {
  console.log(`No Chromium found; trying: ${label}`);
  try {
    execSync(command, { stdio: 'inherit' });
  } catch {
    console.log(`(${label} did not work)`);
  }
  return has();
};

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasAptGet = () => {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

if (
  !has() &&
  !attempt('npx playwright install chromium', 'npx playwright install chromium') &&
  !(
    isRoot &&
    hasAptGet() &&
    attempt('apt-get install chromium', 'apt-get update -qq && apt-get install -y -qq chromium')
  )
) {
  console.error(
    [
      'No Chromium for the end-to-end tests. Install one of:',
      '  npx playwright install chromium            (Playwright downloads its own), or',
      '  sudo apt-get install chromium              (Debian/Ubuntu; found at /usr/bin/chromium), or',
      '  set CHROMIUM_PATH=/path/to/chrome-or-chromium',
    ].join('\n'),
  );
  process.exit(1);
}
