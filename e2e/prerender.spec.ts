/**
 * Pre-rendered pages: the content is in the HTML before any script runs, the
 * app hydrates it without a mismatch or a layout shift, only the page's own
 * language is downloaded, and every page runs under a strict CSP.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { startServer } from '../scripts/serve.mjs';
import { nodeOf } from '../src/engine/graph.ts';
import { answer, expect, flow, flowText, RICH_PATH, ROOT, stepUrl, test } from './support.ts';

const DIST = process.env.OUT_DIR ?? 'dist';
const BASE = process.env.BASE_PATH ?? '/';
const manifest = () =>
  JSON.parse(readFileSync(join(ROOT, DIST, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;
const chunksOf = (lng: string) =>
  Object.entries(manifest())
    .filter(([source]) => source.startsWith(`locales/${lng}/`))
    .map(([, chunk]) => chunk.file);

/** The number of options (radios) of a question. */
const optionCount = (question: string) => {
  const node = nodeOf(flow, question);
  return node?.kind === 'question' ? node.options.length : 0;
};

/** Sums the layout shifts (not caused by input) the page has had so far. */
const layoutShift = (page: import('@playwright/test').Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );

test('a question page has its heading, options and Continue button in the HTML itself', async ({ request }) => {
  const html = await (await request.get(stepUrl('en', 'account-type'))).text();
  const question = flowText('en').questions['account-type'];
  expect(html).toContain(`>${question?.title}</h1>`);
  expect(html.match(/type="radio"/g)).toHaveLength(optionCount('account-type'));
  expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Continue<\/button>/);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
  expect(html).not.toMatch(/\sstyle="/); // no style attribute
});

test('the page shows its content with JavaScript turned off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(stepUrl('nl', 'mobile-registered'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    flowText('nl').questions['mobile-registered']?.title ?? '',
  );
  await expect(page.getByRole('radio')).toHaveCount(optionCount('mobile-registered'));
  await context.close();
});

test('a deep link with answers hydrates without layout shift, then shows the answers', async ({ page }) => {
  await page.goto(
    stepUrl('en', 'reset-page', [
      ['symptom', 'sms'],
      ['account-type', 'yes'],
    ]),
  );
  await expect(page.getByRole('region', { name: 'Your answers so far' })).toBeVisible();
  expect(await layoutShift(page)).toBe(0);
});

test('a pre-filled summary fills in its findings without layout shift', async ({ page }) => {
  await page.goto(stepUrl('en', 'summary', RICH_PATH));
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  expect(await layoutShift(page)).toBe(0);
});

test('only the language in use is downloaded, until the reader switches', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(stepUrl('en', 'symptom'));
  await answer(page, 'symptom', 'sms');
  const dutch = chunksOf('nl');
  expect(dutch.length).toBeGreaterThan(0);
  expect(requested.filter((path) => dutch.some((file) => path.endsWith(file)))).toEqual([]);
  const html = await (await page.request.get(stepUrl('en', 'symptom'))).text();
  expect(html).not.toContain(flowText('nl').meta.title);

  await page.getByRole('link', { name: 'Lees deze pagina in het Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    flowText('nl').questions['account-type']?.title ?? '',
  );
  expect(requested.filter((path) => dutch.some((file) => path.endsWith(file))).length).toBeGreaterThan(0);
});

test.describe('under a strict Content-Security-Policy', () => {
  const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'self'";
  let server: Server;
  let origin = '';

  test.beforeAll(async () => {
    server = await startServer({
      dir: join(ROOT, DIST),
      port: 0,
      host: '127.0.0.1',
      base: BASE.endsWith('/') ? BASE : `${BASE}/`,
      headers: { 'Content-Security-Policy': CSP },
    });
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test('a whole path, the summary and a language switch cause no violation', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective}: ${event.blockedURI}`),
      );
    });
    const url = (path: string) => `${origin}${BASE.endsWith('/') ? BASE : `${BASE}/`}${path}`;
    const response = await page.goto(url('en/sspr-admin/'));
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    await page.getByRole('link', { name: 'Start now' }).click();
    await answer(page, 'symptom', 'email');
    await answer(page, 'account-type', 'no');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is wrong and what to do');
    await page.getByRole('link', { name: 'Lees deze pagina in het Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat er mis is en wat je kunt doen');
    await page.goto(url(`nl/sspr-admin/summary?${RICH_PATH.map(([q, o]) => `${q}=${o}`).join('&')}`));
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });
});

test('hydration keeps the pre-rendered elements (no late repaint of the question)', async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { firstHeading: Element | null }).firstHeading = document.querySelector('h1');
    });
  });
  await page.goto(
    stepUrl('en', 'mobile-registered', [
      ['symptom', 'sms'],
      ['account-type', 'yes'],
    ]),
  );
  await expect(page.getByRole('region', { name: 'Your answers so far' })).toBeVisible();
  expect(
    await page.evaluate(
      () => (window as unknown as { firstHeading: Element | null }).firstHeading === document.querySelector('h1'),
    ),
  ).toBe(true);
});
