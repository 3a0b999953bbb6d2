/**
 * The journeys people take through the wizard, for every flow on disk:
 * journeys found from the flow's graph that together choose every option of
 * every question (answered by label, from the start page to the summary the
 * engine's walk predicts), the start page, Back and Change, the language
 * switch, and the pages after the summary. Then behaviour that is the same
 * code for every flow (history, errors, focus, copy, print), tested on one.
 */
import type { Page } from '@playwright/test';
import { nextOpenStep, withAnswer } from '../src/engine/navigation.ts';
import { planSummary } from '../src/engine/summary-plan.ts';
import { nextNode, walk } from '../src/engine/walk.ts';
import { inScope, languagesFor } from './scope.ts';
import {
  answer,
  answerAll,
  answerByLabel,
  backLink,
  common,
  continueButton,
  DONE_STEP,
  expect,
  expectSummary,
  expectSummaryGroups,
  FIRST_FLOW,
  FLOWS,
  type FlowCase,
  guardRequests,
  heading,
  LANGUAGES,
  type Language,
  languageLink,
  languageName,
  MORE_HELP_STEP,
  otherLanguages,
  type Pairs,
  query,
  relativePath,
  SUMMARY_STEP,
  searchOf,
  setDay,
  summaryReady,
  TODAY,
  test,
  toAnswers,
} from './support.ts';

const findingHeadings = (page: Page) => page.locator('.finding__title');
const answersRegion = (page: Page, lng: Language) =>
  page.getByRole('region', { name: common(lng).answers.heading, exact: true });
const changeLink = (page: Page, flow: FlowCase, lng: Language, question: string) => {
  const words = common(lng).answers;
  const short = flow.text(lng).questions[question]?.short ?? question;
  return page.getByRole('link', { name: `${words.change} ${words.changeHidden.replace('{{question}}', short)}` });
};

/** Today's longest journey: the one Back, Change and the language switch use. */
const longestToday = (flow: FlowCase): Pairs =>
  flow.paths(TODAY).reduce((longest, pairs) => (pairs.length > longest.length ? pairs : longest), [] as Pairs);

