import { defineConfig, devices } from '@playwright/test';
import { hostOrigins } from './e2e/host-origins.ts';
import { EXHAUSTIVE } from './e2e/scope.ts';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/browser-path.mjs';
import { securityHeaders } from './scripts/deploy/headers.mjs';

// The built dist/ served by a plain static server with no SPA fallback, as a
// real host would (vite preview would hide broken deep links).
const PORT = Number(process.env.E2E_PORT ?? 4321);
const BASE = process.env.BASE_PATH ?? '/';
const DIST = process.env.OUT_DIR ?? 'dist';
const WIZARD_URL = `http://127.0.0.1:${PORT}${BASE.endsWith('/') ? BASE : `${BASE}/`}`;
/** Where the embed tests' intranet pages live (other origins than the wizard's), allowed to frame it. */
const { hostPort: HOST_PORT, allowed, other } = hostOrigins(PORT);
const FRAME_ANCESTORS = [allowed, other];
/**
 * E2E_SERVER=nginx serves dist/ with nginx and deploy/nginx.conf as it is
 * (`npm run test:e2e:nginx`); otherwise scripts/serve.mjs, sent the same
 * security headers (scripts/deploy/headers.mjs) with --header.
 */
const SERVER = process.env.E2E_SERVER ?? 'serve';
if (SERVER === 'nginx' && BASE !== '/') throw new Error('E2E_SERVER=nginx serves the root build only (no BASE_PATH)');
/**
 * Specs that check what a page is (markup, colours, focus, wording, heights),
 * not where it lives: the same HTML and CSS under any BASE_PATH. The sub-path
 * run (`npm run test:e2e:subpath`) skips them, which halves its time; every
 * spec that follows a link, reads a URL or loads an asset runs there too.
 */
const SAME_UNDER_ANY_BASE_PATH = [
  'page-audit.spec.ts',
  'a11y.spec.ts',
  'focus-styles.spec.ts',
  'second-engine.spec.ts',
  'screen-reader.spec.ts',
  'phone-summary.spec.ts',
  'embed-tall.spec.ts',
  'start-up.spec.ts',
];
/**
 * What each run checks in `npm test` (E2E_SCOPE unset): the root run
 * everything; the sub-path run only what a sub-path can change (links keep
 * the prefix, assets load, the canonical address, the server's answers):
 * tests tagged @paths and the HTTP-only specs; the nginx run only what the
 * server decides (hosting, headers, framing): tests tagged @server and the
 * same HTTP-only specs. `npm run test:exhaustive` runs them all everywhere.
 */
/** The specs the nginx run takes its tests from (all of them with E2E_SCOPE=exhaustive). */
const NGINX_SPECS = ['static-hosting.spec.ts', 'headers.spec.ts', 'embed.spec.ts'];
const HTTP_ONLY_SPECS = /static-hosting\.spec|headers\.spec/;
/** Under a sub-path every stylesheet link and CSP hash is the prefix's: the whole spec. */
const SUBPATH_SPECS = /inline-style\.spec/;
const RUN_GREP = EXHAUSTIVE
  ? undefined
  : SERVER === 'nginx'
    ? new RegExp(`@server|${HTTP_ONLY_SPECS.source}`)
    : BASE !== '/'
      ? new RegExp(`@paths|${HTTP_ONLY_SPECS.source}|${SUBPATH_SPECS.source}`)
      : undefined;
const shellQuote = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;
const WIZARD_SERVER =
  SERVER === 'nginx'
    ? `node scripts/deploy/nginx-server.mjs ${DIST} --port ${PORT} --frame-ancestors ${shellQuote(FRAME_ANCESTORS.join(' '))}`
    : `node scripts/serve.mjs ${DIST} --port ${PORT} --base ${BASE} ${Object.entries(securityHeaders(FRAME_ANCESTORS))
        .map(([name, value]) => `--header ${shellQuote(`${name}: ${value}`)}`)
        .join(' ')}`;

export default defineConfig({
  testDir: 'e2e',
  testIgnore: BASE === '/' ? [] : SAME_UNDER_ANY_BASE_PATH.map((spec) => `**/${spec}`),
  ...(SERVER === 'nginx' ? { testMatch: NGINX_SPECS } : {}),
  ...(RUN_GREP ? { grep: RUN_GREP } : {}),
  // The defect drill (npm run test:drill) needs one failure, not all of them.
  ...(process.env.DRILL ? { maxFailures: 1 } : {}),
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: WIZARD_URL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: [
    {
      command: WIZARD_SERVER,
      url: WIZARD_URL,
      // Never test a server that happens to be listening already (another
      // build, another engineer's): a taken port is an error (pick E2E_PORT).
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // Intranet pages on two other origins: HOST_PORT is allowed to embed
      // the wizard (the embed tests allow it in config.json), HOST_PORT + 1 is not.
      command: `node e2e/host-server.mjs --port ${HOST_PORT},${HOST_PORT + 1} --wizard ${WIZARD_URL}`,
      url: `http://localhost:${HOST_PORT}/intranet.html`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
