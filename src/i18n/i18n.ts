import i18next from 'i18next';
import { findFlow } from '../../flows/index.ts';
import { fillDates, longDate } from '../engine/text-dates.ts';
import { DATE_LOCALES, DEFAULT_LANGUAGE, isLanguage, LANGUAGES } from './languages.ts';

/**
 * One i18next instance for the app. Text is downloaded on demand, one chunk
 * per language and file (flows in two parts, see locale-parts.ts), so a Dutch
 * reader never downloads English. Components read text through
 * `i18n.getFixedT(<the URL's language>)` (see useText), so a page never
 * renders in a language other than its URL's, even mid-navigation.
 */
export const i18n = i18next.createInstance();

type Loader = () => Promise<Record<string, unknown>>;

// Vite turns each of these into one lazily loaded chunk per file.
const common = import.meta.glob<Record<string, unknown>>('../../locales/*/common.json', { import: 'default' });
const steps = import.meta.glob<Record<string, unknown>>(['../../locales/*/*.json', '!../../locales/*/common.json'], {
  import: 'default',
  query: '?part=steps',
});
const findings = import.meta.glob<Record<string, unknown>>(['../../locales/*/*.json', '!../../locales/*/common.json'], {
  import: 'default',
  query: '?part=findings',
});

const file = (lng: string, ns: string) => `../../locales/${lng}/${ns}.json`;

export const i18nReady = i18n.init({
  supportedLngs: LANGUAGES,
  lng: DEFAULT_LANGUAGE,
  // No fallback: both languages are complete (checked at build time), and a
  // fallback would download the other language too.
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
  // A flow's dates are data in the flow; the text names them ({date:name}).
  const dates = findFlow(ns)?.dates ?? {};
  const format = longDate(isLanguage(lng) ? DATE_LOCALES[lng] : lng);
  i18n.addResourceBundle(lng, ns, fillDates(await load(), dates, format), true, true);
  loaded.add(key);
}

/** Loads the UI text and the flows' step text for a language, and makes it the active one. */
export async function loadText(lng: string, namespaces: readonly string[]): Promise<void> {
  await i18nReady;
  await Promise.all(
    namespaces.map((ns) =>
      ns === 'common'
        ? add(lng, ns, common[file(lng, ns)], `${lng}/${ns}`)
        : add(lng, ns, steps[file(lng, ns)], `${lng}/${ns}/steps`),
    ),
  );
  if (i18n.language !== lng) await i18n.changeLanguage(lng);
}

/** Loads a flow's findings (for the summary) in a language. */
export async function loadFindings(lng: string, flowId: string): Promise<void> {
  await i18nReady;
  await add(lng, flowId, findings[file(lng, flowId)], `${lng}/${flowId}/findings`);
}

/** Whether a flow's findings are loaded in a language. */
export function findingsLoaded(lng: string, flowId: string): boolean {
  return loaded.has(`${lng}/${flowId}/findings`);
}
