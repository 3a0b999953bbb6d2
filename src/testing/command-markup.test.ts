import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeParts } from '../engine/inline-code.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { commandsOutsideCode } from './command-markup.ts';
import { strings } from './content-rules.ts';

const LOCALES = join(import.meta.dirname, '../../locales');
/** Every flow's locale file (common.json is UI text, with no commands), per language. */
const flowFiles = (lng: string) => readdirSync(join(LOCALES, lng)).filter((file) => file !== 'common.json');
const read = (lng: string, file: string): unknown => JSON.parse(readFileSync(join(LOCALES, lng, file), 'utf8'));

describe('commands in running text', () => {
  it('finds a command outside backticks, and accepts it inside', () => {
    expect(
      commandsOutsideCode({
        notes: ['Older articles use Get-MsolCompanyInformation.', 'Use `Get-MgUser` instead.'],
        verify: 'Run `Get-MgUser`, which returns True.',
        steps: [{ text: 'Run:', code: 'Set-EntraAuthorizationPolicy -AllowedToUseSSPR $true' }],
        links: [{ label: 'Set-EntraAuthorizationPolicy (Microsoft Learn)', href: 'https://learn.microsoft.com/' }],
        questions: { q: { options: { o: { label: 'Connect-MgGraph fails' } } } },
      }),
    ).toEqual(['notes.0', 'questions.q.options.o.label']);
  });

  it('a hyphenated word is not a command', () => {
    expect(commandsOutsideCode({ text: 'Self-service password reset in Microsoft Entra ID, e-mail' })).toEqual([]);
  });

  for (const lng of LANGUAGES) {
    for (const file of flowFiles(lng)) {
      it(`${lng}/${file}: every command in running text is marked up as code`, () => {
        expect(commandsOutsideCode(read(lng, file))).toEqual([]);
      });
    }
  }

  // Commands are never translated: the same text quotes the same code in every language.
  const [firstLanguage = 'nl', ...otherLanguages] = LANGUAGES;
  for (const file of flowFiles(firstLanguage)) {
    it(`${file}: the same code in every language`, () => {
      const codeByPath = (lng: string) =>
        Object.fromEntries(strings(read(lng, file)).map(([path, value]) => [path, codeParts(value)]));
      const first = codeByPath(firstLanguage);
      for (const lng of otherLanguages) expect(codeByPath(lng)).toEqual(first);
    });
  }
});
