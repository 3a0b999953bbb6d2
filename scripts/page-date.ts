/**
 * A page's own last-updated date, read from its HTML, for
 * `npm run sources:check`. Microsoft's sites say it in several ways; each is
 * tried, and every date found is returned, so the check can compare the
 * latest with the day a register row was checked:
 * - Learn: `<meta name="ms.date" content="06/06/2025">` (the author's date,
 *   the one the registers record; newer pages write `2025-06-06T00:00:00Z`)
 *   and `<meta name="updated_at" content="2025-06-07 07:12 AM">` (the last
 *   publish, which also moves for small edits);
 * - support.microsoft.com: `<meta name="lastPublishedDate" content="…">`, a
 *   `"lastPublishedDate": "…"` or `"dateModified": "…"` value in a script,
 *   or the visible "Last updated: May 30, 2024".
 * A page with none of these gives no date: the check reports "date not
 * found" rather than guessing from some other date on the page.
 */

import { isIsoDate } from './register-table.ts';

export interface PageDate {
  /** Which form it was read from, for the report. */
  readonly form: string;
  /** YYYY-MM-DD. */
  readonly date: string;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const pad = (value: number) => String(value).padStart(2, '0');

/** A day as YYYY-MM-DD when it exists in the calendar; undefined otherwise. */
function day(year: number, month: number, date: number): string | undefined {
  const text = `${year}-${pad(month)}-${pad(date)}`;
  return isIsoDate(text) ? text : undefined;
}

/**
 * The day a date value names, in the forms these pages use: `2025-06-06`
 * with or without a time (the date part is taken: the registers count
 * days), `6/6/2025` (US order, as ms.date is written) and `June 6, 2025`.
 */
export function isoDay(value: string): string | undefined {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us) return day(Number(us[3]), Number(us[1]), Number(us[2]));
  const words = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(text);
  const month = words ? MONTHS.indexOf((words[1] ?? '').toLowerCase()) + 1 : 0;
  if (words && month > 0) return day(Number(words[3]), month, Number(words[2]));
  return undefined;
}

/** The `name` (or `property`) and `content` of every `<meta>` tag, in any attribute order. */
function metaTags(html: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attributes = new Map<string, string>();
    for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
      attributes.set((match[1] ?? '').toLowerCase(), match[2] ?? match[3] ?? '');
    const name = attributes.get('name') ?? attributes.get('property');
    const content = attributes.get('content');
    if (name !== undefined && content !== undefined && !found.has(name.toLowerCase()))
      found.set(name.toLowerCase(), content);
  }
  return found;
}

/** Meta tags that carry the page's own date, by the name the report shows. */
const META_FORMS = ['ms.date', 'updated_at', 'lastPublishedDate', 'article:modified_time'];
/** JSON keys (in a page's scripts or JSON-LD) that carry it. */
const JSON_FORMS = ['lastPublishedDate', 'dateModified'];

/** Every last-updated date the page states, one per form found; empty when it states none. */
export function pageDates(html: string): PageDate[] {
  const dates: PageDate[] = [];
  const add = (form: string, value: string | undefined) => {
    const date = value === undefined ? undefined : isoDay(value);
    if (date !== undefined) dates.push({ form, date });
  };
  const meta = metaTags(html);
  for (const form of META_FORMS) add(form, meta.get(form.toLowerCase()));
  for (const form of JSON_FORMS)
    if (!dates.some((found) => found.form === form))
      add(form, new RegExp(`"${form}"\\s*:\\s*"([^"]+)"`).exec(html)?.[1]);
  // The visible line, where the markup has no machine-readable date.
  if (dates.length === 0)
    add(
      '"Last updated"',
      /Last updated:?\s*(?:<[^>]+>\s*)*([A-Za-z]+\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})/.exec(html)?.[1],
    );
  return dates;
}

/** Forms that move with every republish, not only when the text changes (Learn's `updated_at`). */
const PUBLISH_FORMS = new Set(['updated_at']);

/**
 * The date the page's text last changed: the latest of its content dates
 * (`ms.date`, `lastPublishedDate`, …). A republish timestamp (`updated_at`)
 * counts only when the page gives no content date, since it moves for small
 * edits and would list rows whose wording did not change.
 */
export function latestPageDate(dates: readonly PageDate[]): PageDate | undefined {
  const content = dates.filter((found) => !PUBLISH_FORMS.has(found.form));
  return (content.length > 0 ? content : dates).reduce<PageDate | undefined>(
    (latest, found) => (latest && latest.date >= found.date ? latest : found),
    undefined,
  );
}
