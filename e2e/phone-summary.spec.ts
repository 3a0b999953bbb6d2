/**
 * The summary on a phone (320 and 390 px wide) and on paper: commands break
 * only between words (a word too long for the line scrolls inside its block,
 * which the keyboard can reach), the page itself never scrolls sideways, the
 * Copy and Print buttons are thumb-sized and equally high, and the printed
 * page shows each link's address once.
 */
import type { Locator, Page } from '@playwright/test';
import {
  common,
  expect,
  FIRST_FLOW,
  LANGUAGES,
  type Language,
  type Pairs,
  summaryReady,
  TODAY,
  test,
} from './support.ts';

const flow = FIRST_FLOW;

/** The number of commands the summary for these answers shows. */
const commandCount = (pairs: Pairs): number =>
  flow
    .findings(pairs)
    .flatMap((id) => flow.text('en').findings[id]?.steps ?? [])
    .filter((step) => typeof step !== 'string').length;

/** The answers whose summary shows the most commands (the first such path today). */
const COMMAND_PATH: Pairs = flow
  .paths(TODAY)
  .reduce((best, pairs) => (commandCount(pairs) > commandCount(best) ? pairs : best));

/** WCAG 2.5.5's target size, and the usual minimum for a thumb. */
const MIN_TARGET = 44;

async function openSummary(page: Page, lng: Language): Promise<void> {
  await page.goto(flow.stepUrl(lng, flow.summaryId, COMMAND_PATH));
  await summaryReady(page);
}

/**
 * Where the lines of a block break: for each line after the first, the text
 * from the last character drawn on the line before to the first one drawn on
 * it (whitespace that hangs at a line's end is not drawn, so it falls between).
 */
function lineBreaks(block: Locator): Promise<string[]> {
  return block.evaluate((element) => {
    const text = element.textContent ?? '';
    const drawn: { at: number; top: number; height: number }[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = (node as Text).data;
      for (let i = 0; i < data.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = [...range.getClientRects()].find((box) => box.width > 0);
        if (rect) drawn.push({ at: offset + i, top: rect.top, height: rect.height });
      }
      offset += data.length;
    }
    const breaks: string[] = [];
    for (let i = 1; i < drawn.length; i++) {
      const [before, after] = [drawn[i - 1], drawn[i]] as [(typeof drawn)[0], (typeof drawn)[0]];
      if (after.top > before.top + before.height / 2) breaks.push(text.slice(before.at, after.at + 1));
    }
    return breaks;
  });
}

for (const width of [320, 390]) {
  test.describe(`the summary at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 }, hasTouch: true, isMobile: true });

    for (const lng of LANGUAGES) {
      test(`${lng}: commands break between words or scroll in a block the keyboard reaches; the page does not scroll sideways`, async ({
        page,
      }) => {
        await openSummary(page, lng);
        const blocks = page.locator('main pre');
        await expect(blocks).toHaveCount(commandCount(COMMAND_PATH));
        expect(commandCount(COMMAND_PATH)).toBeGreaterThan(0);

        for (const block of await blocks.all()) {
          const code = (await block.textContent()) ?? '';
          // Every line break falls on whitespace (before a parameter's hyphen, never after a verb's).
          for (const at of await lineBreaks(block)) expect(at, `a line break inside a word of "${code}"`).toMatch(/\s/);

          const { scrolls, overflowX } = await block.evaluate((element) => ({
            scrolls: element.scrollWidth > element.clientWidth,
            overflowX: getComputedStyle(element).overflowX,
          }));
          if (!scrolls) continue;
          // A block wider than the screen scrolls (nothing is cut off), and a keyboard reaches and scrolls it.
          expect(['auto', 'scroll']).toContain(overflowX);
          await expect(block).toHaveAttribute('tabindex', '0');
          await expect(block).toHaveAccessibleName(common(lng).summary.command);
          await expect(async () => {
            await block.focus();
            await expect(block).toBeFocused();
            await page.keyboard.press('ArrowRight');
            await expect.poll(() => block.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
          }).toPass();
        }

        const sideways = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(sideways.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(sideways.clientWidth);
      });

      test(`${lng}: Copy and Print are at least ${MIN_TARGET} px high and equally high`, async ({ page }) => {
        await openSummary(page, lng);
        const words = common(lng).summary;
        const copySummary = page.getByRole('button', { name: words.copySummary, exact: true });
        const print = page.getByRole('button', { name: words.print, exact: true });
        const [copyBox, printBox] = [await copySummary.boundingBox(), await print.boundingBox()];
        expect(copyBox?.height).toBeGreaterThanOrEqual(MIN_TARGET);
        expect(printBox?.height).toBeGreaterThanOrEqual(MIN_TARGET);
        expect(copyBox?.height).toBeCloseTo(printBox?.height ?? 0, 1);

        // The Copy button of each command too.
        const copies = page.locator('main .command').getByRole('button', { name: words.copy });
        await expect(copies).toHaveCount(commandCount(COMMAND_PATH));
        for (const copy of await copies.all())
          expect((await copy.boundingBox())?.height).toBeGreaterThanOrEqual(MIN_TARGET);
      });
    }
  });
}

test.describe('the printed summary', () => {
  for (const lng of LANGUAGES)
    test(`${lng}: shows each link's address once`, async ({ page }) => {
      await openSummary(page, lng);
      await page.emulateMedia({ media: 'print' });
      const links = await page.locator('main a[href^="http"]').evaluateAll((anchors) =>
        anchors
          .filter((anchor) => anchor.getClientRects().length > 0)
          .map((anchor) => {
            const added = getComputedStyle(anchor, '::after').content;
            const href = anchor.getAttribute('href') ?? '';
            // What the page prints for the link: its text and whatever the print style adds after it.
            const printed = `${anchor.textContent} ${added === 'none' ? '' : added}`;
            // The link's own words (before the hidden "opens in a new tab").
            const label = anchor.firstChild?.textContent?.trim() ?? '';
            return { href, label, times: printed.split(href).length - 1 };
          }),
      );
      // Both kinds are on this page: an address in running text, and a named source link.
      expect(links.some(({ href, label }) => label === href)).toBe(true);
      expect(links.some(({ href, label }) => label !== href)).toBe(true);
      for (const { href, times } of links) expect(times, `${href} printed ${times} times`).toBe(1);
    });
});
