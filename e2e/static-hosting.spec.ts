/**
 * dist/ on a plain static host (scripts/serve.mjs: no SPA fallback): every
 * public URL of every flow on disk has its own HTML entry in the right
 * language, with or without a trailing slash; anything else is a real 404
 * with the 404.html body. Only HTTP here (no browser), so these run fast.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { publicPages } from '../scripts/public-pages.ts';
import { DONE_STEP, FIRST_FLOW, FLOWS, LANGUAGES, MORE_HELP_STEP, ROOT } from './support.ts';

/** The built output the server serves (OUT_DIR, as in playwright.config.ts). */
const notFoundBody = () => readFileSync(resolve(ROOT, process.env.OUT_DIR ?? 'dist', '404.html'), 'utf8');
const langOf = (html: string) => /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1];

/** Every public page of a flow in a language, from the flow itself: start, nodes, old step ids, done, more-help. */
const pagesOf = (flow: (typeof FLOWS)[number], lng: string): string[] => [
  `${lng}/${flow.id}`,
  ...Object.keys(flow.flow.nodes).map((id) => `${lng}/${flow.id}/${id}`),
  ...flow.aliases.map(([alias]) => `${lng}/${flow.id}/${alias}`),
  `${lng}/${flow.id}/${DONE_STEP}`,
  `${lng}/${flow.id}/${MORE_HELP_STEP}`,
];

test('the build lists every page of every flow on disk, each once', async () => {
  const paths = (await publicPages()).map((page) => page.path);
  for (const lng of LANGUAGES) {
    expect(paths).toContain(lng);
    for (const flow of FLOWS) for (const path of pagesOf(flow, lng)) expect(paths, flow.id).toContain(path);
  }
  expect(new Set(paths).size).toBe(paths.length);
});

/** Fetches a page as a static host serves it: 200, HTML in its language, pre-rendered (a heading before any script). */
async function expectServed(request: import('@playwright/test').APIRequestContext, url: string, lng: string) {
  const response = await request.get(url);
  expect.soft(response.status(), url).toBe(200);
  if (response.status() !== 200) return;
  expect.soft(response.headers()['content-type'], url).toContain('text/html');
  const html = await response.text();
  expect.soft(langOf(html), url).toBe(lng);
  expect.soft(html, url).toMatch(/<div id="root" data-path="[^"]+">/);
  expect.soft(html, url).toMatch(/<h1[^>]*>[^<]+/);
}

for (const lng of LANGUAGES)
  test(`the flow list ${lng} and ${lng}/ answer 200 in ${lng}`, async ({ request }) => {
    for (const url of [lng, `${lng}/`]) await expectServed(request, url, lng);
  });

// One test per flow and language, every page in it (soft assertions: every failing URL is reported).
for (const flow of FLOWS)
  for (const lng of LANGUAGES)
    test(`${flow.id}: every page in ${lng} answers 200, with and without a trailing slash`, async ({ request }) => {
      const [start, ...steps] = pagesOf(flow, lng);
      for (const path of [start as string, ...steps])
        for (const url of [path, `${path}/`]) await expectServed(request, url, lng);
      // A step is answered without a redirect (step.html next to step/index.html) …
      for (const path of steps) expect.soft((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
      // … the start page directly or with a redirect to its trailing slash.
      const direct = await request.get(start as string, { maxRedirects: 0 });
      expect([200, 301]).toContain(direct.status());
      if (direct.status() === 301) expect(direct.headers().location).toMatch(new RegExp(`/${start}/$`));
      // A deep link with answers in the query is served as the step page.
      const [question] = flow.questionIds.slice(-1);
      const deep = flow.stepUrl(
        lng,
        question as string,
        flow.answersToReach(question as string, flow.dayToAsk(question as string)),
      );
      await expectServed(request, deep, lng);
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
  const html = await (await request.get(FIRST_FLOW.stepUrl('en', FIRST_FLOW.flow.start))).text();
  const src = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  expect(src).toBeTruthy();
  const response = await request.get(src ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('javascript');
});

test('unknown paths are a 404 with the 404.html body', async ({ request }) => {
  const paths = [
    'does/not/exist',
    'en/no-such-flow/',
    ...FLOWS.flatMap((flow) => [`en/${flow.id}/does-not-exist`, `fr/${flow.id}/${flow.flow.start}`]),
  ];
  for (const path of paths) {
    const response = await request.get(path);
    expect.soft(response.status(), path).toBe(404);
    expect.soft(response.headers()['content-type'], path).toContain('text/html');
    expect.soft(await response.text(), path).toBe(notFoundBody());
  }
});
