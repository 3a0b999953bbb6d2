/**
 * The journeys people take through the wizard: start to summary in both
 * languages, deep links, reload and history, language switch, changing
 * answers, errors, focus, and everything the summary offers.
 */
import {
  answer,
  answerAll,
  COMMAND_PATH,
  common,
  continueButton,
  currentStep,
  expect,
  expectSummaryGroups,
  FLOW_ID,
  findingTitles,
  flowText,
  guardRequests,
  type Language,
  type Pairs,
  query,
  RICH_PATH,
  relativePath,
  searchOf,
  setDay,
  startUrl,
  stepUrl,
  summaryGroups,
  summaryId,
  summaryReady,
  TODAY,
  test,
} from './support.ts';

/** A text-message path with a cause, a check and an escalation. */
const EN_PATH: Pairs = [
  ['symptom', 'sms'],
  ['account-type', 'not-sure'],
  ['reset-page', 'methods'],
  ['other-ways', 'neither'],
  ['reset-steps', 'yes'],
  ['mobile-registered', 'no-country-code'],
];

/** An email path: the reset mail was in the junk folder. */
const NL_PATH: Pairs = [
  ['symptom', 'email'],
  ['account-type', 'yes'],
  ['reset-page', 'methods'],
  ['other-ways', 'other-admin'],
  ['reset-steps', 'yes'],
  ['alternate-email', 'yes'],
  ['junk-folder', 'found-it'],
];

/** A path with things to check and an escalation but no cause: the summary has no "Most likely cause". */
const NO_CAUSE_PATH: Pairs = [
  ['symptom', 'both'],
  ['account-type', 'not-sure'],
  ['reset-page', 'not-sure'],
  ['other-ways', 'neither'],
  ['reset-steps', 'yes'],
  ['alternate-email', 'yes'],
  ['junk-folder', 'not-checked'],
  ['mobile-registered', 'yes'],
  ['phone-receives-sms', 'yes'],
];

const heading = (page: import('@playwright/test').Page) => page.getByRole('heading', { level: 1 });
const findingHeadings = (page: import('@playwright/test').Page) => page.locator('.finding__title');
/** The Back link of the step navigation (a decorative chevron may come before its text). */
const backLink = (page: import('@playwright/test').Page, lng: Language = 'en') =>
  page.getByRole('link', { name: new RegExp(`^\\W*${common(lng).question.back}$`) });

for (const [lng, path, concrete] of [
  ['en', EN_PATH, ['The mobile number has no country code', 'Call Microsoft support for business']],
  ['nl', NL_PATH, []],
] as const) {
  test(`full path in ${lng}: start page to summary`, async ({ page, baseURL }) => {
    expect(currentStep(path), 'the path ends on the summary').toBe(summaryId);
    const text = flowText(lng);
    await page.goto(startUrl(lng));
    await expect(heading(page)).toHaveText(text.meta.title);
    await page.getByRole('link', { name: common(lng).start.button }).click();

    for (const [question, option] of path) {
      await expect(heading(page)).toHaveText(text.questions[question]?.title ?? question);
      await answer(page, question, option);
    }

    expect(relativePath(page, baseURL)).toBe(`${lng}/${FLOW_ID}/${summaryId}`);
    expect(searchOf(page)).toBe(query(path));
    await expect(heading(page)).toHaveText(common(lng).summary.title);
    const expected = findingTitles(lng, path);
    expect(expected.length).toBeGreaterThan(1);
    await expect(findingHeadings(page)).toHaveText(expected);
    for (const title of concrete) await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();
    // Grouped as summary-plan orders them: the most likely cause first.
    await expectSummaryGroups(page, summaryGroups(lng, path));
  });
}

