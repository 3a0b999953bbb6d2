import type { Block, FindingText, LinkText, OptionText } from '../engine/locale-shape.ts';
import { FLOW_IDS } from './flow-registry.ts';
import { CATALOG_NS, i18n } from './i18n.ts';
import type { CatalogEntry } from './locale-parts.ts';

/**
 * A flow's text as the UI reads it. The exact shape per flow is enforced at
 * compile time (flows/<id>/locales.check.ts) and by `npm run flow:check`; here
 * ids are plain strings, and a missing entry is `undefined`, never a crash.
 */
export interface QuestionTextView {
  readonly title: string;
  readonly hint?: string;
  readonly error: string;
  readonly short: string;
  readonly options: Readonly<Record<string, OptionText | undefined>>;
  readonly help?: { readonly summary: string; readonly body: readonly Block[] };
}

export interface FlowTextView {
  readonly meta: { readonly title: string; readonly description: string };
  readonly start: {
    readonly intro: string;
    readonly symptoms: readonly string[];
    readonly needs: readonly string[];
    readonly duration: string;
  };
  readonly summary: { readonly escalationHeading: string };
  readonly done: { readonly body: string };
  readonly questions: Readonly<Record<string, QuestionTextView | undefined>>;
  readonly findings: Readonly<Record<string, FindingText | undefined>>;
  /** Loaded with the findings (for the summary only), so absent on question pages. */
  readonly notes?: Readonly<Record<string, string | undefined>>;
  readonly noCause: { readonly title: string; readonly body: string };
  readonly moreHelp: { readonly intro: string; readonly steps: readonly Block[]; readonly links: readonly LinkText[] };
}

/** The loaded text of a flow in a language, or undefined when it is not loaded. */
export function flowText(lng: string, flowId: string): FlowTextView | undefined {
  return i18n.getResourceBundle(lng, flowId) as FlowTextView | undefined;
}

/**
 * The troubleshooters of the loaded catalog in a language, sorted by title
 * in that language; a flow without text there is listed by its id.
 */
export function catalog(lng: string): { id: string; title: string; description: string }[] {
  const entries = (i18n.getResourceBundle(lng, CATALOG_NS) ?? {}) as Readonly<Record<string, CatalogEntry | undefined>>;
  return FLOW_IDS.map((id) => ({
    id,
    title: entries[id]?.title ?? id,
    description: entries[id]?.description ?? '',
  })).sort((a, b) => a.title.localeCompare(b.title, lng));
}
