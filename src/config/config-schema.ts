/**
 * The shape of `config.json`, defined once: the TypeScript type
 * (`RuntimeConfig`), the check `parseConfig` runs in the browser, and
 * `public/config.schema.json` (generated: `npm run config:schema`) all come
 * from `ConfigSchema`. The defaults are in config-defaults.ts (the app needs
 * them before this module loads, without valibot).
 *
 * Ships with the config parser, in every page: valibot's functions are
 * imported one by one so the bundler keeps only those used. Each message says
 * what happens to the bad value; `parseConfig` puts the key path in front.
 */
import {
  array,
  description,
  type InferOutput,
  nonEmpty,
  optional,
  picklist,
  pipe,
  rawTransform,
  readonly,
  regex,
  strictObject,
  string,
  transform,
  trim,
  url,
} from 'valibot';
import { LANGUAGES } from '../i18n/languages.ts';
import { DEFAULT_CONFIG } from './config-defaults.ts';

const ignored = (problem: string) => `${problem}; ignored`;

/** For an object's issues: an unknown key (`expected: "never"`) or a value that is not an object at all. */
const objectMessage =
  (notObject: string, unknownKey = 'unknown key') =>
  (issue: { expected: string | null }) =>
    ignored(issue.expected === 'never' ? unknownKey : notObject);

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

const notOrigin = (issue: { input: unknown }) =>
  ignored(`${JSON.stringify(issue.input)} is not an origin (scheme://host[:port], no path, no "*")`);

/** Checked by pattern first (what the JSON Schema can say), then normalised as the browser writes it. */
const Origin = pipe(
  string(notOrigin),
  regex(/^https?:\/\/[^/*]+\/?$/, notOrigin),
  rawTransform(({ dataset, addIssue, NEVER }) => {
    const origin = normalizeOrigin(dataset.value);
    if (origin) return origin;
    addIssue({ message: notOrigin });
    return NEVER;
  }),
);

const notEmpty = ignored('must be a non-empty string');
const Text = pipe(string(notEmpty), trim(), nonEmpty(notEmpty));

const SupportContactSchema = pipe(
  strictObject(
    {
      name: optional(Text),
      email: optional(pipe(string(notEmpty), trim(), regex(/^[^\s@]+@[^\s@]+$/, ignored('is not an email address')))),
      phone: optional(Text),
      url: optional(
        pipe(
          string(notEmpty),
          trim(),
          regex(/^https?:\/\//, ignored('must start with https:// or http://')),
          url(ignored('is not a web address')),
        ),
      ),
    },
    objectMessage('must be an object with name, email, phone and/or url'),
  ),
  description('Your support desk, shown where the summary says who can help.'),
  // A contact with no usable field is no contact.
  transform((support) => (Object.keys(support).length > 0 ? support : undefined)),
);

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

const notColour = (issue: { input: unknown }) => ignored(`${JSON.stringify(issue.input)} is not a CSS colour`);

/**
 * A colour CSS can take, and nothing that could close the declaration or
 * inject rules. Case-insensitive without the `i` flag, which JSON Schema's
 * `pattern` cannot carry.
 */
const COLOUR =
  /^(#[0-9a-fA-F]{3,8}|([rR][gG][bB][aA]?|[hH][sS][lL][aA]?|[oO][kK][lL]([cC][hH]|[aA][bB]))\([0-9a-zA-Z.,%\s/+-]+\)|[a-zA-Z]{3,30})$/;

const Colour = optional(pipe(string(notColour), trim(), regex(COLOUR, notColour)));

const ThemeSchema = pipe(
  strictObject(
    Object.fromEntries(THEME_KEYS.map((key) => [key, Colour])) as { [K in ThemeKey]: typeof Colour },
    objectMessage('must be an object of colours', `is not a theme colour (use ${THEME_KEYS.join(', ')})`),
  ),
  description(
    'Colours (any CSS colour: #hex, rgb(), hsl(), oklch() or a name). Each sets the CSS custom property --wizard-<name>.',
  ),
);

const LanguageSchema = pipe(
  picklist(
    LANGUAGES,
    (): string =>
      `must be ${LANGUAGES.map((language) => JSON.stringify(language)).join(' or ')}; using "${DEFAULT_CONFIG.defaultLanguage}"`,
  ),
  description('Language for the root URL when the browser prefers none of the languages the wizard speaks.'),
);

export const ConfigSchema = pipe(
  strictObject(
    {
      /** The editor's link to config.schema.json; not part of the config. */
      $schema: optional(string()),
      allowedOrigins: optional(
        pipe(
          array(Origin, ignored('must be a list of origins such as "https://intranet.example.com"')),
          readonly(),
          description(
            'Origins (scheme://host[:port], no path, no wildcard) whose pages may embed the wizard and receive its messages. Empty: the wizard sends no message to any embedding page.',
          ),
        ),
        () => [...DEFAULT_CONFIG.allowedOrigins],
      ),
      support: optional(SupportContactSchema),
      defaultLanguage: optional(LanguageSchema, DEFAULT_CONFIG.defaultLanguage),
      theme: optional(ThemeSchema, () => ({ ...DEFAULT_CONFIG.theme })),
    },
    objectMessage('config.json must be an object'),
  ),
  transform(({ $schema: _, ...config }) => config),
  readonly(),
);

/** The runtime config as the app uses it: `config.json` checked, with the defaults filled in. */
export type RuntimeConfig = InferOutput<typeof ConfigSchema>;
export type SupportContact = NonNullable<RuntimeConfig['support']>;
