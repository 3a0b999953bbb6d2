#!/usr/bin/env node
/**
 * `npm run test:e2e:nginx`: what the server decides (hosting, headers, framing:
 * tests tagged @server; with E2E_SCOPE=exhaustive the hosting, header/CSP and embed specs whole),
 * against the built dist/ served by nginx with deploy/nginx.conf as it is
 * (E2E_SERVER=nginx in playwright.config.ts). Without nginx it skips with a
 * message on a developer's machine, and fails in CI, which must run it.
 * Extra arguments go to Playwright.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nginxBinary } from './nginx-binary.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

if (!nginxBinary()) {
  if (process.env.CI) {
    console.error('nginx is not installed, and CI must run the end-to-end tests under nginx (.ci/run installs it).');
    process.exit(1);
  }
  console.log(
    'SKIPPED the end-to-end tests under nginx: nginx is not installed (Debian/Ubuntu: apt-get install nginx). CI runs them.',
  );
  process.exit(0);
}
const result = spawnSync(
  join(ROOT, 'node_modules', '.bin', 'playwright'),
  // Which specs and tests: playwright.config.ts (E2E_SERVER=nginx).
  ['test', ...process.argv.slice(2)],
  {
    cwd: ROOT,
    stdio: 'inherit',
    // Its own port (the root and sub-path runs use E2E_PORT and E2E_PORT + 1, 4321 and 4322 by default; their host pages 10 above).
    env: { ...process.env, E2E_SERVER: 'nginx', E2E_PORT: process.env.E2E_PORT ?? '4323' },
  },
);
process.exit(result.status ?? 1);
