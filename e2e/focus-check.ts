/**
 * Focus indicators (WCAG 2.4.7, 1.4.3, 1.4.11) on every element in the tab
 * order of a page (focus-stops.ts: one real Tab, then each element focused as
 * from the keyboard, :focus-visible checked):
 * - forced colours (Windows High Contrast), which drop backgrounds and box
 *   shadows: every focused element still has an outline (at least 2 px, not
 *   transparent), and a focused text link keeps its underline;
 * - the light and the dark colour scheme: every focused element shows the
 *   focus colour (outline or background), and text on the focus background
 *   contrasts at least 4.5:1.
 */
import type { Page } from '@playwright/test';
import { contrast, parseRgb, sameColour } from './contrast.ts';
import { type FocusStop, focusEveryStop } from './focus-stops.ts';
import { expect } from './support.ts';

/** WCAG 1.4.3 (AA) for normal text. */
export const MIN_TEXT_CONTRAST = 4.5;
/** The thinnest outline that counts as a focus indicator here (the styles draw 3 px). */
const MIN_OUTLINE_PX = 2;

/** The focus colour, as the browser computes it (the --wizard-focus a theme may set). */
export const focusColour = (page: Page) =>
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

export const MODES = [
  { name: 'forced colours', media: { forcedColors: 'active', colorScheme: 'light' } },
  { name: 'light', media: { forcedColors: 'none', colorScheme: 'light' } },
  { name: 'dark', media: { forcedColors: 'none', colorScheme: 'dark' } },
] as const;

/** A way the page is shown: forced colours, or the light or the dark colour scheme. */
export type FocusMode = (typeof MODES)[number];

/** Every element in the tab order shows keyboard focus, in forced colours and in the light and the dark scheme. */
export async function expectFocusShownEverywhere(page: Page, modes: readonly FocusMode[] = MODES): Promise<void> {
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
