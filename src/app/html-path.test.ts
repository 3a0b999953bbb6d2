import { describe, expect, it } from 'vitest';
import { withoutHtmlName } from './html-path.ts';

describe('withoutHtmlName', () => {
  it('names a step without .html or /index.html', () => {
    expect(withoutHtmlName('/nl/sspr-admin/symptom.html')).toBe('/nl/sspr-admin/symptom');
    expect(withoutHtmlName('/nl/sspr-admin/symptom/index.html')).toBe('/nl/sspr-admin/symptom/');
  });

  it('keeps the trailing slash of a list or start page', () => {
    expect(withoutHtmlName('/nl.html')).toBe('/nl/');
    expect(withoutHtmlName('/nl/index.html')).toBe('/nl/');
    expect(withoutHtmlName('/en/sspr-user.html')).toBe('/en/sspr-user/');
    expect(withoutHtmlName('/en/sspr-user/index.html')).toBe('/en/sspr-user/');
    expect(withoutHtmlName('/index.html')).toBe('/');
  });

  it('never gives an address another host could be read from', () => {
    expect(withoutHtmlName('/.html')).toBe('/');
    expect(withoutHtmlName('//.html')).toBe('/');
    expect(withoutHtmlName('//evil.example/x.html')).toBe('/evil.example/x/');
    expect(withoutHtmlName('//evil.example/a/b.html')).toBe('/evil.example/a/b');
  });

  it('reads the name in any case and leaves every other path alone', () => {
    expect(withoutHtmlName('/EN/SSPR-ADMIN/Symptom.HTML')).toBe('/EN/SSPR-ADMIN/Symptom');
    for (const path of ['/', '/nl/', '/nl/sspr-admin/symptom', '/nl/sspr-admin/html', '/nl/x.htm'])
      expect(withoutHtmlName(path)).toBe(path);
  });
});
