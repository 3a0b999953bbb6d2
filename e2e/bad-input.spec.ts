/**
 * Links that are wrong in some way (mistyped, out of date, forged): never a
 * crash or a blank page, always a localized message and a way forward.
 */
import type { Page } from '@playwright/test';
import {
  answer,
  common,
  currentStep,
  expect,
  FLOW_ID,
  flowText,
  LANGUAGES,
  relativePath,
  searchOf,
  startUrl,
  stepUrl,
  test,
} from './support.ts';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('unknown step', () => {
  for (const lng of LANGUAGES) {
    test(`shows a localized not-found page (${lng}) with a link to the flow's start`, async ({ page, baseURL }) => {
      const words = common(lng).notFound;
      const response = await page.goto(stepUrl(lng, 'does-not-exist'));
      expect(response?.status()).toBe(404);
      await expect(heading(page)).toHaveText(words.title);
      await expect(page.getByText(words.flowBody)).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^${words.title}`));
      await expect(page.locator('html')).toHaveAttribute('lang', lng);

      await page.getByRole('link', { name: words.toFlow.replace('{{flow}}', flowText(lng).meta.title) }).click();
      await expect(heading(page)).toHaveText(flowText(lng).meta.title);
      expect(relativePath(page, baseURL)).toBe(startUrl(lng));
    });
  }

  test('the English page says so in plain words', async ({ page }) => {
    await page.goto(stepUrl('en', 'does-not-exist'));
    await expect(heading(page)).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: `Go to the start of ${flowText('en').meta.title}` })).toBeVisible();
  });
});

test.describe('unknown flow', () => {
  for (const path of ['en/no-such-flow/', 'en/no-such-flow/symptom']) {
    test(`${path} shows not-found with a link to the list of troubleshooters`, async ({ page, baseURL }) => {
      const words = common('en').notFound;
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(heading(page)).toHaveText(words.title);
      await expect(page.getByText(words.body)).toBeVisible();
      await page.getByRole('link', { name: words.toHome }).click();
      await expect(heading(page)).toHaveText(common('en').home.title);
      expect(relativePath(page, baseURL)).toBe('en/');
      await expect(page.getByRole('link', { name: flowText('en').meta.title })).toBeVisible();
    });
  }
});

test.describe('unknown language', () => {
  for (const [locale, lng] of [
    ['en-GB', 'en'],
    ['nl-NL', 'nl'],
  ] as const) {
    test.describe(locale, () => {
      test.use({ locale });
      test(`fr/… goes to /${lng}/ on the same path, with the same query`, async ({ page, baseURL }) => {
        await page.goto(`fr/${FLOW_ID}/symptom?symptom=sms`);
        await expect(page).toHaveURL(`${baseURL}${lng}/${FLOW_ID}/symptom?symptom=sms`);
        await expect(heading(page)).toHaveText(flowText(lng).questions.symptom?.title ?? '');
        await expect(page.locator('#symptom-sms')).toBeChecked();
      });

      test(`a path without a language (${FLOW_ID}/) gets /${lng}/ in front`, async ({ page, baseURL }) => {
        await page.goto(`${FLOW_ID}/`);
        await expect(page).toHaveURL(`${baseURL}${lng}/${FLOW_ID}/`);
        await expect(heading(page)).toHaveText(flowText(lng).meta.title);

        await page.goto(`${FLOW_ID}/account-type?symptom=email`);
        await expect(page).toHaveURL(`${baseURL}${lng}/${FLOW_ID}/account-type?symptom=email`);
        await expect(heading(page)).toHaveText(flowText(lng).questions['account-type']?.title ?? '');
      });
    });
  }
});

test('junk parameters are dropped with a notice; the good answer is kept', async ({ page, baseURL }) => {
  const text = flowText('en');
  await page.goto(`${stepUrl('en', 'account-type')}?symptom=sms&foo=bar&account-type=maybe&symptom=email`);
  await expect(page).toHaveURL(`${baseURL}${stepUrl('en', 'account-type', [['symptom', 'sms']])}`);
  await expect(heading(page)).toHaveText(text.questions['account-type']?.title ?? '');
  // foo (no such question), account-type=maybe (no such option), the second symptom (a duplicate).
  await expect(page.getByRole('status').filter({ hasText: 'not recognised' })).toHaveText(
    common('en').notice.dropped_other.replace('{{count}}', '3'),
  );
  await expect(page.getByRole('region', { name: common('en').answers.heading })).toContainText(
    text.questions.symptom?.options.sms?.label ?? 'sms',
  );
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);

  await answer(page, 'account-type', 'yes');
  expect(searchOf(page)).toBe('?symptom=sms&account-type=yes');
  const next = currentStep([
    ['symptom', 'sms'],
    ['account-type', 'yes'],
  ]);
  await expect(heading(page)).toHaveText(text.questions[next]?.title ?? next);
});

test('one unknown option on a summary link: dropped, and the summary says what is missing', async ({ page }) => {
  await page.goto(`${stepUrl('en', 'summary')}?symptom=sms&account-type=yes&reset-page=typo`);
  await expect(page.getByRole('status').filter({ hasText: 'not recognised' })).toHaveText(
    common('en').notice.dropped_one,
  );
  expect(searchOf(page)).toBe('?symptom=sms&account-type=yes');
  await expect(heading(page)).toHaveText(common('en').summary.title);
  await expect(page.getByText(common('en').summary.incomplete)).toBeVisible();
  const next = currentStep([
    ['symptom', 'sms'],
    ['account-type', 'yes'],
  ]);
  await page
    .getByRole('link', {
      name: common('en').summary.incompleteLink.replace('{{question}}', flowText('en').questions[next]?.title ?? ''),
    })
    .click();
  await expect(heading(page)).toHaveText(flowText('en').questions[next]?.title ?? '');
});

test('embed=1 survives navigation', async ({ page }) => {
  await page.goto(stepUrl('en', 'symptom', [], [['embed', '1']]));
  await answer(page, 'symptom', 'sms');
  expect(searchOf(page)).toBe('?symptom=sms&embed=1');
  await answer(page, 'account-type', 'yes');
  expect(searchOf(page)).toBe('?symptom=sms&account-type=yes&embed=1');

  await page.getByRole('link', { name: new RegExp(`^\\W*${common('en').question.back}$`) }).click();
  await expect(heading(page)).toHaveText(flowText('en').questions['account-type']?.title ?? '');
  expect(new URL(page.url()).searchParams.get('embed')).toBe('1');

  await page.getByRole('link', { name: common('en').site.switchTo }).click();
  await expect(heading(page)).toHaveText(flowText('nl').questions['account-type']?.title ?? '');
  expect(new URL(page.url()).searchParams.get('embed')).toBe('1');

  await page.getByRole('link', { name: common('nl').question.startAgain }).click();
  await expect(heading(page)).toHaveText(flowText('nl').meta.title);
  expect(searchOf(page)).toBe('?embed=1');
  await page.getByRole('link', { name: common('nl').start.button }).click();
  expect(searchOf(page)).toBe('?embed=1');
});

test.describe('a malformed percent-encoding never gives a blank page', () => {
  const notFound = common('en').notFound.title;
  for (const [where, url, title] of [
    ['in the step', `en/${FLOW_ID}/%E0%A4%A`, notFound],
    ['in the flow', 'en/%E0%A4%A/symptom', notFound],
    ['in the query', `en/${FLOW_ID}/symptom?symptom=%E0%A4%A`, flowText('en').questions.symptom?.title ?? ''],
  ] as const) {
    test(where, async ({ page }) => {
      await page.goto(url);
      await expect(heading(page)).toHaveText(title);
      await expect(page.getByRole('banner')).toBeVisible();
      await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
      if (where === 'in the query') {
        await expect(page.getByRole('status').filter({ hasText: 'not recognised' })).toBeVisible();
        expect(searchOf(page)).toBe('');
      }
    });
  }
});
