/**
 * Accessibility as correctness, beyond the one audit per page type
 * (page-audit.spec.ts): axe (WCAG 2.2 AA tags) on the questions that differ in
 * shape, also in their error state (every question in every language with
 * `npm run test:exhaustive`), with each document title; the text-dependent
 * reflow at 320 CSS pixels (the longest question and the summary of every
 * flow in every language); link names without glyphs; focus on first load.
 */
import type { Page } from '@playwright/test';
import { nodeOf } from '../src/engine/graph.ts';
import { walk } from '../src/engine/walk.ts';
import { expectNoHorizontalScroll, REFLOW_WIDTH } from './reflow.ts';
import { inScope, languagesFor } from './scope.ts';
import {
  common,
  continueButton,
  expect,
  expectNoAxeViolations,
  FIRST_FLOW,
  FLOWS,
  type FlowCase,
  heading,
  LANGUAGES,
  type Language,
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
      });
    }
  });
}

test.describe('320 CSS pixels wide: no horizontal scrolling', () => {
  test.use({ viewport: { width: REFLOW_WIDTH, height: 640 } });
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
