import { isFlowId } from './flow-registry.ts';
import { loadCatalog, loadCommon, loadFindings, loadFlowSteps } from './i18n.ts';
import { isLanguage } from './languages.ts';
import { findingsPartAtStart } from './locale-parts.ts';
import { readable } from './readable-promise.ts';

/**
 * Text (and flows) as promises React can wait on (`use`): a page that needs
 * something not yet downloaded suspends, and because router updates are
 * transitions, the previous page stays on screen meanwhile. No flash of keys
 * or of an empty page. Each resource is fetched once, and its promise is
 * readable (readable-promise.ts): use() on it never suspends once loaded.
 */
const loading = new Map<string, Promise<void>>();
const ready = new Set<string>();

function resource(key: string, load: () => Promise<void>): Promise<void> {
  let promise = loading.get(key);
  if (!promise) {
    promise = readable(
      load().then(
        () => {
          ready.add(key);
        },
        (error: unknown) => {
          // A lost connection is not remembered: the next page that needs this tries again.
          loading.delete(key);
          throw error;
        },
      ),
    );
    loading.set(key, promise);
  }
  return promise;
}

/** A language's UI text. */
export const languageText = (lng: string) => resource(lng, () => loadCommon(lng));
export const languageTextReady = (lng: string) => ready.has(lng);

/** The list of troubleshooters in a language. */
export const catalogText = (lng: string) => resource(`${lng}:catalog`, () => loadCatalog(lng));

/** A flow's definition and its step text in a language. */
export const flowResources = (lng: string, flowId: string) =>
  resource(`${lng}:${flowId}`, () => loadFlowSteps(lng, flowId));

/**
 * Everything the page at `path` (below the base path: `/en/sspr-admin/symptom`)
 * needs before it can render in full, so that hydration matches the
 * pre-rendered HTML and pre-rendering has every word: its language's UI
 * text, and the catalog (the list) or its flow's definition and step text,
 * with the findings for the support pages that show them
 * (findingsPartAtStart).
 */
export async function pageResources(path: string): Promise<void> {
  const [, lng = '', flowId = '', step = ''] = path.split('/');
  if (!isLanguage(lng)) return;
  const known = isFlowId(flowId);
  const findingsPart = findingsPartAtStart(step);
  await Promise.all([
    languageText(lng),
    flowId === '' ? catalogText(lng) : known ? flowResources(lng, flowId) : undefined,
    known && findingsPart ? loadFindings(lng, flowId, findingsPart) : undefined,
  ]);
}
