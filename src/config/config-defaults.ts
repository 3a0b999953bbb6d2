import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import type { RuntimeConfig } from './config-schema.ts';

export type { RuntimeConfig, SupportContact, ThemeKey } from './config-schema.ts';

/**
 * The runtime config's defaults: all the app needs before config.json has
 * loaded. The shape and the parser (config-schema.ts, runtime-config.ts) are
 * only downloaded with the file; this module imports their types only.
 */
export const DEFAULT_CONFIG: RuntimeConfig = {
  allowedOrigins: [],
  support: undefined,
  defaultLanguage: DEFAULT_LANGUAGE,
  theme: {},
};
