/**
 * dist/ on a plain static host (scripts/serve.mjs: no SPA fallback): every
 * public URL has its own HTML entry in the right language, with or without a
 * trailing slash; anything else is a real 404 with the 404.html body.
 * Only HTTP here (no browser), so these run fast.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { publicPages } from '../scripts/public-pages.ts';
import { aliases, FLOW_ID, ROOT, stepUrl } from './support.ts';

const pages = publicPages();
/** The built output the server serves (OUT_DIR, as in playwright.config.ts). */
const notFoundBody = () => readFileSync(join(ROOT, process.env.OUT_DIR ?? 'dist', '404.html'), 'utf8');
const langOf = (html: string) => /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1];

test('the public pages include every language, flow start, step and after-summary page', () => {
  const paths = pages.map((page) => page.path);
  for (const path of ['en', 'nl', `en/${FLOW_ID}`, `nl/${FLOW_ID}`, stepUrl('en', 'symptom'), stepUrl('nl', 'summary')])
    expect(paths).toContain(path);
  expect(paths).toContain(stepUrl('en', 'done'));
  expect(paths).toContain(stepUrl('nl', 'more-help'));
  // Old step ids keep a page of their own (the app redirects them to the step that replaced them).
  for (const [alias] of aliases) expect(paths).toContain(stepUrl('nl', alias));
  expect(new Set(paths).size).toBe(paths.length);
});

for (const page of pages) {
  test(`${page.path} and ${page.path}/ answer 200 in ${page.lang}`, async ({ request }) => {
    for (const url of [page.path, `${page.path}/`]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-type'], url).toContain('text/html');
      const html = await response.text();
      expect(langOf(html), url).toBe(page.lang);
      // Pre-rendered: the page's own heading is in the HTML, before any script runs.
      expect(html, url).toMatch(/<div id="root" data-path="[^"]+">/);
      expect(html, url).toMatch(/<h1[^>]*>[^<]+/);
    }
    // A step is answered without a redirect (step.html next to step/index.html).
    const isStep = page.path.split('/').length === 3;
    const direct = await request.get(page.path, { maxRedirects: 0 });
    if (isStep) expect(direct.status()).toBe(200);
    else {
      expect([200, 301]).toContain(direct.status());
      if (direct.status() === 301) expect(direct.headers().location).toMatch(new RegExp(`/${page.path}/$`));
    }
  });
}

test('a step with answers in the query is served as the step page', async ({ request }) => {
  const response = await request.get(stepUrl('en', 'mobile-registered', [['symptom', 'sms']]));
  expect(response.status()).toBe(200);
  expect(langOf(await response.text())).toBe('en');
});

test('index.html at the root', async ({ request }) => {
  for (const url of ['', 'index.html']) {
    const response = await request.get(url);
    expect(response.status(), url || '/').toBe(200);
    const html = await response.text();
    expect(html).toContain('<div id="root">');
    expect(html).toMatch(/<script[^>]*type="module"[^>]*src="[^"]+\.js"/);
  }
});

test('the app script the pages load is served', async ({ request }) => {
  const html = await (await request.get(stepUrl('en', 'symptom'))).text();
  const src = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  expect(src).toBeTruthy();
  const response = await request.get(src ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('javascript');
});

for (const path of ['does/not/exist', `en/${FLOW_ID}/does-not-exist`, `fr/${FLOW_ID}/symptom`, 'en/no-such-flow/']) {
  test(`an unknown path (${path}) is a 404 with the 404.html body`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toContain('text/html');
    expect(await response.text()).toBe(notFoundBody());
  });
}
