import { ALL_STEP, MAP_STEP } from '../engine/ids.ts';

/**
 * A flow's locale file is downloaded in parts: what every step needs
 * (`steps`: titles, questions, start page, more help) and the findings, which
 * only the summary shows and which are most of the text. A question page so
 * downloads a third of its flow's text, and no other flow's. The flow map
 * needs only the findings' titles (`titles`), a small part of their text.
 * The list of troubleshooters downloads a catalog instead: each flow's `meta`
 * only. The split happens at build time (the `localeParts` plugin in
 * vite.config.ts); the files stay whole.
 */
export const LOCALE_PARTS = ['steps', 'findings', 'titles'] as const;

export type LocalePart = (typeof LOCALE_PARTS)[number];

/** The part of `common.json` that is the list of troubleshooters. */
export const CATALOG_PART = 'catalog';

/** The top-level keys of a flow's locale file that belong to the `findings` part. */
export const FINDINGS_KEYS: readonly string[] = ['findings', 'notes'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each finding's title only: `{ findings: { <id>: { title } } }`. */
function findingTitles(json: Record<string, unknown>): Record<string, unknown> {
  const findings = isRecord(json.findings) ? json.findings : {};
  return {
    findings: Object.fromEntries(
      Object.entries(findings).map(([id, finding]) => [id, { title: isRecord(finding) ? finding.title : undefined }]),
    ),
  };
}

/** The part of a parsed flow locale file (`common` files are never split). */
export function localePart(json: Record<string, unknown>, part: LocalePart): Record<string, unknown> {
  if (part === 'titles') return findingTitles(json);
  return Object.fromEntries(
    Object.entries(json).filter(([key]) => FINDINGS_KEYS.includes(key) === (part === 'findings')),
  );
}

/**
 * Text a support page shows in its pre-rendered HTML beyond the step text,
 * so it is loaded before the page renders or hydrates (pageResources): the
 * map names each finding, the whole article shows every finding in full.
 * The summary and the link reader load the findings after hydration.
 */
const TEXT_AT_START: ReadonlyMap<string, FindingsPart> = new Map([
  [MAP_STEP, 'titles'],
  [ALL_STEP, 'findings'],
]);

/** The parts that hold findings' text: all of it, or the titles only. */
export type FindingsPart = Exclude<LocalePart, 'steps'>;

/** The findings part the page at `step` loads at start, if any. */
export function findingsPartAtStart(step: string | undefined): FindingsPart | undefined {
  return step === undefined ? undefined : TEXT_AT_START.get(step);
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
