/**
 * The site with JavaScript turned off (a locked-down browser, a reader
 * blocking scripts): every page says so in its own language and offers a way
 * forward that needs no script: the root links to each language, a page of a
 * troubleshooter links to its whole advice on one page (`/{lng}/{flow}/all`),
 * the list to that page of each, and the not-found page speaks every
 * language. And every page's `<meta name="description">` is in its language.
 */
import type { Locator, Page } from '@playwright/test';
import { publicPages } from '../scripts/public-pages.ts';
import { ALL_STEP } from '../src/engine/ids.ts';
import { DEFAULT_LANGUAGE } from '../src/i18n/languages.ts';
import { expectNoHorizontalScroll, REFLOW_WIDTH } from './reflow.ts';
import {
  common,
  expect,
  expectNoAxeViolations,
  FIRST_FLOW,
  FLOWS,
  heading,
  LANGUAGES,
  type Language,
  languageName,
  test,
} from './support.ts';

test.use({ javaScriptEnabled: false });

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');
/** The language a node is in: the `lang` of its nearest element that has one. */
const langOf = (locator: Locator) =>
  locator.evaluate((element) => element.closest('[lang]')?.getAttribute('lang') ?? null);
/** The notice a page shows without JavaScript (the content of its `<noscript>`, rendered when script is off). */
const notice = (page: Page) => page.locator('main noscript .notice');

/** Opens the page, expects one h1 and the page's language, and returns the h1. */
async function open(page: Page, url: string, lng: Language, expectedStatus = 200) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(expectedStatus);
  await expect(heading(page)).toHaveCount(1);
  expect(await htmlLang(page), url).toBe(lng);
  return heading(page);
}

test('the root offers every language, each link named in its language, and each works', { tag: '@paths' }, async ({
  page,
}) => {
  for (const lng of LANGUAGES) {
    const h1 = await open(page, '', DEFAULT_LANGUAGE);
    for (const each of LANGUAGES) await expect(h1).toContainText(common(each).languageChoice.title);
    const link = page.getByRole('link', { name: languageName(lng), exact: true });
    expect(await langOf(link)).toBe(lng);
    await expect(link).toHaveAttribute('hreflang', lng);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${lng}/$`));
    await expect(heading(page)).toHaveText(common(lng).home.title);
    expect(await htmlLang(page)).toBe(lng);
  }
});

for (const lng of LANGUAGES) {
  const text = common(lng);

  test(`${lng}: the list says why, and links to each troubleshooter's whole advice`, async ({ page }) => {
    await expect(await open(page, `${lng}/`, lng)).toHaveText(text.home.title);
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toContainText(text.noscript.list);
    for (const flow of FLOWS) {
      const link = notice(page).getByRole('link', { name: flow.text(lng).meta.title, exact: true });
      await expect(link).toHaveAttribute('href', new RegExp(`/${lng}/${flow.id}/${ALL_STEP}$`));
    }
    const [first] = FLOWS;
    if (!first) throw new Error('no flow on disk');
    await notice(page)
      .getByRole('link', { name: first.text(lng).meta.title, exact: true })
      .click();
    await expect(heading(page)).toHaveText(first.text(lng).meta.title);
    expect(await htmlLang(page)).toBe(lng);
  });

  test(`${lng}: a question says why Continue cannot work, and links to the whole advice`, async ({ page }) => {
    const flow = FIRST_FLOW;
    const question = flow.flow.start;
    await expect(await open(page, flow.stepUrl(lng, question), lng)).toHaveText(flow.title(lng, question));
    await expect(page.getByRole('button', { name: text.question.continue, exact: true })).toBeDisabled();
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toContainText(text.noscript.flow);
    await notice(page).getByRole('link', { name: text.supportTools.articleLink, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${lng}/${flow.id}/${ALL_STEP}$`));
    await expect(heading(page)).toHaveText(flow.text(lng).meta.title);
    expect(await htmlLang(page)).toBe(lng);
    // The way forward works without script: it tells the reader nothing is missing.
    await expect(page.getByText(text.noscript.flow)).toHaveCount(0);
  });

  test(`${lng}: the summary says why, and links to the whole advice`, async ({ page }) => {
    const flow = FIRST_FLOW;
    await expect(await open(page, flow.stepUrl(lng, flow.summaryId, flow.richPath), lng)).toHaveText(
      text.summary.title,
    );
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toContainText(text.noscript.flow);
    await notice(page).getByRole('link', { name: text.supportTools.articleLink, exact: true }).click();
    await expect(heading(page)).toHaveText(flow.text(lng).meta.title);
  });

  test(`${lng}: a page that does not exist speaks every language, each with a link that works`, async ({ page }) => {
    for (const target of LANGUAGES) {
      const h1 = await open(page, `${lng}/${FIRST_FLOW.id}/no-such-step`, DEFAULT_LANGUAGE, 404);
      for (const each of LANGUAGES) {
        const part = h1.getByText(common(each).notFound.title, { exact: true });
        await expect(part).toHaveCount(1);
        expect(await langOf(part)).toBe(each);
        const body = page.getByText(common(each).notFound.body, { exact: true });
        await expect(body).toBeVisible();
        expect(await langOf(body)).toBe(each);
      }
      const link = page.getByRole('link', { name: common(target).notFound.toHome, exact: true });
      expect(await langOf(link)).toBe(target);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${target}/$`));
      await expect(heading(page)).toHaveText(common(target).home.title);
      expect(await htmlLang(page)).toBe(target);
    }
  });
}

