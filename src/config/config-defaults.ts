import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';

/**
 * The runtime config's defaults: all the app needs before config.json has
 * loaded. The shape (`RuntimeConfig`, config-schema.ts) and the parser
 * (runtime-config.ts) are only downloaded with the file; the schema takes
 * its defaults from here, so they are written once.
 */
export const DEFAULT_CONFIG = Object.freeze({
  allowedOrigins: Object.freeze([]) as readonly string[],
  support: undefined,
  defaultLanguage: DEFAULT_LANGUAGE,
  theme: Object.freeze({}),
});
