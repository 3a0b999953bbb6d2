import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/browser-path.mjs';

// The built dist/ served by a plain static server with no SPA fallback, as a
// real host would (vite preview would hide broken deep links).
const PORT = Number(process.env.E2E_PORT ?? 4321);
const BASE = process.env.BASE_PATH ?? '/';
const DIST = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE.endsWith('/') ? BASE : `${BASE}/`}`,
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
  webServer: {
    command: `node scripts/serve.mjs ${DIST} --port ${PORT} --base ${BASE}`,
    url: `http://127.0.0.1:${PORT}${BASE.endsWith('/') ? BASE : `${BASE}/`}`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
