import { describe, expect, it } from 'vitest';
import { summaryLink } from './summary-link.ts';

describe('summaryLink', () => {
  it('drops embed=1, keeping every answer in order', () => {
    expect(summaryLink('https://help.example.com/en/sspr-admin/summary?embed=1&symptom=sms&account-type=no')).toBe(
      'https://help.example.com/en/sspr-admin/summary?symptom=sms&account-type=no',
    );
    expect(summaryLink('https://help.example.com/wizard/nl/sspr-admin/summary?symptom=sms&embed=1#finding-x')).toBe(
      'https://help.example.com/wizard/nl/sspr-admin/summary?symptom=sms#finding-x',
    );
  });

  it('leaves an address without embed as it is', () => {
    const href = 'https://help.example.com/en/sspr-admin/summary?symptom=sms&note=a%20b';
    expect(summaryLink(href)).toBe(href);
  });
});
