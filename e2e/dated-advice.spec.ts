/**
 * Advice that changes on a date, decided in the reader's browser from its
 * clock: the same pre-rendered dist/ gives the old advice before the date and
 * the new advice from it, without a rebuild. Also the old step ids (aliases)
 * that redirect to the steps that replaced them, and the shared notes of the
 * summary (each once, with its date written out).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DATE_LOCALES } from '../src/i18n/languages.ts';
import {
  answer,
  answerAll,
  common,
  dayBefore,
  expect,
  expectSummaryGroups,
  flowById,
  LANGUAGES,
  type Language,
  type Pairs,
  query,
  ROOT,
  relativePath,
  searchOf,
  setDay,
  summaryReady,
  test,
} from './support.ts';

/** This file tests sspr-admin's own content (its dates, aliases and notes), with text from its locale files. */
const F = flowById('sspr-admin');
const RETIREMENT_DAY = { today: F.dates['sms-voice-retirement'] as string };
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const findingHeadings = (page: Page) => page.locator('.finding__title');

/** The last day Microsoft still sends texts to every account, and the day it stops for all (Global Administrators too). */
const LAST_OLD_DAY = dayBefore(RETIREMENT_DAY);
const SECOND_DAY = { today: F.dates['sms-voice-retirement-ga'] as string };
/** An administrator whose text message does not arrive. */
const ADMIN_SMS: Pairs = [
  ['symptom', 'sms'],
  ['account-type', 'yes'],
];
/** From the first date: not a Global Administrator, no own provider; the reset page listed the ways in, another admin can help. */
const AFTER_ACCOUNT_TYPE: Pairs = [
  ['text-delivery', 'neither'],
  ['reset-page', 'methods'],
  ['other-ways', 'other-admin'],
];
const NEW_PATH: Pairs = [...ADMIN_SMS, ...AFTER_ACCOUNT_TYPE];
/** How a date reads in each language (1 February 2027, 1 februari 2027), by Intl rather than the app's formatter. */
const dateIn = (lng: Language, today: string) =>
  new Intl.DateTimeFormat(DATE_LOCALES[lng], { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${today}T12:00:00`),
  );
const RETIREMENT_TEXT = Object.fromEntries(
  LANGUAGES.map((lng) => [lng, dateIn(lng, RETIREMENT_DAY.today)]),
) as Readonly<Record<Language, string>>;
const SECOND_TEXT = Object.fromEntries(LANGUAGES.map((lng) => [lng, dateIn(lng, SECOND_DAY.today)])) as Readonly<
  Record<Language, string>
>;

test.describe('texts no longer sent from the retirement dates', () => {
  test('the flow: the role is asked between the dates, a provider from the second, and the summary then leads with sms-retired', () => {
    expect(F.currentStep(ADMIN_SMS, LAST_OLD_DAY)).toBe('reset-page');
    expect(F.currentStep(ADMIN_SMS, RETIREMENT_DAY)).toBe('text-delivery');
    expect(F.currentStep(ADMIN_SMS, dayBefore(SECOND_DAY))).toBe('text-delivery');
    expect(F.currentStep(ADMIN_SMS, SECOND_DAY)).toBe('telecom-provider');
    expect(F.currentStep(NEW_PATH, RETIREMENT_DAY)).toBe(F.summaryId);
    for (const lng of LANGUAGES) {
      expect(F.dateText(lng, 'sms-voice-retirement')).toBe(RETIREMENT_TEXT[lng]);
      expect(F.dateText(lng, 'sms-voice-retirement-ga')).toBe(SECOND_TEXT[lng]);
      expect(F.findingTitles(lng, NEW_PATH, RETIREMENT_DAY)[0]).toBe(F.text(lng).findings['sms-retired']?.title);
      expect(F.findingTitles(lng, NEW_PATH, LAST_OLD_DAY)).not.toContain(F.text(lng).findings['sms-retired']?.title);
    }
  });

  for (const lng of LANGUAGES) {
    test(`one build, three days: ${LAST_OLD_DAY.today}, ${RETIREMENT_DAY.today} and ${SECOND_DAY.today} (${lng})`, async ({
      page,
      request,
      baseURL,
    }) => {
      const text = F.text(lng);
      const words = common(lng).summary;
      const accountType = F.stepUrl(lng, 'account-type', ADMIN_SMS.slice(0, 1));
      const summary = F.stepUrl(lng, F.summaryId, NEW_PATH);
      /**
       * What the server sends for both pages: the same files on every day. A new connection each
       * time: the three days take longer than the server keeps an idle one open (a reused socket
       * it had closed gave ECONNRESET once in CI).
       */
      const served = () =>
        Promise.all(
          [accountType, summary].map(async (url) =>
            (await request.get(url, { headers: { connection: 'close' } })).text(),
          ),
        );
      const html = await served();

      // The last day of the old advice: Continue goes straight on to the reset page.
      await setDay(page, LAST_OLD_DAY);
      await page.goto(accountType);
      await answer(page, 'account-type', 'yes');
      const oldNext = F.currentStep(ADMIN_SMS, LAST_OLD_DAY);
      expect(relativePath(page, baseURL)).toBe(`${lng}/${F.id}/${oldNext}`);
      await expect(heading(page)).toHaveText(text.questions[oldNext]?.title ?? oldNext);
      // The summary link of the new advice, opened that day, does not say texts are not sent.
      await page.goto(summary);
      await summaryReady(page);
      await expect(findingHeadings(page)).toHaveText(F.findingTitles(lng, NEW_PATH, LAST_OLD_DAY));
      await expect(page.getByRole('heading', { name: text.findings['sms-retired']?.title ?? '' })).toHaveCount(0);

      // The first date, same server and same files: only the clock has moved.
      await setDay(page, RETIREMENT_DAY);
      await page.goto(accountType);
      await answer(page, 'account-type', 'yes');
      expect(relativePath(page, baseURL)).toBe(`${lng}/${F.id}/text-delivery`);
      const question = text.questions['text-delivery'];
      await expect(heading(page)).toHaveText(question?.title ?? '');
      const hint = page.locator('#text-delivery-hint');
      await expect(hint).toContainText(RETIREMENT_TEXT[lng]);
      await expect(hint).toContainText(SECOND_TEXT[lng]);
      await expect(hint).toHaveText(question?.hint ?? '');

      await answerAll(page, AFTER_ACCOUNT_TYPE);
      expect(relativePath(page, baseURL)).toBe(`${lng}/${F.id}/${F.summaryId}`);
      expect(searchOf(page)).toBe(query(NEW_PATH));
      await expect(heading(page)).toHaveText(words.title);
      const groups = F.summaryGroups(lng, NEW_PATH, RETIREMENT_DAY);
      expect(groups[0]).toEqual({ heading: words.leadHeading, titles: [text.findings['sms-retired']?.title] });
      await expectSummaryGroups(page, groups);
      // The finding's own text has both dates written out.
      const retired = page.locator('#finding-sms-retired').locator('..');
      await expect(retired).toContainText(RETIREMENT_TEXT[lng]);
      await expect(retired).toContainText(SECOND_TEXT[lng]);

      // The second date: Global Administrators no longer get texts either, so only a provider matters.
      await setDay(page, SECOND_DAY);
      await page.goto(accountType);
      await answer(page, 'account-type', 'yes');
      expect(relativePath(page, baseURL)).toBe(`${lng}/${F.id}/telecom-provider`);
      await expect(heading(page)).toHaveText(text.questions['telecom-provider']?.title ?? '');

      // Nothing was rebuilt in between: the server sent the same HTML on every day.
      expect(await served()).toEqual(html);
    });
  }
});

test.describe('old step ids redirect to the step that replaced them, with the answers kept', () => {
  test('the flow has aliases, each to a question', () => {
    expect(F.aliases.length).toBeGreaterThan(0);
    for (const [alias, target] of F.aliases) expect(F.text('en').questions[target], alias).toBeDefined();
  });

  for (const [alias, target] of F.aliases) {
    test(`${alias} → ${target}`, async ({ page, baseURL }) => {
      await page.goto(F.stepUrl('en', alias, ADMIN_SMS));
      await expect(page).toHaveURL(`${baseURL}${F.stepUrl('en', target, ADMIN_SMS)}`);
      await expect(heading(page)).toHaveText(F.text('en').questions[target]?.title ?? target);
    });
  }

  test("the README's example link", async ({ page, baseURL }) => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /`\/(en\/[a-z-]+\/([a-z-]+)\?[^`]+)`[^`]*?opens\s+`([a-z-]+)`/.exec(readme);
    expect(example, 'the README gives an example of an old link and the step it opens').not.toBeNull();
    const [, link = '', alias = '', target = ''] = example ?? [];
    expect(link).toBe(`en/${F.id}/number-format?symptom=sms&account-type=yes`);
    expect((F.flow.aliases as Readonly<Record<string, string>>)[alias]).toBe(target);

    await page.goto(link);
    await expect(page).toHaveURL(`${baseURL}${F.stepUrl('en', target, ADMIN_SMS)}`);
    await expect(heading(page)).toHaveText(F.text('en').questions[target]?.title ?? target);
    // The answers came along: they are listed, and Continue goes on from them.
    await expect(page.getByRole('region', { name: common('en').answers.heading })).toContainText(
      F.text('en').questions.symptom?.options.sms?.label ?? '',
    );
  });
});

test.describe('shared notes on the summary', () => {
  for (const lng of LANGUAGES) {
    test(`each shows exactly once, with its date written out (${lng})`, async ({ page }) => {
      const text = F.text(lng);
      const notes = F.summaryNotes(F.richPath);
      // The rich path's findings share every note of the flow, some of them several times over.
      expect([...notes].sort()).toEqual(Object.keys(text.notes ?? {}).sort());
      expect(notes).toEqual([...new Set(notes)]);

      await page.goto(F.stepUrl(lng, F.summaryId, F.richPath));
      await summaryReady(page);
      await expect(findingHeadings(page)).toHaveText(F.findingTitles(lng, F.richPath));
      const filled = notes.map((id) => text.notes?.[id] ?? id);
      await expect(page.locator('.warning-text__text')).toHaveText(
        filled.map((note) => `${common(lng).summary.warning} ${note}`),
      );
      const main = (await page.getByRole('main').textContent()) ?? '';
      for (const note of filled) expect(main.split(note).length - 1, note).toBe(1);
      expect(main).toContain(RETIREMENT_TEXT[lng]);
      expect(main).not.toContain('{date:');
    });
  }
});
