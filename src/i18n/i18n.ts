import i18next from 'i18next';
import { fillDates, longDate } from '../engine/text-dates.ts';
import { loadFlow } from './flow-registry.ts';
import { DATE_LOCALES, DEFAULT_LANGUAGE, isLanguage, LANGUAGES } from './languages.ts';

/**
 * One i18next instance for the app. Text is downloaded on demand, one chunk
 * per language and file, so a Dutch reader never downloads English and a
 * page never downloads another flow's text: the UI text (`common`), a flow's
 * step text and, for the summary only, its findings (see locale-parts.ts),
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

async function add(lng: string, ns: string, load: Loader | undefined, key: string, dates: Record<string, string> = {}) {
  if (loaded.has(key)) return;
  if (!load) throw new Error(`No text for ${ns} in ${lng}`);
  // A flow's dates are data in the flow; the text names them ({date:name}).
  const format = longDate(isLanguage(lng) ? DATE_LOCALES[lng] : lng);
  i18n.addResourceBundle(lng, ns, fillDates(await load(), dates, format), true, true);
  loaded.add(key);
}

/** Loads a flow's text part (steps or findings) in a language, its dates filled in. */
async function addFlowPart(lng: string, flowId: string, part: 'steps' | 'findings') {
  const [flow] = await Promise.all([loadFlow(flowId), i18nReady]);
  const loaders = part === 'steps' ? steps : findings;
  await add(lng, flowId, loaders[file(lng, flowId)], `${lng}/${flowId}/${part}`, { ...flow.dates });
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

/** Loads a flow's findings (for the summary) in a language. */
export function loadFindings(lng: string, flowId: string): Promise<void> {
  return addFlowPart(lng, flowId, 'findings');
}

/** Whether a flow's findings are loaded in a language. */
export function findingsLoaded(lng: string, flowId: string): boolean {
  return loaded.has(`${lng}/${flowId}/findings`);
}