test.describe('the summary leads with the most likely cause', () => {
  for (const [name, path, lng] of [
    ['a cause, other causes and checks, and who can help', RICH_PATH, 'en'],
    ['the same in Dutch', RICH_PATH, 'nl'],
    ['no cause: "Things to check" instead of "Also check"', NO_CAUSE_PATH, 'en'],
    ['a cause and who can help', COMMAND_PATH, 'nl'],
  ] as const) {
    test(name, async ({ page }) => {
      const groups = summaryGroups(lng, path);
      const words = common(lng).summary;
      if (path === NO_CAUSE_PATH) {
        expect(groups.map(({ heading }) => heading)).toEqual([words.checksHeading, words.escalationHeading]);
      } else {
        expect(groups[0]?.heading).toBe(words.leadHeading);
        expect(groups[0]?.titles).toHaveLength(1);
      }
      await page.goto(stepUrl(lng, summaryId, path));
      await expect(heading(page)).toHaveText(words.title);
      await expectSummaryGroups(page, groups);
      await expect(findingHeadings(page)).toHaveText(findingTitles(lng, path));
    });
  }
});

test.describe('the root picks the language from the browser', () => {
  for (const [locale, lng] of [
    ['en-GB', 'en'],
    ['nl-NL', 'nl'],
    ['fr-FR', 'nl'],
  ] as const) {
    test.describe(locale, () => {
      test.use({ locale });
      test(`/ redirects to /${lng}/`, async ({ page, baseURL }) => {
        await page.goto('');
        await expect(page).toHaveURL(`${baseURL}${lng}/`);
        await expect(heading(page)).toHaveText(common(lng).home.title);
        await expect(page.locator('html')).toHaveAttribute('lang', lng);
      });
    });
  }
});

test.describe('deep links', () => {
  test('a mid-flow step without answers shows that question and goes on from it', async ({ page, baseURL }) => {
    const text = flowText('en');
    await page.goto(stepUrl('en', 'mobile-registered'));
    await expect(heading(page)).toHaveText('Which number is registered for your account?');
    await expect(heading(page)).toHaveText(text.questions['mobile-registered']?.title ?? '');

    await answer(page, 'mobile-registered', 'not-sure');
    const next = currentStep([['mobile-registered', 'not-sure']]);
    expect(next).toBe('phone-receives-sms');
    expect(relativePath(page, baseURL)).toBe(`en/${FLOW_ID}/${next}`);
    expect(searchOf(page)).toBe('?mobile-registered=not-sure');
    await expect(heading(page)).toHaveText(text.questions[next]?.title ?? next);
  });

  test('a pre-filled summary link shows the same findings to someone else', async ({ page, browser, baseURL }) => {
    await page.goto(stepUrl('en', 'symptom'));
    await answerAll(page, COMMAND_PATH);
    await expect(heading(page)).toHaveText(common('en').summary.title);
    await summaryReady(page);
    const walked = await findingHeadings(page).allTextContents();
    expect(walked).toEqual(findingTitles('en', COMMAND_PATH));
    const link = page.url();

    const context = await browser.newContext({ baseURL });
    try {
      const other = await context.newPage();
      await setDay(other, TODAY);
      const guard = guardRequests(other, new URL(baseURL ?? '').hostname);
      await other.goto(link);
      await expect(heading(other)).toHaveText(common('en').summary.title);
      await expect(findingHeadings(other)).toHaveText(walked);
      expect(other.url()).toBe(link);
      guard.check();
    } finally {
      await context.close();
    }
  });
});

/** The reader's first two answers, and the labels the page shows for them. */
const SMS_ADMIN: Pairs = [
  ['symptom', 'sms'],
  ['account-type', 'yes'],
];
const label = (question: string, option: string, lng: Language = 'en') =>
  flowText(lng).questions[question]?.options[option]?.label ?? option;
const smsLabel = label('symptom', 'sms');
const adminLabel = label('account-type', 'yes');

