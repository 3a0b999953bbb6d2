/**
 * Pre-rendered pages: the content is in the HTML before any script runs, the
 * app hydrates it without a mismatch or a layout shift, only the page's own
 * language is downloaded, and every page runs under a strict CSP.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { manifestFile } from '../scripts/build-meta.ts';
import { contentSecurityPolicy } from '../scripts/deploy/headers.mjs';
import { startServer } from '../scripts/serve.mjs';
import { nodeOf } from '../src/engine/graph.ts';
import { layoutShift } from './layout-shift.ts';
import {
  answer,
  answerByLabel,
  common,
  expect,
  FIRST_FLOW,
  FLOWS,
  type FlowCase,
  heading,
  LANGUAGES,
  languageLink,
  ROOT,
  test,
} from './support.ts';

const DIST = process.env.OUT_DIR ?? 'dist';
const BASE = process.env.BASE_PATH ?? '/';
const manifest = () =>
  JSON.parse(readFileSync(manifestFile(resolve(ROOT, DIST)), 'utf8')) as Record<string, { file: string }>;
const chunksOf = (lng: string) =>
  Object.entries(manifest())
    .filter(([source]) => source.startsWith(`locales/${lng}/`))
    .map(([, chunk]) => chunk.file);

/** The number of options (radios) of a question. */
const optionCount = (flow: FlowCase, question: string) => {
  const node = nodeOf(flow.flow, question);
  return node?.kind === 'question' ? node.options.length : 0;
};
const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

// Every question of every flow in every language: HTTP only, so cheap.
for (const flow of FLOWS)
  test(`${flow.id}: every question page has its heading, options and Continue button in the HTML itself`, async ({
    request,
  }) => {
    for (const lng of LANGUAGES)
      for (const question of flow.questionIds) {
        const url = flow.stepUrl(lng, question);
        const html = await (await request.get(url)).text();
        expect.soft(html, url).toContain(`>${escapeHtml(flow.title(lng, question))}</h1>`);
        expect.soft(html.match(/type="radio"/g), url).toHaveLength(optionCount(flow, question));
        expect
          .soft(html, url)
          .toMatch(new RegExp(`<button[^>]*type="submit"[^>]*>${common(lng).question.continue}</button>`));
        expect.soft(html, url).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
        expect.soft(html, url).not.toMatch(/\sstyle="/); // no style attribute
      }
  });

// The same pre-rendered markup for every flow: one flow suffices.
test('the page shows its content with JavaScript turned off', { tag: '@paths' }, async ({ browser }) => {
  const flow = FIRST_FLOW;
  const question = flow.questionIds.at(-1) as string;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(flow.stepUrl('nl', question));
  await expect(heading(page)).toHaveText(flow.title('nl', question));
  await expect(page.getByRole('radio')).toHaveCount(optionCount(flow, question));
  await context.close();
});

test('a deep link with answers hydrates without layout shift, then shows the answers', { tag: '@paths' }, async ({
  page,
}) => {
  const given = FIRST_FLOW.richPath.slice(0, 2);
  await page.goto(FIRST_FLOW.stepUrl('en', FIRST_FLOW.currentStep(given), given));
  await expect(page.getByRole('region', { name: common('en').answers.heading })).toBeVisible();
  expect(await layoutShift(page)).toBe(0);
});

// Each flow's findings are a chunk of their own: every flow.
for (const flow of FLOWS)
  test(`${flow.id}: a pre-filled summary fills in its findings without layout shift`, async ({ page }) => {
    await page.goto(flow.stepUrl('en', flow.summaryId, flow.richPath));
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    expect(await layoutShift(page)).toBe(0);
  });

test('only the language in use is downloaded, until the reader switches', { tag: '@paths' }, async ({ page }) => {
  const flow = FIRST_FLOW;
  const [[first = '', option = ''] = []] = flow.richPath;
  const next = flow.currentStep([[first, option]]);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(flow.stepUrl('en', first));
  await answer(page, first, option);
  const dutch = chunksOf('nl');
  expect(dutch.length).toBeGreaterThan(0);
  expect(requested.filter((path) => dutch.some((file) => path.endsWith(file)))).toEqual([]);
  const html = await (await page.request.get(flow.stepUrl('en', first))).text();
  expect(html).not.toContain(flow.text('nl').meta.title);

  await languageLink(page, 'nl').click();
  await expect(heading(page)).toHaveText(flow.title('nl', next));
  expect(requested.filter((path) => dutch.some((file) => path.endsWith(file))).length).toBeGreaterThan(0);
});

test.describe('under a strict Content-Security-Policy', () => {
  // The README's policy, as every deploy config writes it (with the inline styles' hash).
  const CSP = contentSecurityPolicy();
  let server: Server;
  let origin = '';

  test.beforeAll(async () => {
    server = await startServer({
      dir: resolve(ROOT, DIST),
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

  // Each flow loads its own chunks: a whole path of every flow.
  for (const flow of FLOWS)
    test(`${flow.id}: a whole path, the summary and a language switch cause no violation`, async ({ page }) => {
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) =>
          seen.push(`${event.violatedDirective}: ${event.blockedURI}`),
        );
      });
      const url = (path: string) => `${origin}${BASE.endsWith('/') ? BASE : `${BASE}/`}${path}`;
      const path = flow.paths().reduce((shortest, pairs) => (pairs.length < shortest.length ? pairs : shortest));
      const response = await page.goto(url(flow.startUrl('en')));
      expect(response?.headers()['content-security-policy']).toBe(CSP);
      await page.getByRole('link', { name: common('en').start.button }).click();
      for (const [question, option] of path) await answerByLabel(page, flow, question, option);
      await expect(heading(page)).toHaveText(common('en').summary.title);
      await languageLink(page, 'nl').click();
      await expect(heading(page)).toHaveText(common('nl').summary.title);
      await page.goto(url(flow.stepUrl('nl', flow.summaryId, flow.richPath)));
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
  const given = FIRST_FLOW.richPath.slice(0, 2);
  await page.goto(FIRST_FLOW.stepUrl('en', FIRST_FLOW.currentStep(given), given));
  await expect(page.getByRole('region', { name: common('en').answers.heading })).toBeVisible();
  expect(
    await page.evaluate(
      () => (window as unknown as { firstHeading: Element | null }).firstHeading === document.querySelector('h1'),
    ),
  ).toBe(true);
});
