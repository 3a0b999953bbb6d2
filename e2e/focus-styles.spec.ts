/**
 * Focus indicators (WCAG 2.4.7, 1.4.3, 1.4.11) beyond what page-audit.spec.ts
 * checks on every page type (focus-check.ts, every focus stop in forced
 * colours, light and dark):
 * - real Tab presses reach exactly the elements checked (two pages);
 * - a visited site name, language link and link-button, focused, still has
 *   the focus colours (read off the screen: the browser hides :visited
 *   colours from scripts);
 * - a button keeps its focus style while the mouse is over it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContextOptions, Page, PlaywrightWorkerArgs } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/browser-path.mjs';
import { contrast, parseRgb } from './contrast.ts';
import { expectFocusShownEverywhere, focusColour, MIN_TEXT_CONTRAST, MODES } from './focus-check.ts';
import { focusAsByKeyboard, tabOrder } from './focus-stops.ts';
import { pageType } from './page-types.ts';
import { screenColours } from './screenshot-colours.ts';
import {
  common,
  expect,
  FIRST_FLOW,
  heading,
  type Language,
  languageLink,
  otherLanguages,
  summaryReady,
  test,
} from './support.ts';

const flow = FIRST_FLOW;
const openQuestion = pageType(`${flow.id} question with help open`).open;
const openSummary = pageType(`${flow.id} summary with many findings`).open;

test.describe('the elements checked are the tab order', () => {
  // Real Tab presses, one at a time (slow), on pages with links, buttons, fields, a select and help.
  for (const [name, open] of [
    ['question in its error state', pageType(`${flow.id} question in its error state`).open],
    ['link reader', pageType(`${flow.id} support link reader, having read a summary link`).open],
  ] as const)
    test(name, async ({ page, baseURL }) => {
      test.slow();
      await open(page, 'en', baseURL ?? '');
      const { tabbed, listed } = await tabOrder(page);
      expect(tabbed.length).toBeGreaterThan(5);
      expect(tabbed).toEqual(listed);
    });
});

/** Pages written once for every language, as a reader without JavaScript gets them. */
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const [name, url] of [
    ['the root (language choice)', ''],
    ['404.html', 'no-such-page/at/all'],
  ] as const)
    test(`every focus stop has an outline in forced colours: ${name}`, async ({ page }) => {
      await page.goto(url);
      await expect(heading(page)).toHaveCount(1);
      await expectFocusShownEverywhere(page, [MODES[0]]);
    });
});

/**
 * Visited links need a browser profile on disk: Playwright's usual contexts
 * are off the record, and there Chromium shows no link as visited.
 */
async function withProfile(
  playwright: PlaywrightWorkerArgs['playwright'],
  options: BrowserContextOptions,
  use: (page: Page) => Promise<void>,
): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'focus-visited-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    ...options,
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  try {
    await use(context.pages()[0] ?? (await context.newPage()));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

// The colours are the same in every language: each scheme in one of them.
for (const [colorScheme, lng] of [
  ['light', 'nl'],
  ['dark', 'en'],
] as const)
  test(`visited and focused (${colorScheme}): the site name, the language link and "${common(lng).summary.solvedNo}" keep the focus colours (${lng})`, async ({
    playwright,
    baseURL,
  }) => {
    // Three visits and their way back before the check: slow on a busy machine.
    test.slow();
    await withProfile(playwright, { baseURL, colorScheme }, async (page) => {
      await openSummary(page, lng, baseURL ?? '');
      const links = [
        page.getByRole('link', { name: common(lng).site.name, exact: true }),
        languageLink(page, otherLanguages(lng)[0] as Language),
        page.getByRole('link', { name: common(lng).summary.solvedNo, exact: true }),
      ];
      // Visit each link's target by following it (as a reader does: a visit by typed address does not count), and come back.
      for (const link of links) {
        const from = page.url();
        await link.click();
        await expect(page).not.toHaveURL(from);
        await page.goBack();
        await expect(page).toHaveURL(from);
        await summaryReady(page);
      }
      // Off every link: a hover style is not what this test is about.
      await page.mouse.move(0, 0);
      // Visited: the browser hides it from scripts, so the screen shows what the reader gets.
      const focus = parseRgb(await focusColour(page));
      const measured: string[] = [];
      for (const link of links) {
        await focusAsByKeyboard(page, link);
        await expect(link).toBeFocused();
        const { background, text } = await screenColours(link);
        const ratio = contrast(text, background);
        const name = await link.textContent();
        measured.push(
          `${name}: rgb(${text.r}, ${text.g}, ${text.b}) on rgb(${background.r}, ${background.g}, ${background.b}), ${ratio}:1`,
        );
        expect.soft(background, `${name}: the focus background`).toEqual({ r: focus.r, g: focus.g, b: focus.b });
        expect.soft(ratio, `${name}: text on the focus background`).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      }
      test.info().annotations.push({ type: 'measured', description: measured.join('; ') });
    });
  });

test.describe('a focused button keeps its focus style under the mouse', () => {
  /** The styles that draw a button's focus (and that a hover style could change). */
  const focusedStyle = (page: Page) =>
    page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return {
        outline: `${style.outlineStyle} ${Number.parseFloat(style.outlineWidth)}px ${style.outlineColor}`,
        background: style.backgroundColor,
        boxShadow: style.boxShadow,
        color: style.color,
        borderColor: style.borderColor,
        filter: style.filter,
      };
    });

  for (const [name, open] of [
    ['summary (Copy, Print, yes and no)', openSummary],
    ['question (Continue)', openQuestion],
    ['start page (Start now)', pageType(`${flow.id} start page`).open],
  ] as const)
    test(name, async ({ page, baseURL }) => {
      test.slow();
      await open(page, 'en', baseURL ?? '');
      const buttons = page.locator('main .button');
      const count = await buttons.count();
      expect(count).toBeGreaterThan(0);
      for (let at = 0; at < count; at++) {
        const button = buttons.nth(at);
        await focusAsByKeyboard(page, button);
        expect(await button.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
        const focused = await focusedStyle(page);
        await button.hover();
        await expect(button).toBeFocused();
        expect(await focusedStyle(page), `${await button.textContent()}: focused and hovered`).toEqual(focused);
        await page.mouse.move(0, 0);
      }
    });
});