test.describe('reload and history', () => {
  test('reload and back/forward keep the answers and the checked radio', async ({ page }) => {
    const en = flowText('en');
    const next = currentStep(SMS_ADMIN);
    await page.goto(stepUrl('en', 'symptom'));
    await answerAll(page, SMS_ADMIN);
    await expect(heading(page)).toHaveText(en.questions[next]?.title ?? '');

    await page.reload();
    await expect(heading(page)).toHaveText(en.questions[next]?.title ?? '');
    expect(searchOf(page)).toBe(query(SMS_ADMIN));
    const answers = page.getByRole('region', { name: common('en').answers.heading });
    await expect(answers).toContainText(smsLabel);
    await expect(answers).toContainText(adminLabel);

    // The Back link reopens the previous question with its answer checked.
    await backLink(page).click();
    await expect(heading(page)).toHaveText(en.questions['account-type']?.title ?? '');
    expect(searchOf(page)).toBe(query(SMS_ADMIN));
    await expect(page.getByRole('radio', { name: adminLabel, exact: true })).toBeChecked();

    await page.reload();
    await expect(page.getByRole('radio', { name: adminLabel, exact: true })).toBeChecked();

    await page.goBack();
    await expect(heading(page)).toHaveText(en.questions[next]?.title ?? '');
    expect(searchOf(page)).toBe(query(SMS_ADMIN));

    await page.goForward();
    await expect(heading(page)).toHaveText(en.questions['account-type']?.title ?? '');
    await expect(page.getByRole('radio', { name: adminLabel, exact: true })).toBeChecked();
    expect(searchOf(page)).toBe(query(SMS_ADMIN));
  });

  test('browser back after Continue shows the answer just given on that question', async ({ page }) => {
    const en = flowText('en');
    await page.goto(stepUrl('en', 'symptom'));
    await answerAll(page, SMS_ADMIN);

    await page.goBack();
    await expect(heading(page)).toHaveText(en.questions['account-type']?.title ?? '');
    // The earlier answer is kept …
    await expect(page.getByRole('region', { name: common('en').answers.heading })).toContainText(smsLabel);
    // … and so is the one given on this page before going on (GOV.UK: "in the state they last saw it").
    await expect(page.getByRole('radio', { name: adminLabel, exact: true })).toBeChecked({ timeout: 2000 });

    await page.goBack();
    await expect(heading(page)).toHaveText(en.questions.symptom?.title ?? '');
    await expect(page.getByRole('radio', { name: smsLabel, exact: true })).toBeChecked({ timeout: 2000 });

    await page.goForward();
    await page.goForward();
    await expect(heading(page)).toHaveText(en.questions[currentStep(SMS_ADMIN)]?.title ?? '');
    expect(searchOf(page)).toBe(query(SMS_ADMIN));
  });
});

test('switching language mid-flow keeps the step, the answers and the checked radio', async ({ page, baseURL }) => {
  const answers: Pairs = [...SMS_ADMIN, ['reset-page', 'not-enabled']];
  await page.goto(stepUrl('en', 'reset-page', answers));
  await expect(page.locator('#reset-page-not-enabled')).toBeChecked();
  const search = searchOf(page);

  for (const [from, to] of [
    ['en', 'nl'],
    ['nl', 'en'],
  ] as const satisfies readonly (readonly [Language, Language])[]) {
    await page.getByRole('link', { name: common(from).site.switchTo }).click();
    await expect(heading(page)).toHaveText(flowText(to).questions['reset-page']?.title ?? '');
    expect(relativePath(page, baseURL)).toBe(`${to}/${FLOW_ID}/reset-page`);
    expect(searchOf(page)).toBe(search);
    await expect(page.locator('html')).toHaveAttribute('lang', to);
    await expect(page.locator('#reset-page-not-enabled')).toBeChecked();
    await expect(continueButton(page, to)).toBeVisible();
  }
  await expect(heading(page)).toHaveText('What did the reset page show after you entered your user name?');
});

