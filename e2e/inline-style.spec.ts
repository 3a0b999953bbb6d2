/**
 * The pages' styles are inline (one round trip to first paint), allowed by
 * their hash in the one CSP definition (scripts/deploy/headers.mjs, from
 * scripts/inline-style.mjs), and a host whose policy lacks the hash still
 * gives a styled, working page: with JavaScript the app adds the stylesheet
 * (src/app/style-fallback.ts), without it the `<noscript>` link does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { contentSecurityPolicy, policyWithoutFrameAncestors } from '../scripts/deploy/headers.mjs';
import { inlineStyleHash, styleHashSource } from '../scripts/inline-style.mjs';
import { startServer } from '../scripts/serve.mjs';
import { common, expect, FIRST_FLOW, heading, ROOT, SITE_BASE, test } from './support.ts';

const DIST = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? htmlFiles(join(dir, entry.name))
      : entry.name.endsWith('.html')
        ? [join(dir, entry.name)]
        : [],
  );

test('every page’s one <style> is what the CSP’s hash allows, and the server sends that CSP', async ({ request }) => {
  const policy = contentSecurityPolicy();
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(10);
  let inline = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const styles = [...html.matchAll(INLINE_STYLE)].map((match) => match[1] ?? '');
    expect.soft(html, file).not.toMatch(/\sstyle="/);
    if (styles.length === 0) {
      // A script-free page (the article) keeps its stylesheet link.
      expect.soft(html, file).not.toMatch(/<script\b/);
      expect.soft(html, file).toMatch(/<link rel="stylesheet"/);
      continue;
    }
    inline += 1;
    expect.soft(styles.length, file).toBe(1);
    expect.soft(styleHashSource(styles[0] ?? ''), file).toBe(inlineStyleHash());
  }
  expect(inline).toBeGreaterThan(10);
  expect(policy).toContain(`style-src 'self' ${inlineStyleHash()};`);
  const response = await request.get(FIRST_FLOW.stepUrl('en', FIRST_FLOW.flow.start));
  expect(response.headers()['content-security-policy']).toContain(inlineStyleHash());
});

test('with the hash, a question page paints from its HTML alone: no stylesheet is fetched, no violation', async ({
  page,
}) => {
  const stylesheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
  });
  await page.goto(FIRST_FLOW.stepUrl('en', FIRST_FLOW.flow.start));
  await expect(heading(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(stylesheets).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

/** What the styles decide about the page: if these match, the same rules apply. */
const looks = (page: Page) =>
  page.evaluate(() => {
    const of = (element: Element | null, properties: string[]) => {
      const style = element ? getComputedStyle(element) : undefined;
      return properties.map((property) => style?.getPropertyValue(property) ?? 'missing').join(' | ');
    };
    return {
      body: of(document.body, ['margin', 'font-family', 'line-height']),
      button: of(document.querySelector('button[type="submit"]'), [
        'background-color',
        'min-height',
        'padding',
        'border-radius',
      ]),
      skipLink: of(document.querySelector('.skip-link'), ['position', 'transform', 'top']),
    };
  });

test.describe('on a host whose CSP lacks the inline styles’ hash', () => {
  let server: Server;
  let origin = '';

  test.beforeAll(async () => {
    server = await startServer({
      dir: DIST,
      port: 0,
      host: '127.0.0.1',
      base: SITE_BASE,
      // The strict policy as it was before the styles went inline: the site's own stylesheets only.
      headers: { 'Content-Security-Policy': `${policyWithoutFrameAncestors([])}; frame-ancestors 'self'` },
    });
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${SITE_BASE}`;
  });

  test.afterAll(async () => {
    await new Promise((closed) => server.close(closed));
  });

  const step = FIRST_FLOW.stepUrl('en', FIRST_FLOW.flow.start);

  test('the page is styled as with the hash, and Continue works', async ({ page, browser, guard }) => {
    // The browser reports the refused <style>: expected here, and the only error allowed.
    guard.allow(/^Applying inline style violates the following Content Security Policy directive 'style-src 'self''/);
    const expected = await browser.newPage();
    await expected.goto(new URL(step, test.info().project.use.baseURL).href);
    const styled = await looks(expected);
    await expected.close();

    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${origin}${step}`);
    // The inline <style> really was refused, and the stylesheet restores the same rules.
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    await expect.poll(() => looks(page)).toEqual(styled);

    const [question, option] = FIRST_FLOW.paths()[0]?.[0] ?? [];
    await page.locator(`label[for="${question}-${option}"]`).click();
    await page.getByRole('button', { name: common('en').question.continue, exact: true }).click();
    await expect(page).not.toHaveURL(new RegExp(`/${question}(?:[?#]|$)`));
    await expect(heading(page)).toBeFocused();
  });

  test('without JavaScript, the <noscript> stylesheet styles the page', async ({ browser }) => {
    const expected = await browser.newPage();
    await expected.goto(new URL(step, test.info().project.use.baseURL).href);
    const styled = await looks(expected);
    await expected.close();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}${step}`);
    expect(await looks(page)).toEqual(styled);
    await context.close();
  });
});
