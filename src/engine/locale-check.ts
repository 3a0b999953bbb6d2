import { safeParse } from 'valibot';
import { flowLocaleSchema } from './locale-shape.ts';
import { datePlaceholders } from './text-dates.ts';
import type { AnyFlow } from './types.ts';

/**
 * Checks of the locale files: that the languages agree with each other
 * (`compareLocales`), and that a flow's text has exactly the flow's ids
 * (`flowTextProblems`, with the schema in locale-shape.ts). Pure functions on
 * parsed JSON, so they run in tests and in `scripts/flow-check.ts` alike, for
 * every language.
 */

export type LocaleProblemCode =
  /** A key one language has and another lacks. */
  | 'missing-key'
  /** An empty or whitespace-only string. */
  | 'empty-text'
  /** A list with a different number of items in another language. */
  | 'array-length'
  /** A `code` block that differs between languages: commands are never translated. */
  | 'code-differs'
  /** A number, boolean or null where text belongs. */
  | 'not-text'
  /** Text in one language, a list or an object in another. */
  | 'type-differs'
  /** The file's top level is not an object. */
  | 'not-object'
  /** Text the flow needs that is missing or of the wrong type. */
  | 'missing-text'
  /** Text for a question, option, finding or help the flow does not have (a typo). */
  | 'unexpected-key'
  /** A `{date:name}` placeholder naming a date the flow does not have. */
  | 'unknown-date';

export interface LocaleProblem {
  readonly code: LocaleProblemCode;
  /** The namespace (file name without `.json`), e.g. `common` or `sspr-admin`. */
  readonly namespace: string;
  /** The dotted key path, e.g. `findings.not-admin.steps.2.code`; empty for the whole file. */
  readonly path: string;
  /** The language the problem is in; absent when it is between languages. */
  readonly language?: string;
  readonly message: string;
}

type Kind = 'object' | 'array' | 'string' | 'other';

function kindOf(value: unknown): Kind {
  if (typeof value === 'string') return 'string';
  if (Array.isArray(value)) return 'array';
  return value !== null && typeof value === 'object' ? 'object' : 'other';
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  return value === null ? 'null' : typeof value;
}

const show = (path: string) => (path === '' ? '(top level)' : path);

/**
 * Compares one namespace across languages (`{ nl: {...}, en: {...} }`):
 * missing keys, empty text, lists of different lengths, `code` that differs,
 * and leaves that are not text.
 */
export function compareLocales(byLanguage: Record<string, unknown>, name: string): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  const roots = new Map<string, unknown>();
  for (const [language, root] of Object.entries(byLanguage)) {
    if (kindOf(root) === 'object') roots.set(language, root);
    else
      problems.push({
        code: 'not-object',
        namespace: name,
        path: '',
        language,
        message: `the file holds ${typeName(root)}, not an object of texts`,
      });
  }
  compareValues(roots, [], name, problems);
  return problems;
}

function compareValues(values: Map<string, unknown>, path: string[], name: string, problems: LocaleProblem[]) {
  const at = path.join('.');
  const push = (problem: Omit<LocaleProblem, 'namespace' | 'path'>) =>
    problems.push({ namespace: name, path: at, ...problem });

  const kinds = new Map<string, Kind>();
  for (const [language, value] of values) {
    const kind = kindOf(value);
    if (kind === 'other') push({ code: 'not-text', language, message: `${show(at)} is ${typeName(value)}, not text` });
    else kinds.set(language, kind);
  }
  const distinct = new Set(kinds.values());
  if (distinct.size > 1) {
    const list = [...kinds].map(([language, kind]) => `${kind} in ${language}`).join(', ');
    push({ code: 'type-differs', message: `${show(at)} is ${list}` });
    return;
  }
  const [kind] = distinct;
  const present = [...values].filter(([language]) => kinds.has(language));

  if (kind === 'string') {
    for (const [language, text] of present)
      if ((text as string).trim() === '') push({ code: 'empty-text', language, message: `${show(at)} is empty` });
    if (path.at(-1) === 'code' && new Set(present.map(([, text]) => text)).size > 1)
      push({
        code: 'code-differs',
        message: `${show(at)} differs between ${present.map(([language]) => language).join(' and ')}; commands are not translated`,
      });
    return;
  }

  if (kind === 'array') {
    const lengths = present.map(([language, list]) => [language, (list as unknown[]).length] as const);
    if (new Set(lengths.map(([, length]) => length)).size > 1)
      push({
        code: 'array-length',
        message: `${show(at)} has ${lengths.map(([language, length]) => `${length} items in ${language}`).join(', ')}`,
      });
    const longest = Math.max(...lengths.map(([, length]) => length));
    for (let index = 0; index < longest; index += 1) {
      const items = new Map(
        present
          .filter(([, list]) => index < (list as unknown[]).length)
          .map(([l, list]) => [l, (list as unknown[])[index]]),
      );
      compareValues(items, [...path, String(index)], name, problems);
    }
    return;
  }

  if (kind === 'object') {
    const keys = new Set(present.flatMap(([, object]) => Object.keys(object as object)));
    for (const key of keys) {
      const having = new Map<string, unknown>();
      for (const [language, object] of present)
        if (Object.hasOwn(object as object, key)) having.set(language, (object as Record<string, unknown>)[key]);
      const keyPath = [...path, key].join('.');
      for (const [language] of present)
        if (!having.has(language))
          problems.push({
            code: 'missing-key',
            namespace: name,
            path: keyPath,
            language,
            message: `${keyPath} is missing in ${language} (present in ${[...having.keys()].join(', ')})`,
          });
      compareValues(having, [...path, key], name, problems);
    }
  }
}

/**
 * Checks one language's text for a flow against the flow itself, with the
 * flow's exact schema (`flowLocaleSchema`): every question has its title,
 * error, short label and a label per option; `help` exactly where the node
 * asks for it; every finding has its title, problem and steps; every note;
 * the flow-wide texts; and no text for a question, option, finding or note
 * the flow lacks, nor any key the wizard does not read. Each problem names its
 * dotted key path. `{date:name}` placeholders must name a date of the flow.
 * Empty strings are left to `compareLocales`.
 */
export function flowTextProblems(flow: AnyFlow, localeJson: unknown, language?: string): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  const report = (code: 'missing-text' | 'unexpected-key' | 'unknown-date', path: string, message: string) =>
    problems.push({ code, namespace: flow.id, path, ...(language ? { language } : {}), message });

  if (kindOf(localeJson) !== 'object') {
    report('missing-text', '', `the text for flow "${flow.id}" is ${typeName(localeJson)}, not an object`);
    return problems;
  }

  for (const issue of safeParse(flowLocaleSchema(flow), localeJson).issues ?? []) {
    const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
    if (issue.type === 'never') report('unexpected-key', path, `${show(path)}: ${issue.message}`);
    // An object reports a key it needs and lacks with the key as the path's last step.
    else if (issue.path?.at(-1)?.origin === 'key') report('missing-text', path, `${show(path)} is missing`);
    else report('missing-text', path, `${show(path)} should be ${issue.message}, not ${typeName(issue.input)}`);
  }

  const dates: Readonly<Record<string, string>> = flow.dates ?? {};
  const visit = (value: unknown, path: readonly string[]): void => {
    if (typeof value === 'string') {
      for (const name of datePlaceholders(value))
        if (!Object.hasOwn(dates, name))
          report('unknown-date', path.join('.'), `${path.join('.')}: {date:${name}} names no date of the flow`);
    } else if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(localeJson, []);
  return problems;
}
