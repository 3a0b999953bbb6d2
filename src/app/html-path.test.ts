import { describe, expect, it } from 'vitest';
import { ownAddress, withoutHtmlName } from './html-path.ts';

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

describe('ownAddress', () => {
  it('gives a path with doubled leading slashes one, so the router finds the page', () => {
    expect(ownAddress('//en/sspr-admin/symptom', '')).toBe('/en/sspr-admin/symptom');
    expect(ownAddress('///nl/', '')).toBe('/nl/');
    expect(ownAddress('//help/wizard/en/sspr-admin/symptom', '/help/wizard')).toBe(
      '/help/wizard/en/sspr-admin/symptom',
    );
  });

  it('names the page without .html, below the sub-path, and leaves a page address alone', () => {
    expect(ownAddress('/help/wizard/en/sspr-user.html', '/help/wizard')).toBe('/help/wizard/en/sspr-user/');
    expect(ownAddress('//en/sspr-admin/symptom.html', '')).toBe('/en/sspr-admin/symptom');
    for (const path of ['/', '/en/', '/en/sspr-admin/symptom']) expect(ownAddress(path, '')).toBe(path);
    expect(ownAddress('/elsewhere/x', '/help/wizard')).toBe('/elsewhere/x');
  });
});
