/**
 * A flow's locale file is downloaded in two parts: what every step needs
 * (`steps`: titles, questions, start page, more help) and the findings, which
 * only the summary shows and which are most of the text. A question page so
 * downloads a third of its flow's text, and no other flow's. The list of
 * troubleshooters downloads a catalog instead: each flow's `meta` only. The
 * split happens at build time (the `localeParts` plugin in vite.config.ts);
 * the files stay whole.
 */
export const LOCALE_PARTS = ['steps', 'findings'] as const;

export type LocalePart = (typeof LOCALE_PARTS)[number];

/** The top-level keys of a flow's locale file that belong to the `findings` part. */
export const FINDINGS_KEYS: readonly string[] = ['findings', 'notes'];

/** The part of a parsed flow locale file (`common` files are never split). */
export function localePart(json: Record<string, unknown>, part: LocalePart): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(json).filter(([key]) => FINDINGS_KEYS.includes(key) === (part === 'findings')),
  );
}

/** What the list of troubleshooters shows of a flow: its `meta` (title and description). */
export function catalogEntry(json: Record<string, unknown>): unknown {
  return json.meta;
}

/** A catalog entry as the list reads it. */
export interface CatalogEntry {
  readonly title: string;
  readonly description: string;
}
