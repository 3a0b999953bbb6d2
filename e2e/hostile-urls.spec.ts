/**
 * Bad input in the browser and over HTTP. `npm test`: one address of each
 * class the browser or the server treats apart from the router (extra
 * leading slashes, `.html` names, broken percent-encoding, capitals,
 * markup…; src/testing/hostile-urls.ts), and every generated address's HTTP
 * status. All generated addresses go through the real routes in jsdom
 * (src/app/hostile-urls.test.tsx), and the URL parser through 50,000
 * property-test inputs (src/engine/url.property.test.ts).
 * `npm run test:exhaustive` opens all 300 generated addresses in the browser too.
 *
 * On every page: no page error, no console error and no request to another
 * host (the suite's guard), exactly one h1 with text, no dialog (an injected
 * `alert` would open one).
 */
import type { Page } from '@playwright/test';
import { HOSTILE_SEED, hostileClasses, hostileUrls } from '../src/testing/hostile-urls.ts';
import { EXHAUSTIVE } from './scope.ts';
import {
  appReady,
  expect,
  FIRST_FLOW,
  FLOWS,
  type Guard,
  LANGUAGES,
  type Language,
  SITE_BASE,
  test,
} from './support.ts';

const URLS = hostileUrls(
  FLOWS.map((flow) => flow.flow),
  LANGUAGES,
);
/** Tests of this many addresses each, so the two workers share them. */
const BATCH = 10;

/** The address in the browser: below the site's base, with any extra leading slashes kept. */
function absolute(baseURL: string, address: string): string {
  const extra = /^\/*/.exec(address)?.[0] ?? '';
  return `${new URL(baseURL).origin}/${extra}${SITE_BASE.slice(1)}${address.slice(extra.length)}`;
}

/** Opens `address` and checks the page: one h1 with text, no dialog, nothing the guard records. */
async function expectAPage(page: Page, guard: Guard, baseURL: string, address: string, dialogs: string[]) {
  const what = `${address.slice(0, 300)}`;
  const response = await page.goto(absolute(baseURL, address));
  expect([200, 404], what).toContain(response?.status() ?? 0);
  await appReady(page);
  await expect(page.locator('h1'), what).toHaveCount(1);
  await expect(page.locator('h1'), what).not.toBeEmpty();
  expect(dialogs, what).toEqual([]);
  expect(guard.errors, what).toEqual([]);
  expect(guard.external, what).toEqual([]);
}

/** Records (and dismisses) every dialog the page opens. */
function dialogsOf(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return dialogs;
}

const CLASSES = hostileClasses(FIRST_FLOW.flow, LANGUAGES);

test.describe('one address of each class of bad input', { tag: '@paths' }, () => {
  for (let start = 0; start < CLASSES.length; start += BATCH) {
    const batch = CLASSES.slice(start, start + BATCH);
    test(`${batch.map((item) => item.name).join('; ')}`, async ({ page, guard, baseURL }) => {
      const dialogs = dialogsOf(page);
      for (const { name, address } of batch)
        await test.step(name, () => expectAPage(page, guard, baseURL ?? '', address, dialogs));
    });
  }

  test('two leading slashes: the page is the one the address names, at its own address', async ({ page, baseURL }) => {
    const lng = LANGUAGES[0] as Language;
    const step = `${lng}/${FIRST_FLOW.id}/${FIRST_FLOW.flow.start}`;
    await page.goto(absolute(baseURL ?? '', `/${step}?symptom=sms`));
    await appReady(page);
    await expect(page.locator('h1')).toHaveText(FIRST_FLOW.title(lng, FIRST_FLOW.flow.start));
    expect(new URL(page.url()).pathname).toBe(`${SITE_BASE}${step}`);
  });
});

test(`the ${URLS.length} generated addresses (seed ${HOSTILE_SEED}) answer 200 or 404, never 5xx or a redirect away`, async ({
  request,
  baseURL,
}) => {
  const statuses = new Map<number, number>();
  for (const address of URLS) {
    const response = await request.get(absolute(baseURL ?? '', address), { maxRedirects: 0 });
    const status = response.status();
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (status === 301) expect(response.headers().location, address).toMatch(/^\/(?![/\\])/);
    else expect([200, 404], address.slice(0, 300)).toContain(status);
  }
  test.info().annotations.push({
    type: 'statuses',
    description: [...statuses].map(([status, count]) => `${status}: ${count}`).join(', '),
  });
});

test.describe(`all ${URLS.length} generated addresses in the browser`, () => {
  test.skip(!EXHAUSTIVE, 'npm run test:exhaustive');
  for (let start = 0; start < URLS.length; start += 25) {
    const batch = URLS.slice(start, start + 25);
    test(`addresses ${start + 1}–${start + batch.length}: an h1, no error, no dialog, no other host`, async ({
      page,
      guard,
      baseURL,
    }) => {
      test.slow();
      const dialogs = dialogsOf(page);
      for (const address of batch) await expectAPage(page, guard, baseURL ?? '', address, dialogs);
    });
  }
});
