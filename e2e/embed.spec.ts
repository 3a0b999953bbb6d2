import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type FrameLocator, type Page, test } from '@playwright/test';
import {
  AXE_TAGS,
  common,
  DONE_STEP,
  FIRST_FLOW,
  FLOWS,
  type FlowCase,
  LANGUAGES,
  type Language,
  languageName,
  type Pairs,
  setDay,
  TODAY,
} from './support.ts';

/**
 * The wizard embedded in an intranet page on another origin, via the README's
 * snippet (e2e/host/intranet.html, served by e2e/host-server.mjs).
 */
const wizardPort = Number(process.env.E2E_PORT ?? 4321);
const hostPort = Number(process.env.E2E_HOST_PORT ?? wizardPort + 10);
const allowedHost = `http://localhost:${hostPort}`;
const otherHost = `http://localhost:${hostPort + 1}`;

/** Serves the wizard's config.json allowing only `origins` to embed it. */
async function allowOrigins(page: Page, origins: string[]) {
  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ allowedOrigins: origins }) }),
  );
}

/**
 * Opens the intranet page with the snippet for `step`. The snippet names only
 * a step; earlier answers (`pairs`) are then added to the iframe's address,
 * as a link followed inside the iframe would carry them.
 */
async function openHost(
  page: Page,
  { flow = FIRST_FLOW, host = allowedHost, lang = 'en' as Language, step = '', pairs = [] as Pairs } = {},
) {
  await page.goto(`${host}/intranet.html?flow=${flow.id}&lang=${lang}&step=${step}`);
  const iframe = page.locator('iframe');
  await expect(iframe).toHaveCount(1);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  if (pairs.length > 0) {
    const src = await iframe.evaluate((element: HTMLIFrameElement, answers) => {
      const url = new URL(element.src);
      for (const [question, option] of answers) url.searchParams.append(question, option);
      element.src = url.href;
      return url.href;
    }, pairs);
    await expect.poll(() => page.frames()[1]?.url()).toBe(src);
    // The earlier answers are shown once the app has read them.
    await expect(frame.getByRole('region', { name: common(lang).answers.heading })).toBeVisible();
  }
  return { iframe, frame };
}

/** The iframe's height as set by the host script, once it has settled on the content's height. */
async function settledHeight(page: Page) {
  const iframe = page.locator('iframe');
  const frame = (await (await iframe.elementHandle())?.contentFrame()) as Frame;
  await expect
    .poll(async () => {
      const outer = await iframe.evaluate((element) => element.getBoundingClientRect().height);
      const inner = await frame.evaluate(() => document.querySelector('.frame')?.getBoundingClientRect().height ?? 0);
      return Math.abs(outer - Math.ceil(inner));
    })
    .toBeLessThanOrEqual(1);
  const noInnerScroll = await frame.evaluate(
    () =>
      document.documentElement.scrollHeight <= window.innerHeight + 1 &&
      document.documentElement.scrollWidth <= window.innerWidth,
  );
  expect(noInnerScroll, 'no scrollbar inside the iframe').toBe(true);
  return iframe.evaluate((element) => element.getBoundingClientRect().height);
}

/** Answers the question in the iframe by its option's label, then Continue. */
async function answer(frame: FrameLocator, flow: FlowCase, lng: Language, question: string, option: string) {
  await frame.getByRole('radio', { name: flow.label(lng, question, option), exact: true }).check();
  await frame.getByRole('button', { name: common(lng).question.continue, exact: true }).click();
}

const h1 = (frame: FrameLocator) => frame.getByRole('heading', { level: 1 });

// The browser believes it is TODAY, as in the other specs (whose `test` does this), so dated advice is fixed.
test.beforeEach(async ({ page }) => {
  await setDay(page, TODAY);
});

