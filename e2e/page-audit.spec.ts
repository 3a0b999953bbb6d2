/**
 * One visit per page type (page-types.ts, the one list), every check that
 * looks at a whole page in that visit, in this order:
 * 1. one <title> once the app has started, and no layout shift since load
 *    (CLS 0: pre-rendered HTML that hydration changes would shift);
 * 2. axe (WCAG 2.2 AA tags) in the light colour scheme;
 * 3. on the pages whose colours are checked (below): every focus stop shows
 *    focus in the light and the dark scheme and in forced colours, and axe
 *    in the dark scheme;
 * 4. the page reflows at 320 CSS pixels without scrolling sideways;
 * 5. IBM Equal Access (a second engine, with its own rules).
 * Each page type in one language, the languages taking turns (every language
 * with `npm run test:exhaustive`). Colours come from one stylesheet: the focus
 * and dark-scheme checks run on the pages every flow shares and on the first
 * flow's (the other flows' pages have the same markup, other text).
 */
import { expectFocusShownEverywhere, type FocusMode, MODES } from './focus-check.ts';
import { expectNoIbmViolations } from './ibm.ts';
import { layoutShift } from './layout-shift.ts';
import { PAGE_TYPES, type PageType } from './page-types.ts';
import { expectNoHorizontalScroll, REFLOW_WIDTH } from './reflow.ts';
import { languagesFor } from './scope.ts';
import { appReady, expect, expectNoAxeViolations, FIRST_FLOW, heading, LANGUAGES, test } from './support.ts';

/** Whether the page's colours (focus styles, dark scheme) are checked: shared pages and the first flow's. */
const checksColours = (type: PageType) => type.flow === undefined || type.flow === FIRST_FLOW;

/** The document's own titles (an SVG's <title>, as in the map's picture, names a shape). */
const documentTitles = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('title')].filter((title) => !title.closest('svg')).map((title) => title.text),
  );

const LIGHT: FocusMode = MODES.find((mode) => mode.name === 'light') as FocusMode;

// Many checks on one page: a few seconds on an idle machine, much more on a busy one (the article has
// every finding of a flow, the most focus stops of any page).
test.describe.configure({ timeout: 120_000 });

for (const [index, type] of PAGE_TYPES.entries())
  for (const lng of languagesFor(LANGUAGES, index))
    test(`every page check: ${type.name} (${lng})`, async ({ page, baseURL }) => {
      const what = `${type.name} (${lng})`;
      await type.open(page, lng, baseURL ?? '');
      await appReady(page);

      await expect(heading(page)).toHaveCount(1);
      expect(await documentTitles(page), 'one <title>').toHaveLength(1);
      expect(await page.title()).not.toBe('');
      expect(await layoutShift(page), 'layout shift since load').toBe(0);

      await expectNoAxeViolations(page, what);
      if (checksColours(type)) {
        await expectFocusShownEverywhere(page);
        // expectFocusShownEverywhere leaves the page in its last mode, the dark scheme.
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
        await expectNoAxeViolations(page, `${what}, dark`);
        await page.emulateMedia(LIGHT.media);
      }

      const { height } = page.viewportSize() ?? { height: 720 };
      await page.setViewportSize({ width: REFLOW_WIDTH, height });
      await expectNoHorizontalScroll(page);

      await expectNoIbmViolations(page, what);
    });