for (const flow of FLOWS) {
  test.describe(flow.id, () => {
    test('the flow has journeys that choose every option of every question', () => {
      const chosen = new Set(flow.journeys.flatMap(({ pairs }) => pairs.map(([q, o]) => `${q}=${o}`)));
      for (const question of flow.questionIds) {
        const node = flow.flow.nodes[question] as { options: readonly { id: string }[] };
        for (const option of node.options)
          expect(chosen, `${question}=${option.id}`).toContain(`${question}=${option.id}`);
      }
      for (const { pairs, day } of flow.journeys) expect(flow.currentStep(pairs, day)).toBe(flow.summaryId);
      expect(flow.summaryId).toBe(SUMMARY_STEP);
    });

    // Each journey in one language, the languages taking turns: both are read
    // on every question by the axe tests, so a journey need not repeat per language.
    // Every option's routing is proven in jsdom through the real routes
    // (src/app/routing-coverage.test.tsx): here the first two journeys (the
    // most options each), every journey with `npm run test:exhaustive`.
    inScope(flow.journeys, (_, index) => index < 2).forEach(({ pairs, day }, index) => {
      const lng = LANGUAGES[index % LANGUAGES.length] as Language;
      const when = day.today === TODAY.today ? '' : `, on ${day.today}`;
      test(`journey ${index + 1} (${lng}${when}): ${pairs.map(([q, o]) => `${q}=${o}`).join(' ')}`, async ({
        page,
        baseURL,
      }) => {
        // A page load per question: the default timeout for a few, more for a long journey.
        test.setTimeout(Math.max(30_000, pairs.length * 5_000));
        await setDay(page, day);
        await page.goto(flow.startUrl(lng));
        await expect(heading(page)).toHaveText(flow.text(lng).meta.title);
        await page.getByRole('link', { name: common(lng).start.button, exact: true }).click();
        for (const [question, option] of pairs) {
          await expect(heading(page)).toHaveText(flow.title(lng, question));
          await answerByLabel(page, flow, question, option);
        }
        expect(relativePath(page, baseURL)).toBe(`${lng}/${flow.id}/${flow.summaryId}`);
        expect(searchOf(page)).toBe(query(pairs));
        await expectSummary(page, flow, pairs, day);
      });
    });

    test('the start page in every language', async ({ page, baseURL }) => {
      for (const lng of LANGUAGES) {
        const text = flow.text(lng);
        await page.goto(flow.startUrl(lng));
        await expect(heading(page)).toHaveText(text.meta.title);
        await expect(page).toHaveTitle(`${text.meta.title} – ${common(lng).site.name}`);
        const main = page.getByRole('main');
        // Addresses in the text are links that say they open a new tab: compared without that note.
        const withoutNote = (texts: string[]) =>
          texts.map((item) => item.replaceAll(` ${common(lng).summary.newTab}`, ''));
        await expect(main.locator('.lead')).toHaveCount(1);
        expect(withoutNote(await main.locator('.lead').allTextContents())).toEqual([text.start.intro]);
        expect(withoutNote(await main.getByRole('listitem').allTextContents())).toEqual([
          ...text.start.symptoms,
          ...text.start.needs,
        ]);
        await expect(main.getByText(`${text.start.duration} ${common(lng).start.changeAnswers}`)).toBeVisible();
        await main.getByRole('link', { name: common(lng).start.button, exact: true }).click();
        await expect(heading(page)).toHaveText(flow.title(lng, flow.flow.start));
        expect(relativePath(page, baseURL)).toBe(`${lng}/${flow.id}/${flow.flow.start}`);
      }
    });

    test('Back keeps the answers; Change reopens an answer and Continue goes on from the changed path', async ({
      page,
      baseURL,
    }) => {
      const lng = LANGUAGES[0] as Language;
      const given = longestToday(flow).slice(0, 3);
      expect(given.length, 'a journey of at least three questions').toBe(3);
      const [first, second] = given as [readonly [string, string], readonly [string, string]];
      const here = flow.currentStep(given);
      await page.goto(flow.stepUrl(lng, here, given));
      await expect(answersRegion(page, lng)).toBeVisible();

      // Back: the previous question, with its answer checked and every answer kept.
      await backLink(page, lng).click();
      await expect(heading(page)).toHaveText(flow.title(lng, given[2]?.[0] ?? ''));
      expect(searchOf(page)).toBe(query(given));
      await backLink(page, lng).click();
      await expect(heading(page)).toHaveText(flow.title(lng, second[0]));
      await expect(page.getByRole('radio', { name: flow.label(lng, ...second), exact: true })).toBeChecked();
      expect(searchOf(page)).toBe(query(given));

      // Change the first answer: its question opens with the answer checked.
      await changeLink(page, flow, lng, first[0]).click();
      await expect(heading(page)).toHaveText(flow.title(lng, first[0]));
      await expect(page.getByRole('radio', { name: flow.label(lng, ...first), exact: true })).toBeChecked();
      const node = flow.flow.nodes[first[0]] as { options: readonly { id: string }[] };
      const other = node.options.find(({ id }) => id !== first[1])?.id ?? '';
      await answerByLabel(page, flow, first[0], other);

      // Every answer is kept; Continue goes to the first question still open on the new path (or the summary).
      const changed = withAnswer(toAnswers(given), first[0], other);
      const target =
        nextOpenStep(walk(flow.flow, changed, TODAY), first[0]) ??
        nextNode(flow.flow, first[0], other, changed, TODAY) ??
        '';
      expect(relativePath(page, baseURL)).toBe(`${lng}/${flow.id}/${target}`);
      expect(searchOf(page)).toBe(query(changed.map(({ question, option }) => [question, option] as const)));
      await expect(heading(page)).toHaveText(
        target === flow.summaryId ? common(lng).summary.title : flow.title(lng, target),
      );
    });

    test('the language switch keeps the step, the answers and the checked radio', {
      tag: flow === FIRST_FLOW ? '@paths' : [],
    }, async ({ page, baseURL }) => {
      const path = longestToday(flow);
      const [question] = path[Math.min(2, path.length - 1)] as readonly [string, string];
      const given = path.slice(0, path.findIndex(([id]) => id === question) + 1);
      const [, option] = given.at(-1) as readonly [string, string];
      const start = LANGUAGES[0] as Language;
      await page.goto(flow.stepUrl(start, question, given));
      await expect(page.locator(`#${question}-${option}`)).toBeChecked();
      const search = searchOf(page);

      // Through every language and back to the first.
      for (const [from, to] of [...LANGUAGES.slice(1), start].map(
        (to, at) => [LANGUAGES[at] as Language, to as Language] as const,
      )) {
        expect(otherLanguages(from)).toContain(to);
        const link = languageLink(page, to);
        await expect(link).toHaveText(languageName(to));
        await expect(link).toHaveAttribute('lang', to);
        await expect(link).toHaveAttribute('hreflang', to);
        await link.click();
        await expect(heading(page)).toHaveText(flow.title(to, question));
        expect(relativePath(page, baseURL)).toBe(`${to}/${flow.id}/${question}`);
        expect(searchOf(page)).toBe(search);
        await expect(page.locator('html')).toHaveAttribute('lang', to);
        await expect(page.getByRole('radio', { name: flow.label(to, question, option), exact: true })).toBeChecked();
        await expect(continueButton(page, to)).toBeVisible();
      }
    });

    test('after the summary: the done page and the more-help page', async ({ page, baseURL }) => {
      // Four page loads and two summaries per language: over 30 s on a busy machine.
      test.slow();
      const path = flow.richPath;
      // One language per flow, taking turns (each in every language with `npm run test:exhaustive`).
      for (const lng of languagesFor(LANGUAGES, FLOWS.indexOf(flow))) {
        const words = common(lng);
        const text = flow.text(lng);
        await page.goto(flow.stepUrl(lng, flow.summaryId, path));
        await summaryReady(page);
        await page.getByRole('link', { name: words.summary.solvedYes, exact: true }).click();
        await expect(heading(page)).toHaveText(words.done.title);
        expect(relativePath(page, baseURL)).toBe(`${lng}/${flow.id}/${DONE_STEP}`);
        expect(searchOf(page)).toBe(query(path));
        // The common text, then the flow's advice (its addresses are links, marked as opening a new tab).
        const paragraphs = page.getByRole('main').locator('p');
        await expect(paragraphs).toHaveCount(2);
        await expect(paragraphs.first()).toHaveText(words.done.body);
        const advice = ((await paragraphs.nth(1).textContent()) ?? '').replaceAll(` ${words.summary.newTab}`, '');
        expect(advice).toBe(text.done.body);
        await expect(page.getByRole('link', { name: words.done.again })).toBeVisible();

        await page.goBack();
        await summaryReady(page);
        await page.getByRole('link', { name: words.summary.solvedNo, exact: true }).click();
        await expect(heading(page)).toHaveText(words.moreHelp.title);
        expect(relativePath(page, baseURL)).toBe(`${lng}/${flow.id}/${MORE_HELP_STEP}`);
        await expect(page.getByText(text.moreHelp.intro)).toBeVisible();
        await page.getByRole('link', { name: words.moreHelp.back }).click();
        await expect(heading(page)).toHaveText(words.summary.title);
        expect(searchOf(page)).toBe(query(path));
      }
    });

    // A summary without a cause says "Things to check" (or, with no check either, that no cause was found).
    const noCause = flow.paths(TODAY).find((pairs) => planSummary(flow.flow, flow.findings(pairs)).lead === undefined);
    if (noCause)
      test('a summary without a cause', async ({ page }) => {
        const lng = LANGUAGES[0] as Language;
        await page.goto(flow.stepUrl(lng, flow.summaryId, noCause));
        await expectSummary(page, flow, noCause);
      });
  });
}

