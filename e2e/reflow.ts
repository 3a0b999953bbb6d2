import type { Page } from '@playwright/test';
import { expect } from './support.ts';

/** WCAG 1.4.10: content reflows at 320 CSS pixels (1280 px at 400% zoom) without scrolling sideways. */
export const REFLOW_WIDTH = 320;

/** The page's scroll width is at most 320 px; a failure lists the visible elements that stick out. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { width, culprits } = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    // The innermost visible elements whose own content sticks out (not those that scroll on purpose).
    culprits: [...document.querySelectorAll('main *')]
      .filter((element) => !element.closest('.visually-hidden') && element.clientWidth > 0)
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .filter((element) => getComputedStyle(element).overflowX === 'visible')
      .filter((element) => ![...element.children].some((child) => child.scrollWidth > child.clientWidth + 1))
      .map((element) => `<${element.tagName.toLowerCase()}> ${(element.textContent ?? '').trim().slice(0, 90)}`),
  }));
  expect(width, `wider than ${REFLOW_WIDTH}px:\n${culprits.join('\n')}`).toBeLessThanOrEqual(REFLOW_WIDTH);
}
