/**
 * A second accessibility engine beside axe (issue 12): IBM Equal Access
 * (accessibility-checker-engine, its "IBM_Accessibility" policy: WCAG 2.0,
 * 2.1 and 2.2 A and AA plus IBM's own requirements) on every page type in
 * every language. Engines differ in what they look for: anything IBM's
 * engine calls a violation fails the test, except the findings listed in
 * KNOWN_FALSE_POSITIVES, each for one rule on one kind of element, with why.
 * Its "potential violations" (for a person to review) are not failures.
 */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { PAGE_TYPES } from './page-types.ts';
import { languagesFor } from './scope.ts';
import { expect, heading, LANGUAGES, languageName, test } from './support.ts';

/** The engine's browser bundle (the package's main file), injected into each page. */
const ACE = createRequire(import.meta.url).resolve('accessibility-checker-engine');
const POLICY = 'IBM_Accessibility';

/** A finding the engine reports that is not a defect: its rule, the elements it is about, and why. */
interface KnownFalsePositive {
  readonly ruleId: string;
  /** A CSS selector the reported element matches. */
  readonly selector: string;
  readonly why: string;
}

const KNOWN_FALSE_POSITIVES: readonly KnownFalsePositive[] = [
  {
    ruleId: 'aria_content_in_landmark',
    selector: 'a.skip-link',
    why:
      'The skip link comes before every landmark on purpose: it is the first tab stop and jumps to <main>. WCAG ' +
      "does not require all content in landmarks (ARIA11 is one sufficient technique for 1.3.1), and axe's " +
      '"region" rule exempts skip links for this reason.',
  },
  {
    ruleId: 'element_tabbable_role_valid',
    selector: 'pre.command__code[role="group"][tabindex="0"][aria-label]',
    why:
      'A command block is focusable on purpose (src/steps/Blocks.tsx): a word too wide for the screen scrolls ' +
      'sideways inside it, and a keyboard can only scroll what it can focus (WCAG 2.1.1; axe ' +
      '"scrollable-region-focusable"). The engine passes it while it scrolls and fails it while it fits, which ' +
      "depends on the width, zoom and font, so it stays focusable either way (also without script). IBM's own " +
      'WCAG 2.2 policy counts this rule as a recommendation, not a violation.',
  },
];

interface Finding {
  readonly ruleId: string;
  readonly message: string;
  readonly path: string;
  readonly snippet: string;
  /** The known false positive it is, if any. */
  readonly knownAs: number;
}

/**
 * Runs the engine on the page as it is now: its violations (value VIOLATION, FAIL), each marked if known,
 * and how many checks passed (none would mean the engine checked nothing, e.g. under an unknown policy name).
 */
async function ibmViolations(page: Page): Promise<{ violations: Finding[]; passed: number }> {
  await page.addScriptTag({ path: ACE });
  return page.evaluate(
    async ({ policy, known }) => {
      interface Result {
        ruleId: string;
        value: [string, string];
        message: string;
        path: { dom: string };
        snippet: string;
      }
      const { ace } = window as unknown as {
        ace: { Checker: new () => { check(doc: Document, policies: string[]): Promise<{ results: Result[] }> } };
      };
      const report = await new ace.Checker().check(document, [policy]);
      const elementAt = (xpath: string) =>
        document.evaluate(xpath, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
      const violations = report.results
        .filter(({ value: [level, outcome] }) => level === 'VIOLATION' && outcome === 'FAIL')
        .map(({ ruleId, message, path, snippet }) => {
          const node = elementAt(path.dom);
          const knownAs = known.findIndex(
            (entry) => entry.ruleId === ruleId && node instanceof Element && node.matches(entry.selector),
          );
          return { ruleId, message, path: path.dom, snippet, knownAs };
        });
      return { violations, passed: report.results.filter(({ value: [, outcome] }) => outcome === 'PASS').length };
    },
    { policy: POLICY, known: KNOWN_FALSE_POSITIVES.map(({ ruleId, selector }) => ({ ruleId, selector })) },
  );
}

/** Fails with a readable list when the engine finds a violation that is not a known false positive. */
async function expectNoIbmViolations(page: Page, what: string) {
  const { violations, passed } = await ibmViolations(page);
  expect(passed, 'checks the engine ran and passed').toBeGreaterThan(0);
  const unknown = violations
    .filter((finding) => finding.knownAs === -1)
    .map(({ ruleId, message, path, snippet }) => `${ruleId}: ${message}\n    ${path}\n    ${snippet.slice(0, 200)}`);
  expect(unknown, `IBM Equal Access violations on ${what}:\n${unknown.join('\n')}`).toEqual([]);
}

// Only for this spec: the engine is injected as an inline <script>, which the site's CSP (script-src 'self')
// rightly blocks. Bypassing the CSP changes nothing else the engine sees; every other spec runs with it.
test.use({ bypassCSP: true });

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

for (const [index, { name, open }] of PAGE_TYPES.entries())
  for (const lng of languagesFor(LANGUAGES, index))
    test(`IBM Equal Access: ${name} (${lng})`, async ({ page, baseURL }) => {
      await open(page, lng, baseURL ?? '');
      await expectNoIbmViolations(page, `${name} (${lng})`);
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
