import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type Page, test } from '@playwright/test';
import { ssprAdmin } from '../flows/sspr-admin/flow.ts';
import en from '../locales/en/sspr-admin.json' with { type: 'json' };
import nl from '../locales/nl/sspr-admin.json' with { type: 'json' };
import { questionIds } from '../src/engine/graph.ts';
import { answersToReach, common, dayToAsk, type Pairs, setDay, TODAY } from './support.ts';

/**
 * The wizard embedded in an intranet page on another origin, via the README's
 * snippet (e2e/host/intranet.html, served by e2e/host-server.mjs).
 */
const wizardPort = Number(process.env.E2E_PORT ?? 4321);
const hostPort = Number(process.env.E2E_HOST_PORT ?? wizardPort + 10);
const allowedHost = `http://localhost:${hostPort}`;
const otherHost = `http://localhost:${hostPort + 1}`;
const texts = { en, nl };

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
async function openHost(page: Page, { host = allowedHost, lang = 'en', step = '', pairs = [] as Pairs } = {}) {
  await page.goto(`${host}/intranet.html?lang=${lang}&step=${step}`);
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
    await expect(
      frame.getByRole('region', { name: common(lang === 'nl' ? 'nl' : 'en').answers.heading }),
    ).toBeVisible();
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

async function answer(frame: ReturnType<Page['frameLocator']>, label: string) {
  await frame.getByLabel(label, { exact: true }).check();
  await frame.getByRole('button', { name: 'Continue' }).click();
}

// The browser believes it is TODAY, as in the other specs (whose `test` does this), so dated advice is fixed.
test.beforeEach(async ({ page }) => {
  await setDay(page, TODAY);
});

test.describe('embedded in an allowed intranet page', () => {
  test.beforeEach(async ({ page }) => {
    await allowOrigins(page, [allowedHost]);
  });

  test('sizes itself to the content, growing and shrinking, with no inner scrollbar', async ({ page }) => {
    const { frame } = await openHost(page);
    // Embedded: no site header or footer.
    await expect(frame.locator('.site-header')).toHaveCount(0);
    await expect(frame.locator('.site-footer')).toHaveCount(0);
    const start = await settledHeight(page);

    await frame.getByRole('link', { name: 'Start now' }).click();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(en.questions.symptom.title);
    const question = await settledHeight(page);
    expect(question).not.toBe(start);

    // A long summary: walk there inside the iframe from a question.
    const { frame: again } = await openHost(page, { step: 'other-ways' });
    await answer(again, en.questions['other-ways'].options.neither.label);
    await answer(again, en.questions['reset-steps'].options.yes.label);
    await answer(again, en.questions['mobile-registered'].options['not-sure'].label);
    await answer(again, en.questions['phone-receives-sms'].options.internet.label);
    await expect(again.getByRole('heading', { level: 1 })).toHaveText('What is wrong and what to do');
    // The findings fill in after the heading (their own chunk of text).
    await expect(again.getByRole('button', { name: 'Print this summary' })).toBeVisible();
    const summary = await settledHeight(page);
    expect(summary).toBeGreaterThan(question + 500);

    // Back to a short page: the iframe shrinks again.
    await again.getByRole('link', { name: 'Back' }).first().click();
    await expect(again.getByRole('heading', { level: 1 })).toHaveText(en.questions['phone-receives-sms'].title);
    const shrunk = await settledHeight(page);
    expect(shrunk).toBeLessThan(summary - 500);
  });

  test('tells the host page, in order, which step was viewed, the answers, the summary and whether it solved it', async ({
    page,
  }) => {
    const { frame } = await openHost(page, { step: 'other-admin' });
    await answer(frame, en.questions['other-admin'].options.yes.label);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('What is wrong and what to do');
    await frame.getByRole('link', { name: 'Yes, it is solved' }).click();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Your problem is solved');

    await expect
      .poll(() => page.evaluate(() => (window as unknown as { wizardEvents: { type: string }[] }).wizardEvents.length))
      .toBeGreaterThanOrEqual(6);
    const events = await page.evaluate(
      () => (window as unknown as { wizardEvents: Record<string, unknown>[] }).wizardEvents,
    );
    expect(events.map(({ type, version, ...rest }) => ({ type, version, ...rest }))).toEqual([
      { type: 'diagnostic-wizard:step', version: 1, flow: 'sspr-admin', step: 'other-admin', lng: 'en' },
      { type: 'diagnostic-wizard:answer', version: 1, flow: 'sspr-admin', question: 'other-admin', option: 'yes' },
      { type: 'diagnostic-wizard:step', version: 1, flow: 'sspr-admin', step: 'summary', lng: 'en' },
      { type: 'diagnostic-wizard:summary', version: 1, flow: 'sspr-admin', findings: ['ask-other-admin'] },
      { type: 'diagnostic-wizard:solved', version: 1, flow: 'sspr-admin', solved: true },
      { type: 'diagnostic-wizard:step', version: 1, flow: 'sspr-admin', step: 'done', lng: 'en' },
    ]);
    // Every message came from the wizard's own origin, and none carries free text.
    const raw = await page.evaluate(() => (window as unknown as { rawMessages: { origin: string }[] }).rawMessages);
    expect(new Set(raw.map((message) => message.origin))).toEqual(new Set([`http://127.0.0.1:${wizardPort}`]));
  });

  test('a deep link to a step works inside the iframe, and the language switch keeps embed mode', async ({ page }) => {
    const { frame } = await openHost(page, { lang: 'nl', step: 'mobile-registered' });
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(nl.questions['mobile-registered'].title);
    await frame.getByRole('link', { name: 'Read this page in English' }).click();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(en.questions['mobile-registered'].title);
    await expect(frame.locator('.site-header')).toHaveCount(0);
    const src = await page.frames()[1]?.url();
    expect(src).toContain('/en/sspr-admin/mobile-registered');
    expect(src).toContain('embed=1');
  });

  test('focus moves inside the iframe without scrolling the host page, and the host brings the iframe top into view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 500 });
    const { frame } = await openHost(page, { step: 'symptom' });
    await settledHeight(page);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await answer(frame, en.questions.symptom.options.sms.label);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(en.questions['account-type'].title);
    await expect(frame.getByRole('heading', { level: 1 })).toBeFocused();
    await expect
      .poll(() => page.locator('iframe').evaluate((element) => Math.round(element.getBoundingClientRect().top)))
      .toBeGreaterThanOrEqual(0);
  });

  for (const lang of ['nl', 'en'] as const) {
    test(`sizes itself on every question (${lang})`, async ({ page }) => {
      const questions = questionIds(ssprAdmin);
      // Two page loads per question (the snippet's page, then the step with its earlier answers).
      test.setTimeout(questions.length * 15_000);
      for (const step of questions) {
        // On a day the question is asked (one is asked only from a date), with answers that lead to it.
        const day = dayToAsk(step);
        await setDay(page, day);
        const { frame } = await openHost(page, { lang, step, pairs: answersToReach(step, day) });
        await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
          texts[lang].questions[step as keyof (typeof en)['questions']].title,
        );
        await settledHeight(page);
      }
    });
  }

  test('has no accessibility violations inside the iframe', async ({ page }) => {
    await openHost(page, { step: 'account-type' });
    await settledHeight(page);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
      ),
    ).toEqual([]);
  });
});

test.describe('embedded in a page that is not allowed', () => {
  test('the host page receives no message at all, and the wizard still works', async ({ page }) => {
    await allowOrigins(page, [allowedHost]);
    const { frame } = await openHost(page, { host: otherHost, step: 'symptom' });
    await answer(frame, en.questions.symptom.options.email.label);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(en.questions['account-type'].title);
    // The host script asks with `hello` on load; an unknown origin gets no reply.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { rawMessages: unknown[] }).rawMessages)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { wizardEvents: unknown[] }).wizardEvents)).toEqual([]);
  });

  test('the wizard ignores messages from origins that are not allowed', async ({ page }) => {
    // Nothing allowed at all: even the hello from the framing page is ignored.
    await allowOrigins(page, []);
    await openHost(page, { step: 'symptom' });
    await page.evaluate((origin) => {
      const frame = document.querySelector('iframe')?.contentWindow;
      frame?.postMessage({ type: 'diagnostic-wizard:hello', version: 1 }, origin);
    }, `http://127.0.0.1:${wizardPort}`);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { rawMessages: unknown[] }).rawMessages)).toEqual([]);
  });
});