test.describe('the list of troubleshooters', () => {
  for (const lng of LANGUAGES) {
    test(`shows every flow with its title and description (${lng})`, async ({ page, baseURL }) => {
      await page.goto(`${lng}/`);
      await expect(heading(page)).toHaveText(common(lng).home.title);
      const items = page.locator('.flow-list__item');
      await expect(items.getByRole('heading', { level: 2 })).toHaveText(FLOWS.map((flow) => flow.text(lng).meta.title));
      for (const [at, flow] of FLOWS.entries()) {
        const item = items.nth(at);
        await expect(item.getByRole('paragraph')).toHaveText(flow.text(lng).meta.description);
        await expect(item.getByRole('link', { name: flow.text(lng).meta.title, exact: true })).toHaveAttribute(
          'href',
          new RegExp(`/${lng}/${flow.id}/$`),
        );
      }
      const last = FLOWS.at(-1) as FlowCase;
      await page.getByRole('link', { name: last.text(lng).meta.title, exact: true }).click();
      await expect(heading(page)).toHaveText(last.text(lng).meta.title);
      expect(relativePath(page, baseURL)).toBe(last.startUrl(lng));
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

// ---------------------------------------------------------------------------
// The same code for every flow: tested on sspr-admin, with its ids (text from its locale files).

const admin = FIRST_FLOW;
const en = admin.text('en');
/** A short path to the summary whose findings include PowerShell commands (admin SSPR turned off). */
const COMMAND_PATH: Pairs = [
  ['symptom', 'sms'],
  ['account-type', 'yes'],
  ['reset-page', 'not-enabled'],
  ['other-admin', 'yes'],
];
/** The reader's first two answers. */
const SMS_ADMIN: Pairs = [
  ['symptom', 'sms'],
  ['account-type', 'yes'],
];
const smsLabel = admin.label('en', 'symptom', 'sms');
const adminLabel = admin.label('en', 'account-type', 'yes');

test.describe(`${admin.id}: deep links`, () => {
  test('a mid-flow step without answers shows that question and goes on from it', { tag: '@paths' }, async ({
    page,
    baseURL,
  }) => {
    await page.goto(admin.stepUrl('en', 'mobile-registered'));
    await expect(heading(page)).toHaveText(admin.title('en', 'mobile-registered'));

    await answer(page, 'mobile-registered', 'not-sure');
    const next = admin.currentStep([['mobile-registered', 'not-sure']]);
    expect(next).toBe('phone-receives-sms');
    expect(relativePath(page, baseURL)).toBe(`en/${admin.id}/${next}`);
    expect(searchOf(page)).toBe('?mobile-registered=not-sure');
    await expect(heading(page)).toHaveText(admin.title('en', next));
  });

  test('a pre-filled summary link shows the same findings to someone else', { tag: '@paths' }, async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto(admin.stepUrl('en', 'symptom'));
    await answerAll(page, COMMAND_PATH);
    await expect(heading(page)).toHaveText(common('en').summary.title);
    await summaryReady(page);
    const walked = await findingHeadings(page).allTextContents();
    expect(walked).toEqual(admin.findingTitles('en', COMMAND_PATH));
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

test.describe(`${admin.id}: reload and history`, () => {
  test('reload and back/forward keep the answers and the checked radio', { tag: '@paths' }, async ({ page }) => {
    const next = admin.currentStep(SMS_ADMIN);
    await page.goto(admin.stepUrl('en', 'symptom'));
    await answerAll(page, SMS_ADMIN);
    await expect(heading(page)).toHaveText(admin.title('en', next));

    await page.reload();
    await expect(heading(page)).toHaveText(admin.title('en', next));
    expect(searchOf(page)).toBe(query(SMS_ADMIN));
    await expect(answersRegion(page, 'en')).toContainText(smsLabel);
    await expect(answersRegion(page, 'en')).toContainText(adminLabel);

    // The Back link reopens the previous question with its answer checked.
    await backLink(page, 'en').click();
    await expect(heading(page)).toHaveText(admin.title('en', 'account-type'));
    expect(searchOf(page)).toBe(query(SMS_ADMIN));
    await expect(page.getByRole('radio', { name: adminLabel, exact: true })).toBeChecked();

    await page.reload();
    await expect(page.getByRole('radio', { name: adminLabel, exact: true })).toBeChecked();

    await page.goBack();
    await expect(heading(page)).toHaveText(admin.title('en', next));
    expect(searchOf(page)).toBe(query(SMS_ADMIN));

    await page.goForward();
    await expect(heading(page)).toHaveText(admin.title('en', 'account-type'));
    await expect(page.getByRole('radio', { name: adminLabel, exact: true })).toBeChecked();
    expect(searchOf(page)).toBe(query(SMS_ADMIN));
  });

  test('browser back after Continue shows the answer just given on that question', async ({ page }) => {
    await page.goto(admin.stepUrl('en', 'symptom'));
    await answerAll(page, SMS_ADMIN);

    await page.goBack();
    await expect(heading(page)).toHaveText(admin.title('en', 'account-type'));
    // The earlier answer is kept …
    await expect(answersRegion(page, 'en')).toContainText(smsLabel);
    // … and so is the one given on this page before going on (GOV.UK: "in the state they last saw it").
    await expect(page.getByRole('radio', { name: adminLabel, exact: true })).toBeChecked({ timeout: 2000 });

    await page.goBack();
    await expect(heading(page)).toHaveText(admin.title('en', 'symptom'));
    await expect(page.getByRole('radio', { name: smsLabel, exact: true })).toBeChecked({ timeout: 2000 });

    await page.goForward();
    await page.goForward();
    await expect(heading(page)).toHaveText(admin.title('en', admin.currentStep(SMS_ADMIN)));
    expect(searchOf(page)).toBe(query(SMS_ADMIN));
  });
});

test.describe(`${admin.id}: changing an earlier answer`, () => {
  const path: Pairs = [
    ['symptom', 'sms'],
    ['account-type', 'yes'],
    ['reset-page', 'methods'],
    ['other-ways', 'other-admin'],
    ['reset-steps', 'yes'],
  ];

  test('a changed answer keeps the later answers that still fit', async ({ page }) => {
    const here = admin.currentStep(path);
    await page.goto(admin.stepUrl('en', here, path));
    await expect(heading(page)).toHaveText(admin.title('en', here));

    await changeLink(page, admin, 'en', 'reset-page').click();
    await expect(heading(page)).toHaveText(admin.title('en', 'reset-page'));
    await expect(page.locator('#reset-page-methods')).toBeChecked();
    await answer(page, 'reset-page', 'not-sure');

    // The later answers still fit the path, so they are all kept …
    const changed: Pairs = path.map(([question, option]) => [
      question,
      question === 'reset-page' ? 'not-sure' : option,
    ]);
    expect(searchOf(page)).toBe(query(changed));
    // … and Continue leads on to the first question still open: where the reader was.
    await expect(heading(page)).toHaveText(admin.title('en', admin.currentStep(changed)));
    const answers = answersRegion(page, 'en');
    await expect(answers).toContainText(admin.label('en', 'reset-page', 'not-sure'));
    await expect(answers).toContainText(admin.label('en', 'other-ways', 'other-admin'));
    await expect(answers).toContainText(admin.label('en', 'reset-steps', 'yes'));

    // Reopening a later question shows its kept answer.
    await changeLink(page, admin, 'en', 'other-ways').click();
    await expect(page.locator('#other-ways-other-admin')).toBeChecked();
  });

  test('changing the symptom from text message to email leads down the email branch', async ({ page }) => {
    await page.goto(admin.stepUrl('en', admin.currentStep(path), path));
    await expect(heading(page)).toHaveText(admin.title('en', 'mobile-registered'));
    await changeLink(page, admin, 'en', 'symptom').click();
    await expect(page.locator('#symptom-sms')).toBeChecked();
    await answer(page, 'symptom', 'email');

    const changed: Pairs = [['symptom', 'email'], ...path.slice(1)];
    expect(searchOf(page)).toBe(query(changed));
    // The later answers still fit, so the next open question is on the email branch.
    expect(admin.currentStep(changed)).toBe('alternate-email');
    await expect(heading(page)).toHaveText(admin.title('en', 'alternate-email'));
  });
});

test(`${admin.id}: Continue with nothing chosen shows the error summary and the inline error`, async ({ page }) => {
  const text = common('en').question;
  const question = en.questions.symptom;
  await page.goto(admin.stepUrl('en', 'symptom'));
  await continueButton(page).click();

  const summary = page.getByRole('alert');
  await expect(summary).toBeVisible();
  // Focus is on the summary's box; role alert is on the element inside it (GOV.UK Frontend v4.4.0).
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(summary).toContainText(text.errorSummaryTitle);
  await expect(summary).toContainText(question?.error ?? '');
  await expect(page.locator('#symptom-error')).toHaveText(`${text.errorPrefix} ${question?.error}`);
  await expect(page).toHaveTitle(new RegExp(`^${text.errorPrefix} `));
  await expect(page.getByRole('group', { name: question?.title })).toHaveAccessibleDescription(
    new RegExp(question?.error ?? ''),
  );
  expect(searchOf(page)).toBe('');

  // The error's link takes you to the first radio.
  await summary.getByRole('link', { name: question?.error }).click();
  await expect(page.locator('#symptom-email')).toBeFocused();

  await answer(page, 'symptom', 'email');
  await expect(heading(page)).toHaveText(admin.title('en', 'account-type'));
  await expect(page).not.toHaveTitle(new RegExp(`^${text.errorPrefix}`));
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test(`${admin.id}: focus moves to the new heading after Continue`, async ({ page }) => {
  await page.goto(admin.stepUrl('en', 'symptom'));
  await answer(page, 'symptom', 'both');
  await expect(heading(page)).toBeFocused();
  const active = await page.evaluate(() => ({
    tag: document.activeElement?.tagName,
    text: document.activeElement?.textContent,
  }));
  expect(active).toEqual({ tag: 'H1', text: admin.title('en', 'account-type') });
});

test(`${admin.id}: Back returns to the previous step with the answers; Start again drops them`, async ({
  page,
  baseURL,
}) => {
  await page.goto(admin.stepUrl('en', 'symptom'));
  await answer(page, 'symptom', 'sms');
  await answer(page, 'account-type', 'not-sure');
  const next = admin.currentStep([
    ['symptom', 'sms'],
    ['account-type', 'not-sure'],
  ]);
  await expect(heading(page)).toHaveText(admin.title('en', next));

  await backLink(page, 'en').click();
  await expect(heading(page)).toHaveText(admin.title('en', 'account-type'));
  expect(searchOf(page)).toBe('?symptom=sms&account-type=not-sure');
  await expect(page.locator('#account-type-not-sure')).toBeChecked();

  await page.getByRole('link', { name: common('en').question.startAgain }).click();
  await expect(heading(page)).toHaveText(en.meta.title);
  expect(relativePath(page, baseURL)).toBe(admin.startUrl('en'));
  expect(searchOf(page)).toBe('');
  await expect(page.getByRole('link', { name: common('en').start.resume })).toHaveCount(0);
  await page.getByRole('link', { name: common('en').start.button }).click();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test.describe(`${admin.id}: the summary`, () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  const summaryUrl = admin.stepUrl('en', admin.summaryId, COMMAND_PATH);
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test('leads with the most likely cause, then who can help', async ({ page }) => {
    const groups = admin.summaryGroups('nl', COMMAND_PATH);
    expect(groups.map(({ heading }) => heading)).toEqual([
      common('nl').summary.leadHeading,
      admin.text('nl').summary.escalationHeading,
    ]);
    await page.goto(admin.stepUrl('nl', admin.summaryId, COMMAND_PATH));
    await expectSummaryGroups(page, groups);
  });

  test('Copy summary puts the link and the findings on the clipboard', async ({ page }) => {
    await page.goto(summaryUrl);
    await page.getByRole('button', { name: common('en').summary.copySummary }).click();
    await expect(page.getByText(common('en').summary.copySummaryDone)).toBeVisible();
    const copied = await clipboard(page);
    expect(copied).toContain(page.url());
    expect(copied).toContain(admin.findingTitle('en', 'admin-sspr-off'));
    for (const title of admin.findingTitles('en', COMMAND_PATH)) expect(copied).toContain(title);
  });

  test("a command's Copy button copies the command", async ({ page }) => {
    const [first] = (en.findings['admin-sspr-off']?.steps ?? []).flatMap((step) =>
      typeof step === 'string' ? [] : [step.code],
    );
    expect(first, 'the finding has a command').toBeTruthy();
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
    await expect(page.getByRole('heading', { name: admin.findingTitle('en', 'admin-sspr-off') })).toBeVisible();
  });
});