/** The text of `<meta name="description">` in an HTML document, its entities decoded. */
const descriptionOf = (html: string) =>
  /<meta name="description" content="([^"]*)"/
    .exec(html)?.[1]
    ?.replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

test("every pre-rendered page's description is in its language: its troubleshooter's own, else the site's", async ({
  request,
}) => {
  const pages = await publicPages();
  expect(pages.length).toBeGreaterThan(0);
  for (const { path, lang } of pages) {
    const lng = lang as Language;
    const flow = FLOWS.find((each) => path.startsWith(`${lng}/${each.id}`));
    const html = await (await request.get(path)).text();
    expect.soft(/<html lang="([^"]*)"/.exec(html)?.[1], path).toBe(lng);
    expect.soft(descriptionOf(html), path).toBe(flow ? flow.text(lng).meta.description : common(lng).site.description);
  }
  // The root and the not-found page speak every language: so does their description.
  for (const path of ['', 'no/such/page']) {
    const description = descriptionOf(await (await request.get(path)).text());
    for (const lng of LANGUAGES) expect.soft(description, path || '/').toContain(common(lng).site.description);
  }
});

test.describe('the pages written in every language, as their HTML stands', () => {
  // axe runs as a script in the page; the app's own script is blocked instead, so that
  // the root does not move on to a language and 404.html is not re-rendered.
  test.use({ javaScriptEnabled: true });

  for (const [name, path, status] of [
    ['the root', '', 200],
    ['the not-found page', 'no/such/page', 404],
  ] as const)
    test(`${name} has no axe violations`, async ({ page, guard }) => {
      guard.allow(/Failed to load resource/);
      await page.route(/\.js(\?|$)/, (route) => route.abort());
      expect((await page.goto(path))?.status()).toBe(status);
      await expect(heading(page)).toHaveCount(1);
      await expectNoAxeViolations(page, name);
    });
});

/**
 * The HTML a reader without JavaScript gets, made so for checks that need script in the page: no
 * `<script>` and no module preload (nothing of the app runs), `<noscript>` unwrapped (the browser
 * shows its content when script is off). axe and the width measurement then run as in any page.
 */
const asWithoutJavaScript = (html: string) =>
  html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace(/<\/?noscript>/g, '');

test.describe('every pre-rendered page, as a reader without JavaScript gets it, 320 CSS pixels wide', () => {
  test.use({ javaScriptEnabled: true, viewport: { width: REFLOW_WIDTH, height: 640 } });
  // Many pages in a test (one per language and troubleshooter): each is static HTML, fast to open.
  test.describe.configure({ timeout: 120_000 });

  // Grouped by language and troubleshooter (publicPages() reads the flows from disk: asynchronous, so the
  // pages of each group are listed inside its test).
  const groups = LANGUAGES.flatMap((lng) => [lng, ...FLOWS.map((flow) => `${lng}/${flow.id}`)]);
  for (const group of groups)
    test(`${group}: one h1, its language, no sideways scrolling, no axe violations`, async ({ page }) => {
      await page.route(
        (url) => !url.pathname.includes('/assets/'),
        async (route) => {
          const response = await route.fetch();
          const html = asWithoutJavaScript(await response.text());
          expect(html).not.toMatch(/<script|<noscript/);
          await route.fulfill({ response, body: html });
        },
      );
      const members = (await publicPages()).filter(({ path }) => path.split('/').slice(0, 2).join('/') === group);
      expect(members.length).toBeGreaterThan(0);
      for (const { path, lang } of members) {
        await open(page, path, lang as Language);
        await expectNoHorizontalScroll(page);
        await expectNoAxeViolations(page, `${path} without JavaScript`);
      }
    });
});
