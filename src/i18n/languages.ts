/**
 * The languages the wizard speaks, as data: the first is the default. A new
 * language is one entry here plus its files in `locales/<code>/`.
 */
export const LANGUAGE_LIST = [
  { code: 'nl', name: 'Nederlands', dateLocale: 'nl-NL' },
  // British English dates (1 February 2027), not American.
  { code: 'en', name: 'English', dateLocale: 'en-GB' },
] as const satisfies readonly LanguageInfo[];

export interface LanguageInfo {
  /** The URL segment and the locale folder: a 2- or 3-letter language code (ISO 639). */
  readonly code: string;
  /** The language's name in itself, for the language switch. */
  readonly name: string;
  /** The locale dates are written in. */
  readonly dateLocale: string;
}

export type Language = (typeof LANGUAGE_LIST)[number]['code'];

export const LANGUAGES: readonly Language[] = LANGUAGE_LIST.map((language) => language.code);

export const DEFAULT_LANGUAGE: Language = LANGUAGE_LIST[0].code;

const byCode = new Map<string, LanguageInfo>(LANGUAGE_LIST.map((language) => [language.code, language]));

/** A language's own name ("Nederlands"), or its code for an unknown one. */
export function languageName(code: string): string {
  return byCode.get(code)?.name ?? code;
}

/** The locale each language formats dates in. */
export const DATE_LOCALES = Object.fromEntries(
  LANGUAGE_LIST.map((language) => [language.code, language.dateLocale]),
) as { readonly [L in Language]: string };

export function isLanguage(value: string | undefined): value is Language {
  return byCode.has(value ?? '');
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