test.describe('changing an earlier answer', () => {
  const path: Pairs = [
    ['symptom', 'sms'],
    ['account-type', 'yes'],
    ['reset-page', 'methods'],
    ['other-ways', 'other-admin'],
    ['reset-steps', 'yes'],
  ];
  const changeLink = (page: import('@playwright/test').Page, question: string) => {
    const words = common('en').answers;
    const short = flowText('en').questions[question]?.short ?? question;
    return page.getByRole('link', { name: `${words.change} ${words.changeHidden.replace('{{question}}', short)}` });
  };

  test('a changed answer keeps the later answers that still fit', async ({ page }) => {
    const en = flowText('en');
    const here = currentStep(path);
    await page.goto(stepUrl('en', here, path));
    await expect(heading(page)).toHaveText(en.questions[here]?.title ?? '');

    await changeLink(page, 'reset-page').click();
    await expect(heading(page)).toHaveText(en.questions['reset-page']?.title ?? '');
    await expect(page.locator('#reset-page-methods')).toBeChecked();
    await answer(page, 'reset-page', 'not-sure');

    // The later answers still fit the path, so they are all kept …
    const changed: Pairs = path.map(([question, option]) => [
      question,
      question === 'reset-page' ? 'not-sure' : option,
    ]);
    expect(searchOf(page)).toBe(query(changed));
    // … and Continue leads on to the first question still open: where the reader was.
    await expect(heading(page)).toHaveText(en.questions[currentStep(changed)]?.title ?? '');
    const answers = page.getByRole('region', { name: common('en').answers.heading });
    await expect(answers).toContainText(label('reset-page', 'not-sure'));
    await expect(answers).toContainText(label('other-ways', 'other-admin'));
    await expect(answers).toContainText(label('reset-steps', 'yes'));

    // Reopening a later question shows its kept answer.
    await changeLink(page, 'other-ways').click();
    await expect(page.locator('#other-ways-other-admin')).toBeChecked();
  });

  test('changing the symptom from text message to email leads down the email branch', async ({ page }) => {
    const en = flowText('en');
    await page.goto(stepUrl('en', currentStep(path), path));
    await expect(heading(page)).toHaveText(en.questions['mobile-registered']?.title ?? '');
    await changeLink(page, 'symptom').click();
    await expect(page.locator('#symptom-sms')).toBeChecked();
    await answer(page, 'symptom', 'email');

    const changed: Pairs = [['symptom', 'email'], ...path.slice(1)];
    expect(searchOf(page)).toBe(query(changed));
    // The later answers still fit, so the next open question is on the email branch.
    expect(currentStep(changed)).toBe('alternate-email');
    await expect(heading(page)).toHaveText(en.questions['alternate-email']?.title ?? '');
  });
});

