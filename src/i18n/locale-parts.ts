/**
 * A flow's locale file is downloaded in two parts: what every step needs
 * (`steps`: titles, questions, start page, more help) and the findings, which
 * only the summary shows and which are most of the text. A question page so
 * downloads a third of its language's text. The split happens at build time
 * (the `localeParts` plugin in vite.config.ts); the files stay whole.
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
