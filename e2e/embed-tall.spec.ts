/**
 * A very tall wizard inside an intranet page (issue 12, defect 6). The host
 * script capped the iframe at 20,000 px with no scrollbar, so the end of a
 * long summary ("Is je probleem hiermee opgelost?" and its two buttons) could
 * not be reached by a reader whose settings make it taller than that. Measured
 * on the Dutch summaries at 320 CSS px with WCAG 1.4.12 text spacing: 17,065
 * and 12,233 px at the default text size, 42,256 and 30,104 px with text 1.5
 * times as large, 86,595 and 61,593 px with text twice as large (WCAG 1.4.4).
 *
 * Here a reader with text twice as large and text spacing goes to the end of
 * the page, as they would, until "Ja, het is opgelost" is on screen, then
 * clicks it where it is shown. And content that grows with its
 * frame (a runaway height) still stops the iframe growing, which then scrolls.
 */
import { expect, type Frame, type Page, test } from '@playwright/test';
import { hostOrigins } from './host-origins.ts';
import { common, FIRST_FLOW, FLOWS, type FlowCase, type Language, type Pairs, setDay, TODAY } from './support.ts';

const wizardPort = Number(process.env.E2E_PORT ?? 4321);
const { allowed } = hostOrigins(wizardPort);
const VIEWPORT = { width: 320, height: 640 };

/**
 * A reader's own style sheet, in every frame: as a browser extension or user
 * style sheet would, an adopted style sheet set before the page's own scripts
 * run (the wizard's CSP, style-src 'self', blocks a <style> element but not a
 * sheet built through the CSSOM).
 */