test('Continue with nothing chosen shows the error summary and the inline error', async ({ page }) => {
  const text = common('en').question;
  const question = flowText('en').questions.symptom;
  await page.goto(stepUrl('en', 'symptom'));
  await continueButton(page).click();

  const summary = page.getByRole('alert');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(text.errorSummaryTitle);
  await expect(summary).toContainText('Select what does not arrive');
  await expect(page.locator('#symptom-error')).toHaveText(`${text.errorPrefix} ${question?.error}`);
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole('group', { name: question?.title })).toHaveAccessibleDescription(
    new RegExp(question?.error ?? ''),
  );
  expect(searchOf(page)).toBe('');

  // The error's link takes you to the first radio.
  await summary.getByRole('link', { name: question?.error }).click();
  await expect(page.locator('#symptom-email')).toBeFocused();

  await answer(page, 'symptom', 'email');
  await expect(heading(page)).toHaveText(flowText('en').questions['account-type']?.title ?? '');
  await expect(page).not.toHaveTitle(/^Error:/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('focus moves to the new heading after Continue', async ({ page }) => {
  await page.goto(stepUrl('en', 'symptom'));
  await answer(page, 'symptom', 'both');
  await expect(heading(page)).toBeFocused();
  const active = await page.evaluate(() => ({
    tag: document.activeElement?.tagName,
    text: document.activeElement?.textContent,
  }));
  expect(active).toEqual({ tag: 'H1', text: flowText('en').questions['account-type']?.title });
});

test('Back returns to the previous step with the answers; Start again drops them', async ({ page, baseURL }) => {
  const en = flowText('en');
  await page.goto(stepUrl('en', 'symptom'));
  await answer(page, 'symptom', 'sms');
  await answer(page, 'account-type', 'not-sure');
  const next = currentStep([
    ['symptom', 'sms'],
    ['account-type', 'not-sure'],
  ]);
  await expect(heading(page)).toHaveText(en.questions[next]?.title ?? next);

  await backLink(page).click();
  await expect(heading(page)).toHaveText(en.questions['account-type']?.title ?? '');
  expect(searchOf(page)).toBe('?symptom=sms&account-type=not-sure');
  await expect(page.locator('#account-type-not-sure')).toBeChecked();

  await page.getByRole('link', { name: common('en').question.startAgain }).click();
  await expect(heading(page)).toHaveText(en.meta.title);
  expect(relativePath(page, baseURL)).toBe(startUrl('en'));
  expect(searchOf(page)).toBe('');
  await expect(page.getByRole('link', { name: common('en').start.resume })).toHaveCount(0);
  await page.getByRole('link', { name: common('en').start.button }).click();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test.describe('the summary', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  const summaryUrl = stepUrl('en', summaryId, COMMAND_PATH);
  const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

  test('Copy summary puts the link and the findings on the clipboard', async ({ page }) => {
    await page.goto(summaryUrl);
    await page.getByRole('button', { name: common('en').summary.copySummary }).click();
    await expect(page.getByText(common('en').summary.copySummaryDone)).toBeVisible();
    const copied = await clipboard(page);
    expect(copied).toContain(page.url());
    expect(copied).toContain('Password reset for administrators is turned off');
    for (const title of findingTitles('en', COMMAND_PATH)) expect(copied).toContain(title);
  });

  test("a command's Copy button copies the command", async ({ page }) => {
    const [first] = (flowText('en').findings['admin-sspr-off']?.steps ?? []).flatMap((step) =>
      typeof step === 'string' ? [] : [step.code],
    );
    expect(first).toBe('Install-Module Microsoft.Graph -Scope CurrentUser');
    await page.goto(summaryUrl);
    const command = page.locator('.command').filter({ hasText: first ?? '' });
    await command.getByRole('button', { name: new RegExp(`^${common('en').summary.copy}\\b`) }).click();
    await expect(command.getByRole('status')).toHaveText(common('en').summary.copied);
    expect(await clipboard(page)).toBe(first);
  });

  test('external links open in a new tab with rel=noopener', async ({ page }) => {
    await page.goto(summaryUrl);
    await expect(heading(page)).toHaveText(common('en').summary.title);
    await summaryReady(page);
    const links = page.locator('a[href^="http"]');
    expect(await links.count()).toBeGreaterThan(2);
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
      await expect(link).toContainText(common('en').summary.newTab);
    }
  });

  test('"Yes, it is solved" leads to the done page', async ({ page, baseURL }) => {
    await page.goto(summaryUrl);
    await page.getByRole('link', { name: common('en').summary.solvedYes }).click();
    await expect(heading(page)).toHaveText(common('en').done.title);
    expect(relativePath(page, baseURL)).toBe(`en/${FLOW_ID}/done`);
    expect(searchOf(page)).toBe(query(COMMAND_PATH));
  });

  test('"No, I still need help" leads to the more-help page and back', async ({ page, baseURL }) => {
    await page.goto(summaryUrl);
    await page.getByRole('link', { name: common('en').summary.solvedNo }).click();
    await expect(heading(page)).toHaveText(common('en').moreHelp.title);
    await expect(page.getByText(flowText('en').moreHelp.intro)).toBeVisible();
    expect(relativePath(page, baseURL)).toBe(`en/${FLOW_ID}/more-help`);
    await page.getByRole('link', { name: common('en').moreHelp.back }).click();
    await expect(heading(page)).toHaveText(common('en').summary.title);
    expect(searchOf(page)).toBe(query(COMMAND_PATH));
  });

  test('the print stylesheet hides the site header and the buttons', async ({ page }) => {
    await page.goto(summaryUrl);
    await expect(heading(page)).toHaveText(common('en').summary.title);
    await summaryReady(page);
    const header = page.locator('.site-header');
    const buttons = page.locator('button, a.button');
    expect(await buttons.count()).toBeGreaterThan(3);
    await expect(header).toBeVisible();
    await expect(buttons.first()).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    await expect(header).toBeHidden();
    for (const button of await buttons.all()) await expect(button).toBeHidden();
    // The content itself still prints.
    await expect(heading(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Password reset for administrators is turned off' })).toBeVisible();
  });
});