test.describe('embedded in an allowed intranet page', () => {
  test.beforeEach(async ({ page }) => {
    await allowOrigins(page, [allowedHost]);
  });

  // The host script's sizing is the same for every flow: growing and shrinking on one flow's long summary.
  test('sizes itself to the content, growing and shrinking, with no inner scrollbar', async ({ page }) => {
    const flow = FIRST_FLOW;
    const words = common('en');
    const { frame } = await openHost(page);
    // Embedded: no site header or footer.
    await expect(frame.locator('.site-header')).toHaveCount(0);
    await expect(frame.locator('.site-footer')).toHaveCount(0);
    const start = await settledHeight(page);

    await frame.getByRole('link', { name: words.start.button }).click();
    await expect(h1(frame)).toHaveText(flow.title('en', flow.flow.start));
    const question = await settledHeight(page);
    expect(question).not.toBe(start);

    // A long summary: the last question of the rich path, with the answers before it, then answered inside the iframe.
    const path = flow.richPath;
    const [last, option] = path.at(-1) as readonly [string, string];
    const { frame: again } = await openHost(page, { step: last, pairs: path.slice(0, -1) });
    await answer(again, flow, 'en', last, option);
    await expect(h1(again)).toHaveText(words.summary.title);
    // The findings fill in after the heading (their own chunk of text).
    await expect(again.getByRole('button', { name: words.summary.print })).toBeVisible();
    const summary = await settledHeight(page);
    expect(summary).toBeGreaterThan(question + 500);

    // Back to a short page: the iframe shrinks again.
    await again.getByRole('link', { name: words.question.back }).first().click();
    await expect(h1(again)).toHaveText(flow.title('en', last));
    const shrunk = await settledHeight(page);
    expect(shrunk).toBeLessThan(summary - 500);
  });

  // Focus handling is the same for every flow.
  test('focus moves inside the iframe without scrolling the host page, and the host brings the iframe top into view', async ({
    page,
  }) => {
    const flow = FIRST_FLOW;
    const [[first, option] = ['', ''], [second = ''] = []] = flow.richPath;
    await page.setViewportSize({ width: 800, height: 500 });
    const { frame } = await openHost(page, { step: first });
    await settledHeight(page);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await answer(frame, flow, 'en', first, option);
    await expect(h1(frame)).toHaveText(flow.title('en', second));
    await expect(h1(frame)).toBeFocused();
    await expect
      .poll(() => page.locator('iframe').evaluate((element) => Math.round(element.getBoundingClientRect().top)))
      .toBeGreaterThanOrEqual(0);
  });

  for (const flow of FLOWS) {
    test.describe(flow.id, () => {
      test('tells the host page, in order, each step viewed, the answers, the summary and whether it solved it', async ({
        page,
      }) => {
        // Today's shortest journey, answered inside the iframe from the first question.
        const path = flow.paths(TODAY).reduce((shortest, pairs) => (pairs.length < shortest.length ? pairs : shortest));
        const words = common('en');
        const { frame } = await openHost(page, { flow, step: flow.flow.start });
        for (const [question, option] of path) {
          await expect(h1(frame)).toHaveText(flow.title('en', question));
          await answer(frame, flow, 'en', question, option);
        }
        await expect(h1(frame)).toHaveText(words.summary.title);
        await frame.getByRole('link', { name: words.summary.solvedYes }).click();
        await expect(h1(frame)).toHaveText(words.done.title);

        const v = { version: 1, flow: flow.id };
        const expected = [
          ...path.flatMap(([question, option]) => [
            { type: 'diagnostic-wizard:step', ...v, step: question, lng: 'en' },
            { type: 'diagnostic-wizard:answer', ...v, question, option },
          ]),
          { type: 'diagnostic-wizard:step', ...v, step: flow.summaryId, lng: 'en' },
          { type: 'diagnostic-wizard:summary', ...v, findings: [...flow.findings(path)] },
          { type: 'diagnostic-wizard:solved', ...v, solved: true },
          { type: 'diagnostic-wizard:step', ...v, step: DONE_STEP, lng: 'en' },
        ];
        const events = () =>
          page.evaluate(() => (window as unknown as { wizardEvents: Record<string, unknown>[] }).wizardEvents);
        await expect.poll(async () => (await events()).length).toBeGreaterThanOrEqual(expected.length);
        expect((await events()).map(({ type, version, ...rest }) => ({ type, version, ...rest }))).toEqual(expected);
        // Every message came from the wizard's own origin, and none carries free text.
        const raw = await page.evaluate(() => (window as unknown as { rawMessages: { origin: string }[] }).rawMessages);
        expect(new Set(raw.map((message) => message.origin))).toEqual(new Set([`http://127.0.0.1:${wizardPort}`]));
      });

      test('a deep link to a step works inside the iframe, and the language switch keeps embed mode', async ({
        page,
      }) => {
        const [from, to] = [LANGUAGES.at(0), LANGUAGES.at(1)] as [Language, Language];
        const question =
          flow.questionIds.find((id) => id !== flow.flow.start && flow.dayToAsk(id) === flow.days[0]) ??
          flow.flow.start;
        const { frame } = await openHost(page, { flow, lang: from, step: question });
        await expect(h1(frame)).toHaveText(flow.title(from, question));
        await frame.getByRole('link', { name: languageName(to), exact: true }).click();
        await expect(h1(frame)).toHaveText(flow.title(to, question));
        await expect(frame.locator('.site-header')).toHaveCount(0);
        const src = page.frames()[1]?.url();
        expect(src).toContain(`/${to}/${flow.id}/${question}`);
        expect(src).toContain('embed=1');
      });

      // The host page once, then each question in the iframe with the answers that lead to it; the
      // languages take turns (axe and the journeys read every question in every language).
      test('sizes itself on every question', async ({ page }) => {
        test.setTimeout(Math.max(30_000, flow.questionIds.length * 5_000));
        const { iframe, frame } = await openHost(page, { flow, step: flow.flow.start });
        for (const [at, step] of flow.questionIds.entries()) {
          const lang = LANGUAGES[at % LANGUAGES.length] as Language;
          // On a day the question is asked (one may be asked only from a date), with answers that lead to it.
          const day = flow.dayToAsk(step);
          await setDay(page, day);
          const src = await iframe.evaluate(
            (element: HTMLIFrameElement, { path, pairs }) => {
              const url = new URL(element.src);
              url.pathname = url.pathname.replace(/[^/]+\/[^/]+\/[^/]*$/, path);
              url.search = '';
              for (const [question, option] of pairs) url.searchParams.append(question, option);
              url.searchParams.set('embed', '1');
              element.src = url.href;
              return url.href;
            },
            { path: `${lang}/${flow.id}/${step}`, pairs: flow.answersToReach(step, day) },
          );
          await expect.poll(() => page.frames()[1]?.url()).toBe(src);
          await expect(h1(frame)).toHaveText(flow.title(lang, step));
          await settledHeight(page);
        }
      });

      test('has no accessibility violations inside the iframe', async ({ page }) => {
        const [[first = '', option = ''] = []] = flow.richPath;
        await openHost(page, { flow, step: flow.currentStep([[first, option]]), pairs: [[first, option]] });
        await settledHeight(page);
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(
          results.violations.map(
            (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
          ),
        ).toEqual([]);
      });
    });
  }
});

// The origin checks are the same code for every flow: one flow suffices.
test.describe('embedded in a page that is not allowed', () => {
  test('the host page receives no message at all, and the wizard still works', async ({ page }) => {
    await allowOrigins(page, [allowedHost]);
    const [[first = '', option = ''] = []] = FIRST_FLOW.richPath;
    const { frame } = await openHost(page, { host: otherHost, step: first });
    await answer(frame, FIRST_FLOW, 'en', first, option);
    await expect(h1(frame)).toHaveText(FIRST_FLOW.title('en', FIRST_FLOW.currentStep([[first, option]])));
    // The host script asks with `hello` on load; an unknown origin gets no reply.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { rawMessages: unknown[] }).rawMessages)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { wizardEvents: unknown[] }).wizardEvents)).toEqual([]);
  });

  test('the wizard ignores messages from origins that are not allowed', async ({ page }) => {
    // Nothing allowed at all: even the hello from the framing page is ignored.
    await allowOrigins(page, []);
    await openHost(page, { step: FIRST_FLOW.flow.start });
    await page.evaluate((origin) => {
      const frame = document.querySelector('iframe')?.contentWindow;
      frame?.postMessage({ type: 'diagnostic-wizard:hello', version: 1 }, origin);
    }, `http://127.0.0.1:${wizardPort}`);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { rawMessages: unknown[] }).rawMessages)).toEqual([]);
  });
});
