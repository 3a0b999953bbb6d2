/**
 * Accessibility as correctness: axe (WCAG 2.2 AA tags) finds nothing on every
 * kind of page of every flow in every language (the questions that differ in
 * shape, each question with `npm run test:exhaustive`, also in the error
 * state, the summary, start, done and more-help), on the list and not-found
 * pages, in dark mode; and the pages reflow at 320 CSS pixels without a
 * horizontal scrollbar.
 */
import type { Page } from '@playwright/test';
import { nodeOf } from '../src/engine/graph.ts';
import { walk } from '../src/engine/walk.ts';
import { inScope, languagesFor } from './scope.ts';
import {
  common,
  continueButton,
  DONE_STEP,
  expect,
  expectNoAxeViolations,
  FIRST_FLOW,
  FLOWS,
  type FlowCase,
  heading,
  LANGUAGES,
  type Language,
  MORE_HELP_STEP,
  setDay,
  TODAY,
  test,
  toAnswers,
} from './support.ts';

/**
 * Opens a question as a deep link with a plausible set of earlier answers, on
 * a day it is asked (a question asked only from a date is opened on that
 * date), and its "how do I find out?" help.
 */
async function openQuestion(page: Page, flow: FlowCase, lng: Language, question: string): Promise<void> {
  const day = flow.dayToAsk(question);
  await setDay(page, day);
  await page.goto(flow.stepUrl(lng, question, flow.answersToReach(question, day)));
  await expect(heading(page)).toHaveText(flow.title(lng, question));
  const help = page.locator('details.details');
  if ((await help.count()) > 0) {
    await help.locator('summary').click();
    await expect(help).toHaveAttribute('open', '');
  }
}

async function openSummary(page: Page, flow: FlowCase, lng: Language): Promise<void> {
  await page.goto(flow.stepUrl(lng, flow.summaryId, flow.richPath));
  await expect(heading(page)).toHaveText(common(lng).summary.title);
  await expect(page.locator('.finding__title')).toHaveText(flow.findingTitles(lng, flow.richPath));
}

/**
 * The questions that differ in shape (the first question, one with help, one with an "I'm not
 * sure" option but no help, the last), which keeps the suite fast.
 */
const axeErrorStates = (flow: FlowCase) =>
  new Set(
    [
      flow.flow.start,
      flow.questionIds.find((id) => {
        const node = nodeOf(flow.flow, id);
        return node?.kind === 'question' && node.help === true;
      }),
      flow.questionIds.find((id) => {
        const node = nodeOf(flow.flow, id);
        return node?.kind === 'question' && !node.help && node.options.some((option) => option.notSure);
      }),
      flow.questionIds.at(-1),
    ].filter((id): id is string => id !== undefined),
  );

/** The longest question page: one with help and the most options (for dark mode and reflow). */
const longQuestion = (flow: FlowCase) =>
  flow.questionIds.reduce((longest, id) => {
    const options = (step: string) => {
      const node = nodeOf(flow.flow, step);
      return node?.kind === 'question' ? node.options.length + (node.help ? 100 : 0) : 0;
    };
    return options(id) > options(longest) ? id : longest;
  });

for (const flow of FLOWS) {
  test.describe(flow.id, () => {
    test('every question can be opened for the axe checks (on a day it is asked); the summary has many findings', () => {
      for (const question of flow.questionIds)
        expect(() => flow.answersToReach(question, flow.dayToAsk(question)), question).not.toThrow();
      const result = walk(flow.flow, toAnswers(flow.richPath), TODAY);
      expect(result.complete).toBe(true);
      // More than 3: enough for the summary's "On this page" list, so axe checks that too.
      expect(result.findings.length).toBeGreaterThan(3);
    });

    for (const lng of LANGUAGES) {
      test.describe(`axe, ${lng}`, () => {
        const errorStates = axeErrorStates(flow);
        // Questions differ in their text, not their markup: the ones that differ in shape, each in one
        // language, the languages taking turns (every question in every language with test:exhaustive).
        const questions = inScope(flow.questionIds, (id) => errorStates.has(id));
        for (const question of questions.filter((_, at) => languagesFor(LANGUAGES, at).includes(lng))) {
          const axeOnError = errorStates.has(question);
          test(`question ${question}${axeOnError ? ', also in its error state' : ''}`, async ({ page }) => {
            const text = flow.text(lng);
            await openQuestion(page, flow, lng, question);
            // The document title names the step.
            await expect(page).toHaveTitle(
              [text.questions[question]?.title, text.meta.title, common(lng).site.name].join(' – '),
            );
            await expectNoAxeViolations(page, `${flow.id} ${lng} ${question}`);

            await continueButton(page, lng).click();
            // Focus is on the summary's box; role alert is on the element inside it (GOV.UK Frontend v4.4.0).
            await expect(page.locator('.error-summary')).toBeFocused();
            await expect(page.locator(`#${question}-error`)).toContainText(text.questions[question]?.error ?? '');
            await expect(page).toHaveTitle(new RegExp(`^${common(lng).question.errorPrefix} `));
            if (axeOnError) await expectNoAxeViolations(page, `${flow.id} ${lng} ${question} (error)`);
          });
        }

        test('summary with many findings', async ({ page }) => {
          await openSummary(page, flow, lng);
          await expect(page.getByRole('navigation', { name: common(lng).summary.contentsHeading })).toBeVisible();
          await expectNoAxeViolations(page, `${flow.id} ${lng} summary`);
        });

        test('start, done and more-help pages', async ({ page }) => {
          test.skip(
            !languagesFor(LANGUAGES, FLOWS.indexOf(flow)).includes(lng),
            'one language per flow; all: test:exhaustive',
          );
          for (const [name, url, title] of [
            ['start page', flow.startUrl(lng), flow.text(lng).meta.title],
            ['done page', flow.stepUrl(lng, DONE_STEP, flow.richPath), common(lng).done.title],
            ['more-help page', flow.stepUrl(lng, MORE_HELP_STEP, flow.richPath), common(lng).moreHelp.title],
          ] as const) {
            await page.goto(url);
            await expect(heading(page)).toHaveText(title);
            await expectNoAxeViolations(page, `${flow.id} ${lng} ${name}`);
          }
        });
      });
    }
  });
}

