/**
 * The runtime configuration a deployer edits without rebuilding:
 * `config.json` beside index.html (schema: `config.schema.json`). Pure: no
 * fetch, no DOM; `parseConfig` turns any JSON into a usable config plus the
 * warnings to log, so a broken file never stops the wizard.
 */
import { isLanguage } from '../i18n/languages.ts';
import {
  DEFAULT_CONFIG,
  type RuntimeConfig,
  type SupportContact,
  THEME_KEYS,
  type ThemeKey,
} from './config-defaults.ts';

/** A colour CSS can take, and nothing that could close the declaration or inject rules. */
const COLOUR = /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla|oklch|oklab)\([0-9a-z.,%\s/+-]+\)|[a-z]{3,30})$/i;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An origin as the browser reports `event.origin`: scheme, host and port only. */
export function normalizeOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    return bare && !value.includes('*') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function parseOrigins(value: unknown, warnings: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    warnings.push('allowedOrigins must be a list of origins such as "https://intranet.example.com"; ignored');
    return [];
  }
  const origins: string[] = [];
  for (const entry of value) {
    const origin = typeof entry === 'string' ? normalizeOrigin(entry) : undefined;
    if (origin) origins.push(origin);
    else
      warnings.push(
        `allowedOrigins: ${JSON.stringify(entry)} is not an origin (scheme://host[:port], no path, no "*"); ignored`,
      );
  }
  return origins;
}

function parseSupport(value: unknown, warnings: string[]): SupportContact | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    warnings.push('support must be an object with name, email, phone and/or url; ignored');
    return undefined;
  }
  const support: Record<string, string> = {};
  for (const key of ['name', 'email', 'phone', 'url'] as const) {
    const field = value[key];
    if (field === undefined) continue;
    if (typeof field !== 'string' || field.trim() === '') {
      warnings.push(`support.${key} must be a non-empty string; ignored`);
      continue;
    }
    if (key === 'url' && !/^https?:\/\//.test(field)) {
      warnings.push('support.url must start with https:// or http://; ignored');
      continue;
    }
    if (key === 'email' && !/^[^\s@]+@[^\s@]+$/.test(field)) {
      warnings.push('support.email is not an email address; ignored');
      continue;
    }
    support[key] = field.trim();
  }
  return Object.keys(support).length > 0 ? support : undefined;
}

function parseTheme(value: unknown, warnings: string[]): Partial<Record<ThemeKey, string>> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    warnings.push('theme must be an object of colours; ignored');
    return {};
  }
  const theme: Partial<Record<ThemeKey, string>> = {};
  for (const [key, colour] of Object.entries(value)) {
    if (!(THEME_KEYS as readonly string[]).includes(key)) {
      warnings.push(`theme.${key} is not a theme colour (use ${THEME_KEYS.join(', ')}); ignored`);
      continue;
    }
    if (typeof colour !== 'string' || !COLOUR.test(colour.trim())) {
      warnings.push(`theme.${key}: ${JSON.stringify(colour)} is not a CSS colour; ignored`);
      continue;
    }
    theme[key as ThemeKey] = colour.trim();
  }
  return theme;
}

/**
 * Reads a parsed config.json. Unknown keys and bad values are reported and
 * replaced by defaults; the result is always usable.
 */
export function parseConfig(json: unknown): { config: RuntimeConfig; warnings: string[] } {
  const warnings: string[] = [];
  if (!isRecord(json)) {
    return { config: DEFAULT_CONFIG, warnings: ['config.json is not a JSON object; using the defaults'] };
  }
  for (const key of Object.keys(json))
    if (!['$schema', 'allowedOrigins', 'support', 'defaultLanguage', 'theme'].includes(key))
      warnings.push(`unknown key "${key}"; ignored`);
  const language = json.defaultLanguage;
  if (language !== undefined && !(typeof language === 'string' && isLanguage(language)))
    warnings.push(`defaultLanguage must be "nl" or "en"; using "${DEFAULT_CONFIG.defaultLanguage}"`);
  return {
    config: {
      allowedOrigins: parseOrigins(json.allowedOrigins, warnings),
      support: parseSupport(json.support, warnings),
      defaultLanguage: typeof language === 'string' && isLanguage(language) ? language : DEFAULT_CONFIG.defaultLanguage,
      theme: parseTheme(json.theme, warnings),
    },
    warnings,
  };
}

/** The theme as CSS: custom properties on :root, for a stylesheet the app adopts. */
export function themeCss(theme: RuntimeConfig['theme']): string {
  const declarations = Object.entries(theme).map(([key, colour]) => `--wizard-${key}: ${colour};`);
  return declarations.length > 0 ? `:root { ${declarations.join(' ')} }` : '';
}
