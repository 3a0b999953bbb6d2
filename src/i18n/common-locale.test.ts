import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { oneSidedDatedTexts } from '../testing/dated-wording.ts';
import { LANGUAGES } from './languages.ts';

/**
 * The UI's own text (`locales/<lng>/common.json`) in every language of
 * LANGUAGES against English: the same keys, and in each text the same
 * `{{placeholders}}`. Plural forms (`key_one`, `key_other`, …) follow each
 * language's own plural rules, so they are compared as one key. A new
 * language is checked as soon as it is in LANGUAGES; nothing to edit here.
 */

const REFERENCE = 'en';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every text in a file by its dotted key path (list items by index). */
function leaves(value: unknown, path: readonly string[] = []): Map<string, unknown> {
  if (value !== null && typeof value === 'object')
    return new Map(Object.entries(value).flatMap(([key, item]) => [...leaves(item, [...path, key])]));
  return new Map([[path.join('.'), value]]);
}

/** The placeholder names in a text: `{{count}}`, `{{ question }}`, `{{date, datetime}}` → count, question, date. */
function placeholders(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  return [...text.matchAll(/\{\{([^}]*)\}\}/g)].map((match) => (match[1] ?? '').split(',')[0]?.trim() ?? '');
}

interface KeyText {
  /** The plural suffixes present (`one`, `other`); empty for a key without plural forms. */
  readonly forms: Set<string>;
  /** The placeholders of all its forms. */
  readonly placeholders: Set<string>;
}

/** The file's keys, plural forms folded into one key. */
function keyTexts(json: unknown): Map<string, KeyText> {
  const keys = new Map<string, KeyText>();
  for (const [path, text] of leaves(json)) {
    const form = PLURAL.exec(path)?.[1];
    const key = form ? path.slice(0, -form.length - 1) : path;
    const entry = keys.get(key) ?? { forms: new Set<string>(), placeholders: new Set<string>() };
    if (form) entry.forms.add(form);
    for (const name of placeholders(text)) entry.placeholders.add(name);
    keys.set(key, entry);
  }
  return keys;
}

const sorted = (values: Iterable<string>) => [...values].sort();

/** What differs between a language's common text and English's, one line per problem. */
function commonTextProblems(language: string, json: unknown, english: unknown): string[] {
  const problems: string[] = [];
  const theirs = keyTexts(json);
  const ours = keyTexts(english);
  const pluralForms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  for (const [key, reference] of ours) {
    const entry = theirs.get(key);
    if (!entry) {
      problems.push(`${key}: missing in ${language}`);
      continue;
    }
    if (sorted(entry.placeholders).join() !== sorted(reference.placeholders).join())
      problems.push(
        `${key}: placeholders ${JSON.stringify(sorted(entry.placeholders))} in ${language}, ${JSON.stringify(sorted(reference.placeholders))} in ${REFERENCE}`,
      );
    if (reference.forms.size > 0) {
      const missing = pluralForms.filter((form) => !entry.forms.has(form));
      // `_zero` is allowed in any language: i18next uses it for a count of 0.
      const extra = [...entry.forms].filter((form) => form !== 'zero' && !pluralForms.includes(form as never));
      if (missing.length > 0 || extra.length > 0)
        problems.push(
          `${key}: plural forms ${sorted(entry.forms).join(', ')} in ${language}, needs ${pluralForms.join(', ')}`,
        );
    } else if (entry.forms.size > 0) problems.push(`${key}: plural forms in ${language}, none in ${REFERENCE}`);
  }
  for (const key of theirs.keys()) if (!ours.has(key)) problems.push(`${key}: not in ${REFERENCE}`);
  return problems;
}

const readCommon = (language: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../locales/${language}/common.json`, import.meta.url), 'utf8'));

describe('common.json in every language', () => {
  const english = readCommon(REFERENCE);

  it.each(LANGUAGES.filter((language) => language !== REFERENCE))(
    '%s has the keys and placeholders of English',
    (language) => {
      expect(commonTextProblems(language, readCommon(language), english)).toEqual([]);
    },
  );

  it.each(LANGUAGES)('%s words each sentence naming a date to hold before and after it', (language) => {
    // `{date:<name>}`, and `{{date}}`: a flow's date the UI fills in (the map's "from {{date}}").
    expect(oneSidedDatedTexts(language, readCommon(language), ['{{date}}'])).toEqual([]);
  });
});

describe('commonTextProblems', () => {
  const english = {
    nav: { back: 'Back', next: 'Next' },
    answers: { change: 'your answer to: {{question}}' },
    dropped_one: 'One part was left out.',
    dropped_other: '{{count}} parts were left out.',
  };

  it('finds nothing wrong with matching text', () => {
    const dutch = {
      nav: { back: 'Terug', next: 'Verder' },
      answers: { change: 'je antwoord op: {{ question }}' },
      dropped_one: 'Eén deel is weggelaten.',
      dropped_other: '{{count}} delen zijn weggelaten.',
    };
    expect(commonTextProblems('nl', dutch, english)).toEqual([]);
  });

  it('reports missing and extra keys by their paths', () => {
    const dutch = {
      nav: { back: 'Terug', previous: 'Vorige' },
      answers: { change: '{{question}}' },
      dropped_other: '{{count}}',
    };
    expect(commonTextProblems('nl', dutch, english)).toEqual([
      'nav.next: missing in nl',
      'dropped: plural forms other in nl, needs one, other',
      'nav.previous: not in en',
    ]);
  });

  it('reports a placeholder that is renamed or missing', () => {
    const dutch = { ...english, answers: { change: 'je antwoord op: {{vraag}}' } };
    expect(commonTextProblems('nl', dutch, english)).toEqual([
      'answers.change: placeholders ["vraag"] in nl, ["question"] in en',
    ]);
  });

  it("follows the language's plural rules", () => {
    const polish = {
      ...english,
      dropped_one: 'Pominięto jedną część.',
      dropped_few: 'Pominięto {{count}} części.',
      dropped_many: 'Pominięto {{count}} części.',
      dropped_other: 'Pominięto {{count}} części.',
    };
    expect(commonTextProblems('pl', polish, english)).toEqual([]);
    expect(commonTextProblems('nl', polish, english)).toEqual([
      'dropped: plural forms few, many, one, other in nl, needs one, other',
    ]);
  });
});
