/**
 * Dates in a flow's text are written as `{date:<name>}`, a name from the
 * flow's `dates`, so the day an announcement takes effect is written once (in
 * the flow) and shown in each language's own date format.
 */
const PLACEHOLDER = /\{date:([^}]*)\}/g;

/** The date names a text refers to. */
export function datePlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
}

/** Formats an ISO date (`2027-02-01`) as a long date in a locale, e.g. `1 February 2027` in en-GB. */
export function longDate(locale: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (iso) => format.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * Every string in `value` (deeply) with its date placeholders filled in.
 * A name the flow does not have stays as written (`flow:check` reports it).
 */
export function fillDates<T>(value: T, dates: Readonly<Record<string, string>>, format: (iso: string) => string): T {
  if (typeof value === 'string')
    return value.replace(PLACEHOLDER, (whole, name: string) => {
      const iso = Object.hasOwn(dates, name) ? dates[name] : undefined;
      return iso === undefined ? whole : format(iso);
    }) as T;
  if (Array.isArray(value)) return value.map((item) => fillDates(item, dates, format)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillDates(item, dates, format)])) as T;
  return value;
}
