import { expect, test } from '@playwright/test';
import { common, FIRST_FLOW } from './support.ts';

/** config.json is read the same way for every flow: one flow suffices. */
const F = FIRST_FLOW;

/**
 * config.json, edited by a deployer without rebuilding: a broken file never
 * stops the wizard; a valid one sets the support desk and the theme.
 */
test('a broken config.json leaves the wizard working on its defaults, with a clear console warning', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: '{ not json' }));
  await page.goto(F.stepUrl('en', F.flow.start));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => warnings.join('\n')).toContain('config.json could not be read');
});

test('invalid values are reported and ignored, valid ones used', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.route('**/config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ allowedOrigins: ['*'], theme: { accent: 'red; } body { display:none', link: '#8a1538' } }),
    }),
  );
  await page.goto(F.stepUrl('en', F.flow.start));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => warnings.length).toBeGreaterThanOrEqual(2);
  expect(warnings.join('\n')).toContain('allowedOrigins');
  expect(warnings.join('\n')).toContain('theme.accent');
  await expect
    .poll(() =>
      page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--wizard-link').trim()),
    )
    .toBe('#8a1538');
  // The theme arrives through a constructed stylesheet: no inline style attribute anywhere.
  expect(await page.locator('[style]').count()).toBe(0);
});

test('the support desk from config.json is shown where the summary says who can help', { tag: '@paths' }, async ({
  page,
}) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        support: {
          name: 'IT Servicedesk',
          email: 'servicedesk@example.com',
          phone: '+31 20 123 4567',
          url: 'https://servicedesk.example.com/',
        },
      }),
    }),
  );
  await page.goto(F.stepUrl('en', F.summaryId, F.richPath));
  const desk = page.getByRole('region', { name: 'IT Servicedesk' });
  await expect(desk).toBeVisible();
  await expect(desk.getByRole('link', { name: 'servicedesk@example.com' })).toHaveAttribute(
    'href',
    'mailto:servicedesk@example.com',
  );
  await expect(desk.getByRole('link', { name: '+31 20 123 4567' })).toHaveAttribute('href', 'tel:+31201234567');
  // The desk's website opens in a new tab and says so visibly, like every link to another site.
  const website = desk.getByRole('link', { name: `https://servicedesk.example.com/ ${common('en').summary.newTab}` });
  await expect(website).toHaveAttribute('target', '_blank');
  expect((await website.locator('.new-tab-note').boundingBox())?.width ?? 0).toBeGreaterThan(40);
});

test.describe('for a browser that prefers neither Dutch nor English', () => {
  test.use({ locale: 'fr-FR' });

  test('the root goes to the configured default language', { tag: '@paths' }, async ({ page }) => {
    await page.route('**/config.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ defaultLanguage: 'en' }) }),
    );
    await page.goto('./');
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(common('en').home.title);
  });
});
