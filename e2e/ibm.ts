/**
 * A second accessibility engine beside axe (issue 12): IBM Equal Access
 * (accessibility-checker-engine, its "IBM_Accessibility" policy: WCAG 2.0,
 * 2.1 and 2.2 A and AA plus IBM's own requirements). Engines differ in what
 * they look for: anything IBM's engine calls a violation fails, except the
 * findings listed in KNOWN_FALSE_POSITIVES, each for one rule on one kind of
 * element, with why. Its "potential violations" (for a person to review) are
 * not failures.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect } from './support.ts';

/** The engine's browser bundle (the package's main file), injected into each page. */
const ACE = createRequire(import.meta.url).resolve('accessibility-checker-engine');
/** Read once per worker: 685 KB. */
let engineSource: string | undefined;
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
  {
    ruleId: 'element_tabbable_role_valid',
    selector: 'div.support-map__picture[role="group"][tabindex="0"][aria-labelledby]',
    why:
      "The map's picture scrolls sideways in its box on a small screen (src/support/MapPage.tsx): focusable for " +
      'the same reason as a command block (WCAG 2.1.1; axe "scrollable-region-focusable"), named by its heading.',
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
export async function ibmViolations(page: Page): Promise<{ violations: Finding[]; passed: number }> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern (an injected <script>
  // would need bypassCSP, and that would hide the CSP from the checks that share the visit). The bundle
  // declares a global `var ace`; its first run defines it, later runs on the same page reuse it.
  engineSource ??= readFileSync(ACE, 'utf8');
  if (!(await page.evaluate(() => 'ace' in window))) await page.evaluate(engineSource);
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
export async function expectNoIbmViolations(page: Page, what: string) {
  const { violations, passed } = await ibmViolations(page);
  expect(passed, 'checks the engine ran and passed').toBeGreaterThan(0);
  const unknown = violations
    .filter((finding) => finding.knownAs === -1)
    .map(({ ruleId, message, path, snippet }) => `${ruleId}: ${message}\n    ${path}\n    ${snippet.slice(0, 200)}`);
  expect(unknown, `IBM Equal Access violations on ${what}:\n${unknown.join('\n')}`).toEqual([]);
}
