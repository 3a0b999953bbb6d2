/**
 * The second accessibility engine (IBM Equal Access, e2e/ibm.ts) reaches a
 * verdict, and checks the root's language choice as a reader without
 * JavaScript gets it. Every page type is checked in page-audit.spec.ts.
 */
import { expectNoIbmViolations, ibmViolations } from './ibm.ts';
import { PAGE_TYPES } from './page-types.ts';
import { expect, heading, LANGUAGES, languageName, test } from './support.ts';

// One page load and a full scan each: a few seconds on an idle machine, much more on a busy one.
test.describe.configure({ timeout: 60_000 });

// The engine's verdicts reach the test: a text field without a label, added to a page, is reported.
test('IBM Equal Access reports a violation added to a page', async ({ page }) => {
  await PAGE_TYPES[0]?.open(page, 'en', '');
  // Outside the app's root, which React may still be hydrating (it would take the field away again).
  await page.evaluate(() => document.body.append(document.createElement('input')));
  const { violations } = await ibmViolations(page);
  expect(violations.map(({ ruleId, knownAs }) => ({ ruleId, knownAs }))).toContainEqual({
    ruleId: 'input_label_exists',
    knownAs: -1,
  });
});

// With JavaScript the root moves on to the reader's language at once; its language choice is what a reader
// without JavaScript gets. The app's scripts are answered empty (so nothing runs and nothing logs an error);
// the engine, injected by the test, still runs.
test('IBM Equal Access: the root (language choice, as without JavaScript)', async ({ page }) => {
  await page.route('**/assets/*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  await page.goto('');
  for (const lng of LANGUAGES) await expect(page.getByRole('link', { name: languageName(lng) })).toBeVisible();
  await expect(heading(page)).toHaveCount(1);
  await expectNoIbmViolations(page, 'the root');
});
