import { describe, expect, it } from 'vitest';
import { languageRedirect } from './language-redirect.ts';

describe('languageRedirect', () => {
  it('leaves a path with a known language alone', () => {
    expect(languageRedirect('/en/sspr-admin/symptom', 'nl')).toBeUndefined();
    expect(languageRedirect('/nl/', 'en')).toBeUndefined();
  });

  it('lowercases ids', () => {
    expect(languageRedirect('/EN/SSPR-Admin/Symptom', 'nl')).toBe('/en/sspr-admin/symptom');
  });

  it('replaces an unknown language with the reader’s, keeping the rest of the path', () => {
    expect(languageRedirect('/fr/sspr-admin/symptom', 'nl')).toBe('/nl/sspr-admin/symptom');
    expect(languageRedirect('/de-de/', 'en')).toBe('/en/');
  });

  it('puts a language in front of a path that has none', () => {
    expect(languageRedirect('/sspr-admin/', 'nl')).toBe('/nl/sspr-admin/');
    expect(languageRedirect('/some/odd/path', 'en')).toBe('/en/some/odd/path');
  });
});
