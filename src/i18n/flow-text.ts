import type { FlowText } from '../engine/locale-shape.ts';
import { FLOW_IDS } from './flow-registry.ts';
import { CATALOG_NS, i18n } from './i18n.ts';
import type { CatalogEntry } from './locale-parts.ts';

/**
 * A flow's text as the UI reads it: the type of the flow-text schema
 * (src/engine/locale-shape.ts), whose exact form per flow `npm run
 * flow:check` and the flow-test kit enforce for every language. Ids index
 * plain records, so a missing entry is `undefined` (noUncheckedIndexedAccess),
 * never a crash. `notes` and `findings` arrive with the summary's part.
 */
export type FlowTextView = FlowText;

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
