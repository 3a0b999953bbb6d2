/**
 * What a screen reader hears, and where focus goes, in Chromium: copying
 * without the Clipboard API keeps the reader's place, the error summary's
 * alert carries the error itself, a new step is announced once (by focus on
 * its h1), commands in running text are code, and the root has one
 * <title> once the app has started.
 */
import type { Page } from '@playwright/test';
import { common, continueButton, expect, FIRST_FLOW, heading, summaryReady, test } from './support.ts';

const flow = FIRST_FLOW;
const en = common('en');

/**
 * Waits until React owns the page (hydrated, or rendered afresh for 404.html)
 * and has settled. A page served without script (all advice on one page) has
 * its HTML only.
 */
async function appStarted(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  if ((await page.locator('script[type="module"]').count()) === 0) return;
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
  });
  await page.waitForLoadState('networkidle');
}

test.describe('Copy when the Clipboard API is refused (as in an embed without clipboard permission)', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
  });

  test('focus stays on the Copy button, and the next Tab goes to the element after it', async ({ page }) => {
    await page.goto(flow.stepUrl('en', flow.summaryId, flow.richPath));
    await summaryReady(page);
    const button = page.getByRole('button', { name: en.summary.copySummary });
    await expect(button).toBeEnabled();

    // Where Tab goes from the button when nothing was copied.
    await button.focus();
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.outerHTML);
    expect(next).toBeTruthy();

    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.copy__status').filter({ hasText: /\S/ }).first()).toBeVisible();
    await expect(button).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(next);
  });
});

test('the error summary’s alert carries the error message, not only its title', async ({ page }) => {
  const question = flow.questionIds[0] ?? '';
  const error = flow.text('en').questions[question]?.error ?? '';
  await page.goto(flow.stepUrl('en', question));
  await continueButton(page, 'en').click();

  const alert = page.getByRole('alert');
  // The alert has no name of its own that a screen reader would read instead of its content…
  await expect(alert).toHaveAccessibleName('');
  // …and its content, as Chromium's accessibility tree has it, is the title and the error.
  const tree = await alert.ariaSnapshot();
  expect(tree).toContain(en.question.errorSummaryTitle);
  expect(tree).toContain(error);
  // The focused box is not named by the title alone (which is all that was read before).
  const focusedName = await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'));
  expect(focusedName).toBeNull();
  await expect(page.locator('.error-summary')).toBeFocused();
});

test('a new step is announced once: focus on its h1, no live region repeating it', async ({ page }) => {
  const question = flow.questionIds[0] ?? '';
  const [first] = flow.richPath;
  await page.goto(flow.stepUrl('en', question));
  await expect(continueButton(page, 'en')).toBeEnabled();
  await page.locator(`label[for="${first?.[0]}-${first?.[1]}"]`).click();
  await continueButton(page, 'en').click();
  await expect(heading(page)).toBeFocused();
  const title = (await heading(page).textContent()) ?? '';
  expect(title).not.toBe('');
  const spoken = await page
    .locator('[aria-live]')
    .evaluateAll((regions) => regions.map((region) => region.textContent));
  expect(spoken.filter((text) => text?.includes(title))).toEqual([]);
});

test('a Change link is named as one sentence: "Change your answer for ‘…’", "Wijzig je antwoord bij ‘…’"', async ({
  page,
}) => {
  const [first, second] = flow.richPath;
  const given = [first, second].filter((pair) => pair !== undefined);
  const expected = { en: 'Change your answer for', nl: 'Wijzig je antwoord bij' } as const;
  for (const lng of ['en', 'nl'] as const) {
    await page.goto(flow.stepUrl(lng, flow.currentStep(given), given));
    const answers = page.getByRole('region', { name: common(lng).answers.heading });
    await expect(answers.getByRole('link').first()).toHaveAccessibleName(
      `${expected[lng]} ‘${flow.text(lng).questions[first?.[0] ?? '']?.short}’`,
    );
  }
});

test('a link that opens a new tab says so visibly', async ({ page }) => {
  await page.goto(flow.stepUrl('en', flow.summaryId, flow.richPath));
  await summaryReady(page);
  const note = page.locator('a[target="_blank"] .new-tab-note').first();
  await expect(note).toHaveText(en.summary.newTab);
  // Not a screen-reader-only clip of 1 px: it takes the room of its words.
  expect((await note.boundingBox())?.width ?? 0).toBeGreaterThan(40);
});

test('commands quoted in running text are code', async ({ page }) => {
  await page.goto(flow.stepUrl('en', 'all'));
  for (const command of ['Get-MsolCompanyInformation', '(Get-MgPolicyAuthorizationPolicy).AllowedToUseSspr']) {
    await expect(page.locator(':not(pre) > code', { hasText: command }).first()).toBeVisible();
  }
});

test.describe('one <title> once the app has started', () => {
  // Every page type is checked in page-audit.spec.ts; the root moves on to a language and is not one of them.
  const pages: readonly (readonly [string, string])[] = [['the language choice', '']];
  for (const [name, url] of pages) {
    test(name, async ({ page }) => {
      await page.goto(url);
      await appStarted(page);
      await expect(heading(page)).toBeVisible();
      // The document's titles (an SVG's <title>, as in the map's picture, names a shape).
      const titles = await page.evaluate(() =>
        [...document.querySelectorAll('title')].filter((title) => !title.closest('svg')).map((title) => title.text),
      );
      expect(titles).toHaveLength(1);
      expect(await page.title()).not.toBe('');
    });
  }
});
