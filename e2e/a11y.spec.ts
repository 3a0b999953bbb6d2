/**
 * Accessibility as correctness: axe (WCAG 2.2 AA tags) finds nothing on every
 * page of the flow in both languages, in the error state, in dark mode; and
 * the pages reflow at 320 CSS pixels without a horizontal scrollbar.
 */
import type { Page } from '@playwright/test';
import { nodeOf } from '../src/engine/graph.ts';
import { walk } from '../src/engine/walk.ts';
import {
  answersToReach,
  common,
  continueButton,
  dayToAsk,
  expect,
  expectNoAxeViolations,
  findingTitles,
  flow,
  flowText,
  LANGUAGES,
  type Language,
  questionIds,
  RICH_PATH,
  setDay,
  startUrl,
  stepUrl,
  summaryId,
  TODAY,
  test,
  toAnswers,
} from './support.ts';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/**
 * Opens a question as a deep link with a plausible set of earlier answers, on
 * a day it is asked (a question asked only from a date is opened on that
 * date), and its "how do I find out?" help.
 */
async function openQuestion(page: Page, lng: Language, question: string): Promise<void> {
  const day = dayToAsk(question);
  await setDay(page, day);
  await page.goto(stepUrl(lng, question, answersToReach(question, day)));
  await expect(heading(page)).toHaveText(flowText(lng).questions[question]?.title ?? question);
  const help = page.locator('details.details');
  if ((await help.count()) > 0) {
    await help.locator('summary').click();
    await expect(help).toHaveAttribute('open', '');
  }
}

async function openSummary(page: Page, lng: Language): Promise<void> {
  await page.goto(stepUrl(lng, summaryId, RICH_PATH));
  await expect(heading(page)).toHaveText(common(lng).summary.title);
}

test('the rich path reaches the summary with findings of every kind', () => {
  const result = walk(flow, toAnswers(RICH_PATH), TODAY);
  expect(result.complete).toBe(true);
  const kinds = new Set(result.findings.map((id) => flow.findings[id as keyof typeof flow.findings]?.kind));
  expect([...kinds].sort()).toEqual(['cause', 'check', 'escalation']);
  // More than 3: enough for the summary's "On this page" list, so axe checks that too.
  expect(result.findings.length).toBeGreaterThan(3);
});

/**
 * The error state is checked on every question; axe runs on it for a few that
 * differ in shape (the first question, one with help, one with an "I'm not
 * sure" option but no help, the last), which keeps the suite fast.
 */
const axeErrorStates = new Set(
  [
    flow.start,
    questionIds.find((id) => {
      const node = nodeOf(flow, id);
      return node?.kind === 'question' && node.help === true;
    }),
    questionIds.find((id) => {
      const node = nodeOf(flow, id);
      return node?.kind === 'question' && !node.help && node.options.some((option) => option.notSure);
    }),
    questionIds.at(-1),
  ].filter((id): id is string => id !== undefined),
);

test('axe checks the error state of several kinds of question', () => {
  expect(axeErrorStates.size).toBeGreaterThanOrEqual(4);
});

/** The longest question page: one with help and the most options (for dark mode and reflow). */
const LONG_QUESTION = questionIds.reduce((longest, id) => {
  const options = (step: string) => {
    const node = nodeOf(flow, step);
    return node?.kind === 'question' && node.help ? node.options.length : 0;
  };
  return options(id) > options(longest) ? id : longest;
});

test('every question is opened in the axe checks, including one asked only from a date', () => {
  const days = new Set(questionIds.map((question) => dayToAsk(question).today));
  expect(days.size, "some question is asked only from one of the flow's dates").toBeGreaterThan(1);
  for (const question of questionIds) expect(() => answersToReach(question, dayToAsk(question))).not.toThrow();
});

for (const lng of LANGUAGES) {
  test.describe(`axe, ${lng}`, () => {
    for (const question of questionIds) {
      const axeOnError = axeErrorStates.has(question);
      test(`question ${question}${axeOnError ? ', also in its error state' : ''}`, async ({ page }) => {
        const text = flowText(lng);
        await openQuestion(page, lng, question);
        // The document title names the step.
        await expect(page).toHaveTitle(
          [text.questions[question]?.title, text.meta.title, common(lng).site.name].join(' – '),
        );
        await expectNoAxeViolations(page, `${lng} ${question}`);

        await continueButton(page, lng).click();
        await expect(page.getByRole('alert')).toBeFocused();
        await expect(page.locator(`#${question}-error`)).toContainText(text.questions[question]?.error ?? '');
        await expect(page).toHaveTitle(new RegExp(`^${common(lng).question.errorPrefix} `));
        if (axeOnError) await expectNoAxeViolations(page, `${lng} ${question} (error)`);
      });
    }

    test('summary with many findings', async ({ page }) => {
      await openSummary(page, lng);
      await expect(page.locator('.finding__title')).toHaveText(findingTitles(lng, RICH_PATH));
      await expect(page.getByRole('navigation', { name: common(lng).summary.contentsHeading })).toBeVisible();
      await expectNoAxeViolations(page, `${lng} summary`);
    });

    for (const [name, url, title] of [
      ['flow list', `${lng}/`, common(lng).home.title],
      ['start page', startUrl(lng), flowText(lng).meta.title],
      ['done page', stepUrl(lng, 'done', RICH_PATH), common(lng).done.title],
      ['more-help page', stepUrl(lng, 'more-help', RICH_PATH), common(lng).moreHelp.title],
      ['not-found page (unknown step)', stepUrl(lng, 'does-not-exist'), common(lng).notFound.title],
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

test.describe('axe, dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('a question, with help open and in its error state', async ({ page }) => {
    await openQuestion(page, 'en', LONG_QUESTION);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await expectNoAxeViolations(page, 'dark question');
    await continueButton(page, 'en').click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page, 'dark question (error)');
  });

  test('the summary', async ({ page }) => {
    await openSummary(page, 'nl');
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

  for (const lng of LANGUAGES) {
    test(`a question (${lng})`, async ({ page }) => {
      await openQuestion(page, lng, LONG_QUESTION);
      await expectNoHorizontalScroll(page);
      await continueButton(page, lng).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoHorizontalScroll(page);
    });

    test(`the summary (${lng})`, async ({ page }) => {
      await openSummary(page, lng);
      await expectNoHorizontalScroll(page);
    });
  }
});

test('link names carry no decorative glyphs', async ({ page }) => {
  const words = common('en');
  await page.goto(startUrl('en'));
  const start = page.getByRole('link', { name: words.start.button });
  await expect(start).toBeVisible();
  await expect
    .soft(start, 'a screen reader reads the arrow after "Start now"')
    .toHaveAccessibleName(words.start.button, {
      timeout: 1000,
    });

  await page.goto(stepUrl('en', 'account-type', [['symptom', 'sms']]));
  const back = page.getByRole('link', { name: new RegExp(`^\\W*${words.question.back}$`) });
  await expect(back).toBeVisible();
  await expect.soft(back, 'a screen reader reads the chevron before "Back"').toHaveAccessibleName(words.question.back, {
    timeout: 1000,
  });
});

test('focus is not moved on first load, only after navigation', async ({ page }) => {
  await page.goto(stepUrl('en', 'symptom'));
  await expect(heading(page)).toBeVisible();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: common('en').site.skipLink })).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
