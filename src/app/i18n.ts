import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES } from './languages.ts';

/**
 * One i18next instance for the app. Locale files are loaded on demand, one
 * chunk per language and namespace, so a Dutch reader never downloads English.
 * Components pass the URL's language to `useTranslation` (see useText), so a
 * page never renders in a language other than its URL's, even mid-navigation.
 */
export const i18n = i18next.createInstance();

export const i18nReady = i18n
  .use(resourcesToBackend((lng: string, ns: string) => import(`../../locales/${lng}/${ns}.json`)))
  .use(initReactI18next)
  .init({
    supportedLngs: LANGUAGES,
    lng: DEFAULT_LANGUAGE,
    // No fallback: both languages are complete (checked at build time), and a
    // fallback would download the other language too.
    fallbackLng: false,
    ns: [],
    defaultNS: 'common',
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    returnNull: false,
  });

/** Loads the namespaces for a language (and makes it the active one). */
export async function loadText(lng: string, namespaces: readonly string[]): Promise<void> {
  await i18nReady;
  if (i18n.language !== lng) await i18n.changeLanguage(lng);
  await i18n.loadNamespaces([...namespaces]);
}
