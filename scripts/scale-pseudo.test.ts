import { describe, expect, it } from 'vitest';
import { isPseudo, pseudoLocale, pseudoText } from './scale-pseudo.ts';

describe('pseudoText', () => {
  it('accents letters, brackets the text and makes it about 30% longer', () => {
    const text = 'What does not arrive when you reset your password?';
    const pseudo = pseudoText(text);
    expect(pseudo.startsWith('[Ŵĥáţ ðöéš ñöţ')).toBe(true);
    expect(pseudo.length).toBeGreaterThanOrEqual(text.length * 1.25);
    expect(pseudo.length).toBeLessThanOrEqual(text.length * 1.4);
    expect(isPseudo(pseudo)).toBe(true);
    expect(isPseudo(text)).toBe(false);
  });

  it('keeps placeholders, URLs and email addresses', () => {
    const pseudo = pseudoText(
      'From {date:sms-voice-retirement}, open https://aka.ms/sspr. Answer {{question}}, or mail msonlineservicesteam@microsoft.com.',
    );
    expect(pseudo).toContain('{date:sms-voice-retirement}');
    expect(pseudo).toContain('{{question}}');
    expect(pseudo).toContain('https://aka.ms/sspr.');
    expect(pseudo).toContain('msonlineservicesteam@microsoft.com');
  });
});

describe('pseudoLocale', () => {
  it('keeps keys, list lengths, commands and link targets', () => {
    const locale = {
      steps: ['One', { text: 'Run this', code: 'Get-MgUser -All' }],
      links: [{ label: 'Docs', href: 'https://learn.microsoft.com/x' }],
    };
    expect(pseudoLocale(locale)).toEqual({
      steps: [pseudoText('One'), { text: pseudoText('Run this'), code: 'Get-MgUser -All' }],
      links: [{ label: pseudoText('Docs'), href: 'https://learn.microsoft.com/x' }],
    });
  });
});
