/**
 * Focus indicators (WCAG 2.4.7, 1.4.3, 1.4.11) on every element in the tab
 * order of each kind of page, in both languages (focus-stops.ts: one real Tab,
 * then each element focused as from the keyboard, :focus-visible checked):
 * - forced colours (Windows High Contrast), which drop backgrounds and box
 *   shadows: every focused element still has an outline (at least 2 px, not
 *   transparent), and a focused text link keeps its underline;
 * - the light and the dark colour scheme: every focused element shows the
 *   focus colour (outline or background), and text on the focus background
 *   contrasts at least 4.5:1;
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
import { nodeOf } from '../src/engine/graph.ts';
import { ALL_STEP, LINK_STEP, MAP_STEP } from '../src/engine/ids.ts';
import { contrast, parseRgb, sameColour } from './contrast.ts';
import { type FocusStop, focusAsByKeyboard, focusEveryStop, tabOrder } from './focus-stops.ts';
import { languagesFor } from './scope.ts';
import { screenColours } from './screenshot-colours.ts';
import {
  common,
  continueButton,
  DONE_STEP,
  expect,
  FIRST_FLOW,
  heading,
  LANGUAGES,
  type Language,
  languageLink,
  MORE_HELP_STEP,
  otherLanguages,
  setDay,
  summaryReady,
  test,
} from './support.ts';

/** WCAG 1.4.3 (AA) for normal text. */
const MIN_TEXT_CONTRAST = 4.5;
/** The thinnest outline that counts as a focus indicator here (the styles draw 3 px). */
const MIN_OUTLINE_PX = 2;

const flow = FIRST_FLOW;

/** A question with "how do I find out?" help (a details element to tab through), on a day it is asked. */
const questionWithHelp = (() => {
  const id =
    flow.questionIds.find((question) => {
      const node = nodeOf(flow.flow, question);
      return node?.kind === 'question' && node.help === true;
    }) ?? flow.flow.start;
  const day = flow.dayToAsk(id);
  return { id, day, pairs: flow.answersToReach(id, day) };
})();

async function openQuestion(page: Page, lng: Language): Promise<void> {
  await setDay(page, questionWithHelp.day);
  await page.goto(flow.stepUrl(lng, questionWithHelp.id, questionWithHelp.pairs));
  await expect(heading(page)).toHaveText(flow.title(lng, questionWithHelp.id));
  // Continue works once the page is hydrated (it is disabled before).
  await expect(continueButton(page, lng)).toBeEnabled();
}

async function openSummary(page: Page, lng: Language): Promise<void> {
  // The findings come in a chunk of their own after the page: wait for the network to settle on a busy machine.
  await page.goto(flow.stepUrl(lng, flow.summaryId, flow.richPath), { waitUntil: 'networkidle' });
  await summaryReady(page);
}

/** Each kind of page: how to open it in a language, once loaded and ready for the keyboard. */
const PAGES: readonly {
  readonly name: string;
  open(page: Page, lng: Language): Promise<void>;
  /** Many focus stops: more time on a busy machine. */
  readonly slow?: boolean;
}[] = [
  {
    name: 'flow list',
    open: async (page, lng) => {
      await page.goto(`${lng}/`);
      await expect(heading(page)).toHaveText(common(lng).home.title);
    },
  },
  {
    name: 'start page',
    open: async (page, lng) => {
      await page.goto(flow.startUrl(lng));
      await expect(heading(page)).toHaveText(flow.text(lng).meta.title);
    },
  },
  { name: 'question with help', open: openQuestion },
  {
    name: 'question in its error state',
    open: async (page, lng) => {
      await openQuestion(page, lng);
      await continueButton(page, lng).click();
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  { name: 'summary', open: openSummary, slow: true },
  ...[
    ['done page', DONE_STEP, (lng: Language) => common(lng).done.title],
    ['more-help page', MORE_HELP_STEP, (lng: Language) => common(lng).moreHelp.title],
  ].map(([name, step, title]) => ({
    name: name as string,
    open: async (page: Page, lng: Language) => {
      await page.goto(flow.stepUrl(lng, step as string, flow.richPath));
      await expect(heading(page)).toHaveText((title as (lng: Language) => string)(lng));
    },
  })),
  {
    name: 'not-found page',
    open: async (page, lng) => {
      await page.goto(`${lng}/no-such-flow/at/all`);
      await expect(heading(page)).toHaveText(common(lng).notFound.title);
    },
  },
  ...[MAP_STEP, LINK_STEP].map((step) => ({
    name: `support page ${step}`,
    open: async (page: Page, lng: Language) => {
      await page.goto(`${lng}/${flow.id}/${step}`);
      await expect(heading(page)).toHaveCount(1);
      // Hydrated: the link reader's button is enabled then; the map's Copy buttons are there.
      await expect(page.locator('main button').first()).toBeEnabled();
    },
  })),
];

/** The article has every finding of a flow: the most focus stops of any page, so one language per run of the test. */
async function openArticle(page: Page, lng: Language): Promise<void> {
  await page.goto(`${lng}/${flow.id}/${ALL_STEP}`);
  await expect(heading(page)).toHaveText(flow.text(lng).meta.title);
}

/** The focus colour, as the browser computes it (the --wizard-focus a theme may set). */
const focusColour = (page: Page) =>
  page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--wizard-focus)';
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });

/** Whether the stop had focus as from the keyboard: else its styles prove nothing. */
const keyboardFocusFaults = (stop: FocusStop): string[] =>
  stop.focused && stop.focusVisible ? [] : [`focused ${stop.focused}, :focus-visible ${stop.focusVisible}`];

/** What is wrong with a stop under forced colours (empty: nothing). */
function forcedColoursFaults(stop: FocusStop): string[] {
  const faults = keyboardFocusFaults(stop);
  // Forced colours remove background and box-shadow: only the outline is left to show focus.
  if (stop.outlineStyle === 'none' || stop.outlineWidth < MIN_OUTLINE_PX)
    faults.push(`outline ${stop.outlineStyle} ${stop.outlineWidth}px`);
  // Chromium paints an author's transparent outline in a system colour here, and reports that colour.
  if (parseRgb(stop.outlineColor).a === 0) faults.push(`outline colour ${stop.outlineColor}`);
  if (stop.isTextLink && !stop.textDecorationLine.includes('underline'))
    faults.push(`text link without underline (${stop.textDecorationLine})`);
  return faults;
}

/** What is wrong with a stop in a normal colour scheme, whose focus colour is `focus` (empty: nothing). */
function colourSchemeFaults(stop: FocusStop, focus: string): string[] {
  const faults = keyboardFocusFaults(stop);
  const focusRgb = parseRgb(focus);
  const outlined =
    stop.outlineStyle !== 'none' &&
    stop.outlineWidth >= MIN_OUTLINE_PX &&
    sameColour(parseRgb(stop.outlineColor), focusRgb);
  const onFocusBackground = sameColour(parseRgb(stop.backgroundColor), focusRgb);
  if (!outlined && !onFocusBackground)
    faults.push(
      `no focus colour (outline ${stop.outlineStyle} ${stop.outlineColor}, background ${stop.backgroundColor})`,
    );
  if (onFocusBackground) {
    const ratio = contrast(parseRgb(stop.color), focusRgb);
    if (ratio < MIN_TEXT_CONTRAST) faults.push(`text ${stop.color} on ${stop.backgroundColor}: ${ratio}:1`);
  }
  return faults;
}

const MODES = [
  { name: 'forced colours', media: { forcedColors: 'active', colorScheme: 'light' } },
  { name: 'light', media: { forcedColors: 'none', colorScheme: 'light' } },
  { name: 'dark', media: { forcedColors: 'none', colorScheme: 'dark' } },
] as const;

/** Every element in the tab order shows keyboard focus, in forced colours and in the light and the dark scheme. */
async function expectFocusShownEverywhere(page: Page, modes: readonly (typeof MODES)[number][] = MODES): Promise<void> {
  const faults: string[] = [];
  for (const mode of modes) {
    await page.emulateMedia(mode.media);
    const forced = mode.media.forcedColors === 'active';
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(forced);
    const focus = await focusColour(page);
    const stops = await focusEveryStop(page);
    expect(stops.length, 'focus stops').toBeGreaterThan(0);
    for (const stop of stops)
      for (const fault of forced ? forcedColoursFaults(stop) : colourSchemeFaults(stop, focus))
        faults.push(`${mode.name}: ${stop.element}: ${fault}`);
  }
  expect(faults, faults.join('\n')).toEqual([]);
}

const TITLE = 'every focus stop shows focus, in forced colours, light and dark';

for (const [index, { name, open, slow }] of PAGES.entries())
  for (const lng of languagesFor(LANGUAGES, index))
    test(`${TITLE}: ${name} (${lng})`, async ({ page }) => {
      test.slow(slow === true);
      await open(page, lng);
      await expectFocusShownEverywhere(page);
    });

test(`${TITLE}: article`, async ({ page }) => {
  test.slow();
  // One language (the styles are the same in both): Dutch, the default.
  await openArticle(page, 'nl');
  await expectFocusShownEverywhere(page);
});

test.describe('the elements checked are the tab order', () => {
  // Real Tab presses, one at a time (slow), on pages with links, buttons, fields, a select and help.
  for (const [name, open] of [
    ['question in its error state', PAGES.find(({ name }) => name === 'question in its error state')?.open],
    ['link reader', PAGES.find(({ name }) => name === `support page ${LINK_STEP}`)?.open],
  ] as const)
    test(name, async ({ page }) => {
      test.slow();
      await open?.(page, 'en');
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
      await openSummary(page, lng);
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
    ['start page (Start now)', PAGES.find(({ name }) => name === 'start page')?.open],
  ] as const)
    test(name, async ({ page }) => {
      test.slow();
      await open?.(page, 'en');
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
