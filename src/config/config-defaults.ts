import type { Language } from '../i18n/languages.ts';

/**
 * The runtime config's shape and defaults: all the app needs before
 * config.json has loaded. The parser (runtime-config.ts) is only downloaded
 * with the file.
 */
export interface SupportContact {
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly url?: string;
}

/** Theme colours: each becomes the CSS custom property `--wizard-<name>`. */
export const THEME_KEYS = [
  'accent',
  'accent-text',
  'link',
  'text',
  'background',
  'surface',
  'border',
  'focus',
] as const;
export type ThemeKey = (typeof THEME_KEYS)[number];

export interface RuntimeConfig {
  /** Origins allowed to embed the wizard and receive its messages, e.g. `https://intranet.example.com`. */
  readonly allowedOrigins: readonly string[];
  readonly support: SupportContact | undefined;
  /** The language for `/` when the browser prefers neither Dutch nor English. */
  readonly defaultLanguage: Language;
  readonly theme: Partial<Record<ThemeKey, string>>;
}

export const DEFAULT_CONFIG: RuntimeConfig = {
  allowedOrigins: [],
  support: undefined,
  defaultLanguage: 'nl',
  theme: {},
};
