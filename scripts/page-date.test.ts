import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isoDay, latestPageDate, pageDates } from './page-date.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/sources-check/${name}`, import.meta.url), 'utf8');

describe('isoDay', () => {
  it.each([
    ['06/06/2025', '2025-06-06'],
    ['4/22/2026', '2026-04-22'],
    ['2026-05-18T00:00:00Z', '2026-05-18'],
    ['2025-06-07 07:12 AM', '2025-06-07'],
    ['2025-06-07', '2025-06-07'],
    ['May 30, 2024', '2024-05-30'],
    ['Sept 3 2024', undefined],
    ['02/30/2025', undefined],
    ['2025-13-01', undefined],
    ['soon', undefined],
  ])('reads %s as %s', (value, day) => {
    expect(isoDay(value)).toBe(day);
  });
});

describe('pageDates', () => {
  it('reads a Learn page: ms.date and updated_at', () => {
    expect(pageDates(fixture('learn-page.html'))).toEqual([
      { form: 'ms.date', date: '2025-06-06' },
      { form: 'updated_at', date: '2025-06-07' },
    ]);
  });

  it('reads a support.microsoft.com page: lastPublishedDate, in either attribute order, and dateModified', () => {
    expect(pageDates(fixture('support-page.html'))).toEqual([
      { form: 'lastPublishedDate', date: '2024-05-30' },
      { form: 'dateModified', date: '2024-05-30' },
    ]);
  });

  it('falls back to the visible "Last updated" line only when the markup has no date', () => {
    expect(pageDates('<p>Last updated: <b>June 4, 2025</b></p>')).toEqual([
      { form: '"Last updated"', date: '2025-06-04' },
    ]);
  });

  it('finds nothing on a page that states no last-updated date, rather than guessing', () => {
    expect(pageDates(fixture('no-date.html'))).toEqual([]);
  });

  it('takes the content date (ms.date) over the republish timestamp (updated_at), which moves for small edits', () => {
    expect(latestPageDate(pageDates(fixture('learn-page.html')))).toEqual({ form: 'ms.date', date: '2025-06-06' });
    // Only when a page gives no content date does the republish timestamp count.
    expect(latestPageDate([{ form: 'updated_at', date: '2025-06-07' }])).toEqual({
      form: 'updated_at',
      date: '2025-06-07',
    });
    expect(latestPageDate([])).toBeUndefined();
  });
});
