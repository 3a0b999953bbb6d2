import type { Page } from '@playwright/test';

/**
 * Sums the layout shifts (not caused by input) the page has had so far: its
 * Cumulative Layout Shift while the reader has not touched it. Waits 300 ms
 * for shifts still to come; wait for what appears late before calling it.
 */
export const layoutShift = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
