import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/browser-path.mjs';

// The built dist/ served by a plain static server with no SPA fallback, as a
// real host would (vite preview would hide broken deep links).
const PORT = Number(process.env.E2E_PORT ?? 4321);
const BASE = process.env.BASE_PATH ?? '/';
const DIST = process.env.OUT_DIR ?? 'dist';
const WIZARD_URL = `http://127.0.0.1:${PORT}${BASE.endsWith('/') ? BASE : `${BASE}/`}`;
/** Where the embed tests' intranet pages live (another origin than the wizard). */
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? PORT + 10);

export default defineConfig({
  testDir: 'e2e',
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
      command: `node scripts/serve.mjs ${DIST} --port ${PORT} --base ${BASE}`,
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
