import { describe, expect, it } from 'vitest';
import { codeParts, inlineParts, plainText } from './inline-code.ts';

describe('inline code markup', () => {
  it('splits running text at backtick pairs, without the backticks', () => {
    expect(inlineParts('Sign in with `Connect-MgGraph -Scopes Policy.Read.All`, then run `Get-MgUser`.')).toEqual([
      { text: 'Sign in with ', code: false },
      { text: 'Connect-MgGraph -Scopes Policy.Read.All', code: true },
      { text: ', then run ', code: false },
      { text: 'Get-MgUser', code: true },
      { text: '.', code: false },
    ]);
  });

  it('keeps text without markup as one part, and an unpaired backtick as text', () => {
    expect(inlineParts('No code here.')).toEqual([{ text: 'No code here.', code: false }]);
    expect(inlineParts('A lone ` stays')).toEqual([{ text: 'A lone ` stays', code: false }]);
    expect(inlineParts('`True`')).toEqual([{ text: 'True', code: true }]);
    expect(inlineParts('')).toEqual([]);
  });

  it('does not pair backticks across lines or around nothing', () => {
    expect(codeParts('a `b\nc` d')).toEqual([]);
    expect(codeParts('a `` b')).toEqual([]);
  });

  it('gives the plain text and the code parts', () => {
    const text = 'The command `(Get-MgPolicyAuthorizationPolicy).AllowedToUseSspr` returns `True`.';
    expect(plainText(text)).toBe('The command (Get-MgPolicyAuthorizationPolicy).AllowedToUseSspr returns True.');
    expect(codeParts(text)).toEqual(['(Get-MgPolicyAuthorizationPolicy).AllowedToUseSspr', 'True']);
  });
});
