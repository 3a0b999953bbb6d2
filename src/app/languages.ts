/** The languages the wizard speaks; the first is the default. */
export const LANGUAGES = ['nl', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'nl';

/** The locale each language formats dates in (British English, not American). */
export const DATE_LOCALES: { readonly [L in Language]: string } = { nl: 'nl-NL', en: 'en-GB' };

export function isLanguage(value: string | undefined): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

/**
 * Picks the first supported language from the browser's preference list
 * (`navigator.languages`), matching on the primary subtag: `en-GB` is `en`.
 */
export function detectLanguage(
  preferred: readonly string[] | undefined,
  fallback: Language = DEFAULT_LANGUAGE,
): Language {
  for (const tag of preferred ?? []) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return fallback;
}

/** The browser's preferred language, or the fallback where there is no browser (pre-rendering). */
export function browserLanguage(fallback: Language = DEFAULT_LANGUAGE): Language {
  return detectLanguage(typeof navigator === 'undefined' ? undefined : navigator.languages, fallback);
}