async function readerStyle(page: Page, css: string) {
  await page.addInitScript((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

/** Text twice as large (WCAG 1.4.4), as a browser's font-size setting does, with WCAG 1.4.12's text spacing. */
const LARGE_SPACED_TEXT = `
  html { font-size: 200% !important; }
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/**
 * Opens the intranet page with the wizard on `step` of `flow`, allowed to talk
 * to the page; the snippet names only a step, so `pairs` (the earlier answers)
 * are added to the iframe's address, as a link followed inside it carries them.
 */
async function openHost(page: Page, flow: FlowCase, lng: Language, step: string, pairs: Pairs) {
  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ allowedOrigins: [allowed] }) }),
  );
  await page.goto(`${allowed}/intranet.html?flow=${flow.id}&lang=${lng}&step=${step}`);
  const iframe = page.locator('iframe');
  const src = await iframe.evaluate((element: HTMLIFrameElement, answers) => {
    const url = new URL(element.src);
    for (const [question, option] of answers) url.searchParams.append(question, option);
    element.src = url.href;
    return url.href;
  }, pairs);
  await expect.poll(() => page.frames()[1]?.url()).toBe(src);
  return { iframe, inner: (await (await iframe.elementHandle())?.contentFrame()) as Frame };
}

/**
 * The middle of the link named `text`, in the host page's viewport, if the
 * reader sees all of it: inside the iframe's own viewport and the host's.
 */
async function onScreen(page: Page, inner: Frame, text: string) {
  const link = await inner.evaluate((name) => {
    const element = [...document.querySelectorAll('a')].find((each) => each.textContent?.trim() === name);
    const rect = element?.getBoundingClientRect();
    return rect && { top: rect.top, bottom: rect.bottom, x: rect.left + rect.width / 2, height: window.innerHeight };
  }, text);
  const frame = await page.locator('iframe').boundingBox();
  if (!link || !frame) return null;
  const [top, bottom] = [frame.y + link.top, frame.y + link.bottom];
  const seen = link.top >= 0 && link.bottom <= link.height && top >= 0 && bottom <= VIEWPORT.height;
  return seen ? { x: frame.x + link.x, y: (top + bottom) / 2 } : null;
}

const height = (page: Page) =>
  page.locator('iframe').evaluate((element) => Math.round(element.getBoundingClientRect().height));

test.use({ viewport: VIEWPORT });

// The browser believes it is TODAY, as in the other specs, so dated advice is fixed. (Not support.ts's `test`:
// its guard counts the intranet page's own origin as another host.)
test.beforeEach(async ({ page }) => {
  await setDay(page, TODAY);
});

// Dutch: the longer language. Every flow: each has its own summary length.
for (const flow of FLOWS) {
  const lng: Language = 'nl';
  test(`${flow.id}: at 320 px with large text and text spacing, the end of the long Dutch summary is scrolled to and clicked`, async ({
    page,
  }) => {
    test.slow(); // a very long page laid out with large text
    const words = common(lng);
    await readerStyle(page, LARGE_SPACED_TEXT);
    const { inner } = await openHost(page, flow, lng, flow.summaryId, flow.richPath);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(words.summary.title);
    await expect(frame.getByRole('heading', { name: words.summary.solvedQuestion })).toBeAttached();
    // For this reader the summary is taller than the old cap; the host script has applied a height to the iframe.
    const content = () => inner.evaluate(() => Math.ceil(document.querySelector('.frame')?.scrollHeight ?? 0));
    await expect.poll(content).toBeGreaterThan(20_000);
    await expect.poll(() => height(page)).toBeGreaterThanOrEqual(20_000);

    // The reader goes to the end of the host page (End), where the summary ends just above the host's last
    // line, then scrolls back up with the wheel over the iframe if the buttons are above the screen.
    await page.locator('h1').click();
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
    // The wheel scrolls smoothly, the host page and the iframe in turn: each turn waits until both stand
    // still, so the link is found, and clicked, where it stays (reading it mid-scroll, the click landed
    // on the next link, "No, I still need help", about one run in ten).
    const position = async () =>
      `${await page.evaluate(() => window.scrollY)},${await inner.evaluate(() => window.scrollY)}`;
    const scrollStopped = async () => {
      let last = '';
      await expect
        .poll(
          async () => {
            const now = await position();
            const same = now === last;
            last = now;
            return same;
          },
          { intervals: [100] },
        )
        .toBe(true);
    };
    await scrollStopped();
    let point = await onScreen(page, inner, words.summary.solvedYes);
    for (let turn = 0; turn < 10 && !point; turn += 1) {
      await page.mouse.wheel(0, -VIEWPORT.height / 4);
      await scrollStopped();
      point = await onScreen(page, inner, words.summary.solvedYes);
    }
    expect(point, `"${words.summary.solvedYes}" scrolled into view`).not.toBeNull();
    // Clicked where it is shown, as a reader does (not scrolled there by the test tool).
    await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(words.done.title);
  });
}

// The host script's limit is the same for every flow: one question page suffices.
test('content that grows with its frame stops the iframe growing, which then scrolls; the host page is still usable', async ({
  page,
}) => {
  // Content 5,000 px higher than its frame (100vh inside the iframe): each height sent makes the iframe taller,
  // which makes the content taller again, without end.
  await readerStyle(page, `.frame::after { content: ''; display: block; height: calc(100vh + 5000px); }`);
  const flow = FIRST_FLOW;
  const { iframe, inner } = await openHost(page, flow, 'en', flow.flow.start, []);
  await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveText(
    flow.title('en', flow.flow.start),
  );
  // It stops growing: at a height that is the same half a second later, far below what the wizard asks for.
  let last = 0;
  await expect
    .poll(
      async () => {
        const now = await height(page);
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [500], timeout: 20_000 },
    )
    .toBe(true);
  const asked = await inner.evaluate(() => Math.ceil(document.querySelector('.frame')?.scrollHeight ?? 0));
  expect(last).toBeGreaterThan(640);
  expect(asked).toBeGreaterThan(last);
  // Past its limit the iframe has a scrollbar of its own, so the content below it is still reachable.
  await expect(iframe).toHaveAttribute('scrolling', 'auto');
  // The host's own text below the iframe is still there to scroll to.
  await page.locator('#below').scrollIntoViewIfNeeded();
  await expect(page.locator('#below')).toBeInViewport();
});
