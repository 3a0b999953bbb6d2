/**
 * The response headers the wizard's server sends, as deploy/ configures them
 * (scripts/deploy/headers.mjs): the strict CSP with frame-ancestors, nosniff,
 * Referrer-Policy, Permissions-Policy, and Cache-Control (immutable for hashed
 * assets, no-cache for the rest), on HTML, an asset, config.json and the 404
 * page. Runs against scripts/serve.mjs and, in `npm run test:e2e:nginx`,
 * against nginx with deploy/nginx.conf as it is (E2E_SERVER=nginx).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { NOT_FOUND_PAGE, responseHeaders } from '../scripts/deploy/headers.mjs';
import { hostOrigins } from './host-origins.ts';
import { common, FIRST_FLOW, heading, languageLink, ROOT, setDay, TODAY } from './support.ts';

const PORT = Number(process.env.E2E_PORT ?? 4321);
const DIST = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
const ON_NGINX = process.env.E2E_SERVER === 'nginx';
/** The origins this run's server lets frame the wizard (playwright.config.ts). */
const { allowed, other } = hostOrigins(PORT);
const FRAME_ANCESTORS = [allowed, other];

/** The first module script a page loads: a hashed asset. */
async function assetOf(request: APIRequestContext, page: string): Promise<string> {
  const html = await (await request.get(page)).text();
  const src = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error(`no module script in ${page}`);
  return src;
}

/** Every header responseHeaders() lists for `path`, with exactly its value; no X-Frame-Options (it would block embedding). */
function expectHeaders(headers: Record<string, string>, path: string, what: string) {
  for (const [name, value] of Object.entries(responseHeaders(path, FRAME_ANCESTORS)))
    expect.soft(headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
  expect.soft(headers['x-frame-options'], `X-Frame-Options on ${what}`).toBeUndefined();
}

test('HTML, a hashed asset, config.json and the 404 page get every header', async ({ request, baseURL }) => {
  const step = FIRST_FLOW.stepUrl('en', FIRST_FLOW.flow.start);
  const asset = await assetOf(request, step);
  const base = new URL(baseURL ?? '/').pathname;
  const cases: [url: string, path: string, status: number, type: string][] = [
    ['', 'index.html', 200, 'text/html'],
    [step, step, 200, 'text/html'],
    [`${FIRST_FLOW.startUrl('nl')}/`, 'nl/index.html', 200, 'text/html'],
    [asset, asset.replace(base, ''), 200, 'javascript'],
    ['config.json', 'config.json', 200, 'application/json'],
    ['embed.js', 'embed.js', 200, 'javascript'],
    ['does/not/exist', NOT_FOUND_PAGE, 404, 'text/html'],
    ['assets/no-such-file.js', NOT_FOUND_PAGE, 404, 'text/html'],
  ];
  for (const [url, path, status, type] of cases) {
    const response = await request.get(url);
    expect.soft(response.status(), url).toBe(status);
    expect.soft(response.headers()['content-type'], url).toContain(type);
    expectHeaders(response.headers(), path, url || '/');
  }
  // The hashed asset really is cached for a year, the page revalidated.
  expect(responseHeaders(asset.replace(base, ''))['Cache-Control']).toContain('immutable');
  expect(responseHeaders(step)['Cache-Control']).toBe('no-cache');
});

test('nginx sends the pre-compressed .gz the build wrote, and the file itself to a client without gzip', async ({
  request,
  baseURL,
}) => {
  test.skip(!ON_NGINX, 'gzip_static is nginx’s (scripts/serve.mjs compresses only with --gzip)');
  const step = FIRST_FLOW.stepUrl('en', FIRST_FLOW.flow.start);
  const asset = await assetOf(request, step);
  const onDisk = readFileSync(resolve(DIST, asset.replace(new URL(baseURL ?? '/').pathname, '')), 'utf8');
  const gzip = await request.get(asset, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gzip.headers()['content-encoding']).toBe('gzip');
  expect(gzip.headers().vary).toContain('Accept-Encoding');
  expect(await gzip.text()).toBe(onDisk);
  const plain = await request.get(asset, { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(await plain.text()).toBe(onDisk);
});

test('a whole path, the summary and a language switch run under the server’s CSP with no violation', async ({
  page,
}) => {
  await setDay(page, TODAY);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  const flow = FIRST_FLOW;
  const path = flow.paths(TODAY).reduce((shortest, pairs) => (pairs.length < shortest.length ? pairs : shortest));
  const response = await page.goto(flow.stepUrl('en', flow.flow.start));
  expect(response?.headers()['content-security-policy']).toBe(
    responseHeaders('index.html', FRAME_ANCESTORS)['Content-Security-Policy'],
  );
  for (const [question, option] of path) {
    await expect(heading(page)).toHaveText(flow.title('en', question));
    await page.getByRole('radio', { name: flow.label('en', question, option), exact: true }).check();
    await page.getByRole('button', { name: common('en').question.continue, exact: true }).click();
  }
  await expect(heading(page)).toHaveText(common('en').summary.title);
  await expect(page.getByRole('button', { name: common('en').summary.print })).toBeVisible();
  await languageLink(page, 'nl').click();
  await expect(heading(page)).toHaveText(common('nl').summary.title);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test.describe('a page on an origin not in frame-ancestors', () => {
  let server: Server;
  let origin = '';

  test.beforeAll(async () => {
    // A third origin (not one of the embed tests' hosts), framing the wizard's start page.
    server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>Elsewhere</title><iframe src="http://127.0.0.1:${PORT}/en/"></iframe>`);
    });
    await new Promise<void>((listening) => server.listen(0, 'localhost', listening));
    const address = server.address();
    origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  });

  test.afterAll(async () => {
    await new Promise((closed) => server.close(closed));
  });

  test('cannot show the wizard in a frame', async ({ page }) => {
    test.skip(
      Boolean(process.env.BASE_PATH && process.env.BASE_PATH !== '/'),
      'the framing page points at the root build',
    );
    await page.goto(`${origin}/`);
    // Chromium replaces a frame its CSP refuses with an error page.
    await expect.poll(() => page.frames()[1]?.url() ?? '').toMatch(/^chrome-error:/);
  });
});