for (const lng of LANGUAGES) {
  test.describe(`axe, ${lng}`, () => {
    for (const [name, url, title] of [
      ['flow list', `${lng}/`, common(lng).home.title],
      ['not-found page (unknown step)', FIRST_FLOW.stepUrl(lng, 'does-not-exist'), common(lng).notFound.title],
      ['not-found page (unknown path)', `${lng}/no-such-flow/at/all`, common(lng).notFound.title],
    ] as const) {
      test(name, async ({ page }) => {
        await page.goto(url);
        await expect(heading(page)).toHaveText(title);
        await expectNoAxeViolations(page, `${lng} ${name}`);
      });
    }
  });
}

// Colours are the same stylesheet for every flow: one flow suffices.
test.describe('axe, dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('a question, with help open and in its error state', async ({ page }) => {
    await openQuestion(page, FIRST_FLOW, 'en', longQuestion(FIRST_FLOW));
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await expectNoAxeViolations(page, 'dark question');
    await continueButton(page, 'en').click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page, 'dark question (error)');
  });

  test('the summary', async ({ page }) => {
    await openSummary(page, FIRST_FLOW, 'nl');
    await expectNoAxeViolations(page, 'dark summary');
  });
});

test.describe('320 CSS pixels wide: no horizontal scrolling', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  /** The page's scroll width, and (for a readable failure) the visible elements that stick out past 320px. */
  const expectNoHorizontalScroll = async (page: Page) => {
    const { width, culprits } = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      // The innermost visible elements whose own content sticks out (not those that scroll on purpose).
      culprits: [...document.querySelectorAll('main *')]
        .filter((element) => !element.closest('.visually-hidden') && element.clientWidth > 0)
        .filter((element) => element.scrollWidth > element.clientWidth + 1)
        .filter((element) => getComputedStyle(element).overflowX === 'visible')
        .filter((element) => ![...element.children].some((child) => child.scrollWidth > child.clientWidth + 1))
        .map((element) => `<${element.tagName.toLowerCase()}> ${(element.textContent ?? '').trim().slice(0, 90)}`),
    }));
    expect(width, `wider than 320px:\n${culprits.join('\n')}`).toBeLessThanOrEqual(320);
  };

  // The text decides what could stick out (a long word, a command): every flow, every language.
  for (const flow of FLOWS)
    for (const lng of LANGUAGES)
      test(`${flow.id}: the longest question, its error state and the summary (${lng})`, async ({ page }) => {
        await openQuestion(page, flow, lng, longQuestion(flow));
        await expectNoHorizontalScroll(page);
        await continueButton(page, lng).click();
        await expect(page.getByRole('alert')).toBeVisible();
        await expectNoHorizontalScroll(page);
        await openSummary(page, flow, lng);
        await expectNoHorizontalScroll(page);
      });
});

test('link names carry no decorative glyphs', async ({ page }) => {
  const words = common('en');
  await page.goto(FIRST_FLOW.startUrl('en'));
  const start = page.getByRole('link', { name: words.start.button });
  await expect(start).toBeVisible();
  await expect
    .soft(start, 'a screen reader reads the arrow after "Start now"')
    .toHaveAccessibleName(words.start.button, {
      timeout: 1000,
    });

  await page.goto(
    FIRST_FLOW.stepUrl('en', FIRST_FLOW.currentStep(FIRST_FLOW.richPath.slice(0, 1)), FIRST_FLOW.richPath.slice(0, 1)),
  );
  const back = page.getByRole('link', { name: new RegExp(`^\\W*${words.question.back}$`) });
  await expect(back).toBeVisible();
  await expect.soft(back, 'a screen reader reads the chevron before "Back"').toHaveAccessibleName(words.question.back, {
    timeout: 1000,
  });
});

test('focus is not moved on first load, only after navigation', async ({ page }) => {
  await page.goto(FIRST_FLOW.stepUrl('en', FIRST_FLOW.flow.start));
  await expect(heading(page)).toBeVisible();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: common('en').site.skipLink })).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
