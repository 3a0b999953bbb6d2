import i18next from 'i18next';
import { loadFlow } from './flow-registry.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from './languages.ts';
import type { FindingsPart, LocalePart } from './locale-parts.ts';

/**
 * One i18next instance for the app. Text is downloaded on demand, one chunk
 * per language and file, so a Dutch reader never downloads English and a
 * page never downloads another flow's text: the UI text (`common`), a flow's
 * step text and, for the summary only, its findings (the map: their titles;
 * see locale-parts.ts),
 * and for the list of troubleshooters a catalog of every flow's title and
 * description. Components read text through `i18n.getFixedT(<the URL's
 * language>)` (see useText), so a page never renders in a language other
 * than its URL's, even mid-navigation.
 */
export const i18n = i18next.createInstance();

type Loader = () => Promise<Record<string, unknown>>;

// Vite turns each of these into one lazily loaded chunk per file.
const common = import.meta.glob<Record<string, unknown>>('../../locales/*/common.json', { import: 'default' });
const catalogs = import.meta.glob<Record<string, unknown>>('../../locales/*/common.json', {
  import: 'default',
  query: '?part=catalog',
});
const steps = import.meta.glob<Record<string, unknown>>(['../../locales/*/*.json', '!../../locales/*/common.json'], {
  import: 'default',
  query: '?part=steps',
});
const findings = import.meta.glob<Record<string, unknown>>(['../../locales/*/*.json', '!../../locales/*/common.json'], {
  import: 'default',
  query: '?part=findings',
});
const titles = import.meta.glob<Record<string, unknown>>(['../../locales/*/*.json', '!../../locales/*/common.json'], {
  import: 'default',
  query: '?part=titles',
});
const PART_LOADERS: Readonly<Record<LocalePart, Readonly<Record<string, Loader>>>> = { steps, findings, titles };

const file = (lng: string, ns: string) => `../../locales/${lng}/${ns}.json`;

/** The namespace of the catalog: every flow's `meta` (title and description), by flow id. */
export const CATALOG_NS = 'catalog';

export const i18nReady = i18n.init({
  supportedLngs: LANGUAGES,
  lng: DEFAULT_LANGUAGE,
  // No fallback: every language is complete (checked at build time), and a
  // fallback would download another language too.
  fallbackLng: false,
  ns: [],
  defaultNS: 'common',
  resources: {},
  interpolation: { escapeValue: false },
  returnNull: false,
});

const loaded = new Set<string>();

async function add(lng: string, ns: string, load: Loader | undefined, key: string) {
  if (loaded.has(key)) return;
  if (!load) throw new Error(`No text for ${ns} in ${lng}`);
  // A flow's dates ({date:name} in its text) were filled in at build time (scripts/locale-parts-plugin.ts).
  i18n.addResourceBundle(lng, ns, await load(), true, true);
  loaded.add(key);
}

/** Loads a flow's definition and a part of its text in a language (its dates were filled in at build time). */
async function addFlowPart(lng: string, flowId: string, part: LocalePart) {
  await Promise.all([loadFlow(flowId), i18nReady]);
  await add(lng, flowId, PART_LOADERS[part][file(lng, flowId)], `${lng}/${flowId}/${part}`);
}

/** Loads the UI text for a language and makes it the active one. */
export async function loadCommon(lng: string): Promise<void> {
  await i18nReady;
  await add(lng, 'common', common[file(lng, 'common')], `${lng}/common`);
  if (i18n.language !== lng) await i18n.changeLanguage(lng);
}

/** Loads the list of troubleshooters' titles and descriptions in a language. */
export async function loadCatalog(lng: string): Promise<void> {
  await i18nReady;
  await add(lng, CATALOG_NS, catalogs[file(lng, 'common')], `${lng}/${CATALOG_NS}`);
}

/** Loads a flow's definition and the text its steps need in a language. */
export function loadFlowSteps(lng: string, flowId: string): Promise<void> {
  return addFlowPart(lng, flowId, 'steps');
}

/**
 * Loads a flow's findings in a language: all their text (for the summary),
 * or their titles only (for the map). Nothing when what is asked is there.
 */
export function loadFindings(lng: string, flowId: string, part: FindingsPart = 'findings'): Promise<void> {
  return findingsLoaded(lng, flowId, part) ? Promise.resolve() : addFlowPart(lng, flowId, part);
}

/** Whether a flow's findings (or at least their titles) are loaded in a language. */
export function findingsLoaded(lng: string, flowId: string, part: FindingsPart = 'findings'): boolean {
  // The whole findings include their titles.
  return loaded.has(`${lng}/${flowId}/findings`) || (part === 'titles' && loaded.has(`${lng}/${flowId}/titles`));
}
