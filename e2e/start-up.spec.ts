/**
 * What the browser does while the app starts: nothing that takes one long
 * task on a reader's phone. The dates in the text (`{date:name}`) are
 * formatted at build time (scripts/locale-parts-plugin.ts): a page's first
 * `Intl.DateTimeFormat` loads the locale's data, 30-80 ms of main thread
 * here and about four times that on a slow phone, which was most of the
 * Total Blocking Time of every page.
 */
import { continueButton, expect, FIRST_FLOW, LANGUAGES, query, summaryReady, test } from './support.ts';

/** Answers after which the summary shows the note with the retirement date. */
const SMS_PATH = [
  ['symptom', 'sms'],
  ['account-type', 'not-sure'],
  ['reset-page', 'methods'],
  ['other-ways', 'neither'],
  ['reset-steps', 'not-sure'],
  ['mobile-registered', 'not-sure'],
  ['phone-receives-sms', 'internet'],
] as const;

test.beforeEach(async ({ page }) => {
  // Counts every construction of a date format, the page's own code included.
  await page.addInitScript(() => {
    const counter = { constructed: 0 };
    Object.assign(window, { dateFormats: counter });
    Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
      construct(target, args, newTarget) {
        counter.constructed += 1;
        return Reflect.construct(target, args, newTarget);
      },
      apply(target, self, args) {
        counter.constructed += 1;
        return Reflect.apply(target, self, args);
      },
    });
  });
});

const constructed = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { dateFormats: { constructed: number } }).dateFormats.constructed);

for (const lng of LANGUAGES) {
  test(`${lng}: a question and a summary show their dates without formatting one in the browser`, async ({ page }) => {
    const F = FIRST_FLOW;
    const date = F.withDates(lng, '{date:sms-voice-retirement}');
    expect(date).toMatch(/\d{4}$/);

    await page.goto(`${lng}/${F.id}/other-ways`);
    // Hydrated: the app has loaded the page's text and rendered it.
    await expect(continueButton(page, lng)).toBeEnabled();
    await expect(page.locator('main')).toContainText(date);
    expect(await constructed(page)).toBe(0);

    await page.goto(`${lng}/${F.id}/${F.summaryId}${query(SMS_PATH)}`);
    await summaryReady(page);
    await expect(page.locator('.summary__body')).toContainText(date);
    expect(await constructed(page)).toBe(0);
  });
}
