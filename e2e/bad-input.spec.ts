/**
 * Links that are wrong in some way (mistyped, out of date, forged): never a
 * crash or a blank page, always a localized message and a way forward.
 */
import { layoutShift } from './layout-shift.ts';
import {
  answer,
  backLink,
  common,
  expect,
  FIRST_FLOW,
  FLOWS,
  heading,
  LANGUAGES,
  languageLink,
  relativePath,
  searchOf,
  setDay,
  TODAY,
  test,
} from './support.ts';

/** URL handling is the same code for every flow; tests that use sspr-admin's ids say so. */
const F = FIRST_FLOW;

test.describe('unknown step', () => {
  // The link names the flow: every flow, the languages taking turns.
  for (const [at, flow] of FLOWS.entries()) {
    const lng = LANGUAGES[at % LANGUAGES.length] as (typeof LANGUAGES)[number];
    test(`shows a localized not-found page (${flow.id}, ${lng}) with a link to the flow's start`, async ({
      page,
      baseURL,
    }) => {
      const words = common(lng).notFound;
      const response = await page.goto(flow.stepUrl(lng, 'does-not-exist'));
      expect(response?.status()).toBe(404);
      await expect(heading(page)).toHaveText(words.title);
      await expect(page.getByText(words.flowBody)).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^${words.title}`));
      await expect(page.locator('html')).toHaveAttribute('lang', lng);

      await page.getByRole('link', { name: words.toFlow.replace('{{flow}}', flow.text(lng).meta.title) }).click();
      await expect(heading(page)).toHaveText(flow.text(lng).meta.title);
      expect(relativePath(page, baseURL)).toBe(flow.startUrl(lng));
    });
  }
});

test.describe('unknown flow', () => {
  for (const path of ['en/no-such-flow/', `en/no-such-flow/${F.flow.start}`]) {
    test(`${path} shows not-found with a link to the list of troubleshooters`, async ({ page, baseURL }) => {
      const words = common('en').notFound;
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(heading(page)).toHaveText(words.title);
      await expect(page.getByText(words.body)).toBeVisible();
      await page.getByRole('link', { name: words.toHome }).click();
      await expect(heading(page)).toHaveText(common('en').home.title);
      expect(relativePath(page, baseURL)).toBe('en/');
      for (const flow of FLOWS)
        await expect(page.getByRole('link', { name: flow.text('en').meta.title, exact: true })).toBeVisible();
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
        await page.goto(`fr/${F.id}/symptom?symptom=sms`);
        await expect(page).toHaveURL(`${baseURL}${lng}/${F.id}/symptom?symptom=sms`);
        await expect(heading(page)).toHaveText(F.text(lng).questions.symptom?.title ?? '');
        await expect(page.locator('#symptom-sms')).toBeChecked();
      });

      test(`a path without a language (${F.id}/) gets /${lng}/ in front`, async ({ page, baseURL }) => {
        await page.goto(`${F.id}/`);
        await expect(page).toHaveURL(`${baseURL}${lng}/${F.id}/`);
        await expect(heading(page)).toHaveText(F.text(lng).meta.title);

        await page.goto(`${F.id}/account-type?symptom=email`);
        await expect(page).toHaveURL(`${baseURL}${lng}/${F.id}/account-type?symptom=email`);
        await expect(heading(page)).toHaveText(F.text(lng).questions['account-type']?.title ?? '');
      });
    });
  }
});

test('junk parameters are dropped with a notice; the good answer is kept', { tag: '@paths' }, async ({
  page,
  baseURL,
}) => {
  const text = F.text('en');
  await page.goto(`${F.stepUrl('en', 'account-type')}?symptom=sms&foo=bar&account-type=maybe&symptom=email`);
  await expect(page).toHaveURL(`${baseURL}${F.stepUrl('en', 'account-type', [['symptom', 'sms']])}`);
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
  const next = F.currentStep([
    ['symptom', 'sms'],
    ['account-type', 'yes'],
  ]);
  await expect(heading(page)).toHaveText(text.questions[next]?.title ?? next);
});

test('one unknown option on a summary link: dropped, and the summary says what is missing', async ({ page }) => {
  await page.goto(`${F.stepUrl('en', F.summaryId)}?symptom=sms&account-type=yes&reset-page=typo`);
  await expect(page.getByRole('status').filter({ hasText: 'not recognised' })).toHaveText(
    common('en').notice.dropped_one,
  );
  expect(searchOf(page)).toBe('?symptom=sms&account-type=yes');
  await expect(heading(page)).toHaveText(common('en').summary.title);
  await expect(page.getByText(common('en').summary.incomplete)).toBeVisible();
  const next = F.currentStep([
    ['symptom', 'sms'],
    ['account-type', 'yes'],
  ]);
  await page
    .getByRole('link', {
      name: common('en').summary.incompleteLink.replace('{{question}}', F.text('en').questions[next]?.title ?? ''),
    })
    .click();
  await expect(heading(page)).toHaveText(F.text('en').questions[next]?.title ?? '');
});

test('embed=1 survives navigation', { tag: '@paths' }, async ({ page }) => {
  await page.goto(F.stepUrl('en', 'symptom', [], [['embed', '1']]));
  await answer(page, 'symptom', 'sms');
  expect(searchOf(page)).toBe('?symptom=sms&embed=1');
  await answer(page, 'account-type', 'yes');
  expect(searchOf(page)).toBe('?symptom=sms&account-type=yes&embed=1');

  await page.getByRole('link', { name: new RegExp(`^\\W*${common('en').question.back}$`) }).click();
  await expect(heading(page)).toHaveText(F.text('en').questions['account-type']?.title ?? '');
  expect(new URL(page.url()).searchParams.get('embed')).toBe('1');

  await languageLink(page, 'nl').click();
  await expect(heading(page)).toHaveText(F.text('nl').questions['account-type']?.title ?? '');
  expect(new URL(page.url()).searchParams.get('embed')).toBe('1');

  await page.getByRole('link', { name: common('nl').question.startAgain }).click();
  await expect(heading(page)).toHaveText(F.text('nl').meta.title);
  expect(searchOf(page)).toBe('?embed=1');
  await page.getByRole('link', { name: common('nl').start.button }).click();
  expect(searchOf(page)).toBe('?embed=1');
});

test.describe('a malformed percent-encoding never gives a blank page', () => {
  const notFound = common('en').notFound.title;
  for (const [where, url, title] of [
    ['in the step', `en/${F.id}/%E0%A4%A`, notFound],
    ['in the flow', 'en/%E0%A4%A/symptom', notFound],
    ['in the query', `en/${F.id}/symptom?symptom=%E0%A4%A`, F.text('en').questions.symptom?.title ?? ''],
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

test.describe('Back on a deep link that skips earlier answers', () => {
  test('the README’s example (sspr-admin): Back goes to the question the link skipped, every answer kept', async ({
    page,
    baseURL,
  }) => {
    // Before Microsoft stops sending texts: symptom=sms, account-type=yes lead to reset-page.
    await setDay(page, TODAY);
    const given = [
      ['symptom', 'sms'],
      ['account-type', 'yes'],
    ] as const;
    await page.goto(`${F.stepUrl('en', 'number-format')}?symptom=sms&account-type=yes`);
    await expect(page).toHaveURL(`${baseURL}${F.stepUrl('en', 'mobile-registered', given)}`);
    await expect(heading(page)).toHaveText(F.text('en').questions['mobile-registered']?.title ?? '');

    await backLink(page).click();
    await expect(heading(page)).toHaveText(F.text('en').questions['reset-page']?.title ?? '');
    expect(searchOf(page)).toBe('?symptom=sms&account-type=yes');

    await backLink(page).click();
    await expect(heading(page)).toHaveText(F.text('en').questions['account-type']?.title ?? '');
    expect(searchOf(page)).toBe('?symptom=sms&account-type=yes');
    await expect(page.locator('#account-type-yes')).toBeChecked();
  });
});

test('ids in another case, in the path and the query, are read and the address is rewritten in place', {
  tag: '@paths',
}, async ({ page, baseURL }) => {
  await page.goto(F.startUrl('en'));
  const entries = await page.evaluate(() => history.length);
  await page.goto(`EN/${F.id.toUpperCase()}/Account-Type?Symptom=SMS`);
  await expect(page).toHaveURL(`${baseURL}${F.stepUrl('en', 'account-type', [['symptom', 'sms']])}`);
  await expect(heading(page)).toHaveText(F.text('en').questions['account-type']?.title ?? '');
  await expect(page.getByRole('region', { name: common('en').answers.heading })).toContainText(
    F.text('en').questions.symptom?.options.sms?.label ?? 'sms',
  );
  await expect(page.getByText('not recognised')).toHaveCount(0);
  // Replaced, not pushed: one entry for the link opened, so Back does not return to the untidy link.
  expect(await page.evaluate(() => history.length)).toBe(entries + 1);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 });
  const given = [['symptom', 'sms']] as const;

  test('click ids and utm_* are no answers: no notice, no layout shift, left behind by the next step and the language switch', async ({
    page,
  }) => {
    const tracking = [
      ['fbclid', 'IwAR0x'],
      ['gclid', 'Cj0K'],
      ['utm_source', 'mail'],
    ] as const;
    await page.goto(F.stepUrl('en', 'account-type', given, tracking));
    await expect(page.getByRole('region', { name: common('en').answers.heading })).toBeVisible();
    await expect(page.getByText('not recognised')).toHaveCount(0);
    expect(await layoutShift(page)).toBe(0);

    await expect(languageLink(page, 'nl')).toHaveAttribute(
      'href',
      new RegExp(`/nl/${F.id}/account-type\\?symptom=sms$`),
    );
    await answer(page, 'account-type', 'yes');
    expect(searchOf(page)).toBe('?symptom=sms&account-type=yes');
  });

  test('a parameter not recognised: the notice appears after the page’s content, without a layout shift', async ({
    page,
  }) => {
    await page.goto(F.stepUrl('en', 'account-type', given, [['colour', 'red']]));
    const notice = page.getByRole('status').filter({ hasText: 'not recognised' });
    await expect(notice).toHaveText(common('en').notice.dropped_one);
    expect(searchOf(page)).toBe('?symptom=sms');
    expect(await layoutShift(page)).toBe(0);
  });
});
