import { nodeEntries } from './graph.ts';
import { datePlaceholders } from './text-dates.ts';
import type { AnyFlow } from './types.ts';

/**
 * Checks of the locale files that the compiler cannot make: that the languages
 * agree with each other, and (for a flow loaded as data) that the text matches
 * the flow's ids. Pure functions on parsed JSON, so they run in tests and in
 * `scripts/flow-check.ts` alike.
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
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
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

/** The value at a key path, or undefined where any step is missing. */
function valueAt(root: unknown, path: readonly string[]): unknown {
  let value = root;
  for (const key of path) {
    if (kindOf(value) !== 'object' && kindOf(value) !== 'array') return undefined;
    if (!Object.hasOwn(value as object, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const isText = (value: unknown) => typeof value === 'string';

/** A paragraph or step: text, or `{ text, code }` for a command to copy. */
const isBlock = (value: unknown) =>
  isText(value) || (kindOf(value) === 'object' && isText(valueAt(value, ['text'])) && isText(valueAt(value, ['code'])));

const isBlocks = (value: unknown) => Array.isArray(value) && value.length > 0 && value.every(isBlock);
const isTextList = (value: unknown) => Array.isArray(value) && value.every(isText);
const isLinks = (value: unknown) =>
  Array.isArray(value) && value.every((link) => isText(valueAt(link, ['label'])) && isText(valueAt(link, ['href'])));

/**
 * Checks one language's text for a flow against the flow itself: every
 * question has its title, error, short label and a label per option; `help`
 * exactly where the node asks for it; every finding has its title, problem
 * and steps; and no text for a question, option or finding the flow lacks.
 * Empty strings are left to `compareLocales`.
 */
export function flowTextProblems(flow: AnyFlow, localeJson: unknown, language?: string): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  const report = (code: 'missing-text' | 'unexpected-key', path: readonly string[], message: string) =>
    problems.push({ code, namespace: flow.id, path: path.join('.'), ...(language ? { language } : {}), message });
  const need = (path: readonly string[], test: (value: unknown) => boolean, what: string) => {
    const value = valueAt(localeJson, path);
    if (value === undefined) report('missing-text', path, `${path.join('.')} is missing (${what})`);
    else if (!test(value)) report('missing-text', path, `${path.join('.')} should be ${what}, not ${typeName(value)}`);
  };
  const extraKeys = (path: readonly string[], allowed: readonly string[], what: string) => {
    const value = valueAt(localeJson, path);
    if (kindOf(value) !== 'object') return;
    for (const key of Object.keys(value as object))
      if (!allowed.includes(key))
        report('unexpected-key', [...path, key], `${[...path, key].join('.')}: the flow has no ${what} "${key}"`);
  };

  if (kindOf(localeJson) !== 'object') {
    report('missing-text', [], `the text for flow "${flow.id}" is ${typeName(localeJson)}, not an object`);
    return problems;
  }

  need(['meta', 'title'], isText, 'text');
  need(['meta', 'description'], isText, 'text');
  need(['start', 'intro'], isText, 'text');
  need(['start', 'symptoms'], isTextList, 'a list of texts');
  need(['start', 'needs'], isTextList, 'a list of texts');
  need(['noCause', 'title'], isText, 'text');
  need(['noCause', 'body'], isText, 'text');
  need(['moreHelp', 'intro'], isText, 'text');
  need(['moreHelp', 'steps'], isBlocks, 'a non-empty list of steps');
  need(['moreHelp', 'links'], isLinks, 'a list of { label, href }');

  const questions = nodeEntries(flow).flatMap(([id, node]) => (node.kind === 'question' ? [[id, node] as const] : []));
  for (const [id, node] of questions) {
    const at = ['questions', id];
    for (const key of ['title', 'error', 'short']) need([...at, key], isText, 'text');
    if (valueAt(localeJson, [...at, 'hint']) !== undefined) need([...at, 'hint'], isText, 'text');
    for (const option of node.options) need([...at, 'options', option.id, 'label'], isText, 'text');
    extraKeys(
      [...at, 'options'],
      node.options.map((option) => option.id),
      `option of "${id}" called`,
    );
    if (node.help) {
      need([...at, 'help', 'summary'], isText, 'text');
      need([...at, 'help', 'body'], isBlocks, 'a non-empty list of paragraphs');
    } else if (valueAt(localeJson, [...at, 'help']) !== undefined)
      report('unexpected-key', [...at, 'help'], `${[...at, 'help'].join('.')}: question "${id}" has no help: true`);
  }
  extraKeys(
    ['questions'],
    questions.map(([id]) => id),
    'question',
  );

  const findingIds = Object.keys(flow.findings);
  for (const id of findingIds) {
    const at = ['findings', id];
    need([...at, 'title'], isText, 'text');
    need([...at, 'problem'], isText, 'text');
    need([...at, 'steps'], isBlocks, 'a non-empty list of steps');
    if (valueAt(localeJson, [...at, 'links']) !== undefined)
      need([...at, 'links'], isLinks, 'a list of { label, href }');
  }
  extraKeys(['findings'], findingIds, 'finding');

  const noteIds: readonly string[] = flow.notes ?? [];
  for (const id of noteIds) need(['notes', id], isText, 'text');
  if (noteIds.length > 0 || valueAt(localeJson, ['notes']) !== undefined) extraKeys(['notes'], noteIds, 'note');

  const dates: Readonly<Record<string, string>> = flow.dates ?? {};
  const visit = (value: unknown, path: readonly string[]): void => {
    if (typeof value === 'string') {
      for (const name of datePlaceholders(value))
        if (!Object.hasOwn(dates, name))
          problems.push({
            code: 'unknown-date',
            namespace: flow.id,
            path: path.join('.'),
            ...(language ? { language } : {}),
            message: `${path.join('.')}: {date:${name}} names no date of the flow`,
          });
    } else if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(localeJson, []);
  return problems;
}
