import { describe, expect, it } from 'vitest';
import type { Answer } from './types.ts';
import {
  answersFromSearch,
  idFromUrl,
  isReservedParam,
  RESERVED_PARAMS,
  reservedFromSearch,
  searchFromAnswers,
  trackingFromSearch,
} from './url-state.ts';

const sample: Answer[] = [
  { question: 'symptom', option: 'sms' },
  { question: 'account-type', option: 'yes' },
  { question: 'number-format', option: 'not-sure' },
];

describe('answersFromSearch', () => {
  it('reads answers in the order they appear', () => {
    expect(answersFromSearch('?symptom=sms&account-type=yes&number-format=not-sure')).toEqual(sample);
    expect(answersFromSearch('?number-format=not-sure&symptom=sms')).toEqual([
      { question: 'number-format', option: 'not-sure' },
      { question: 'symptom', option: 'sms' },
    ]);
  });

  it('reads a query string with or without its leading `?`', () => {
    expect(answersFromSearch('symptom=sms&account-type=yes')).toEqual(
      answersFromSearch('?symptom=sms&account-type=yes'),
    );
  });

  it('reads URLSearchParams as well as a string', () => {
    expect(answersFromSearch(new URLSearchParams('symptom=sms&account-type=yes&number-format=not-sure'))).toEqual(
      sample,
    );
  });

  it('returns no answers for an empty query string', () => {
    expect(answersFromSearch('')).toEqual([]);
    expect(answersFromSearch('?')).toEqual([]);
  });

  it('skips parameters with an empty name or value, and bare names', () => {
    expect(answersFromSearch('?=sms&symptom=&&account-type&role=admin')).toEqual([
      { question: 'role', option: 'admin' },
    ]);
  });

  it('skips reserved parameters and utm_ tracking parameters', () => {
    const search = '?embed=1&symptom=sms&lng=en&flow=x&step=y&theme=dark&debug=1&utm_source=mail&utm_campaign=z';
    expect(answersFromSearch(search)).toEqual([{ question: 'symptom', option: 'sms' }]);
  });

  it('reads names and values in any case, and without surrounding spaces, as the lowercase ids they are', () => {
    expect(answersFromSearch('?Symptom=SMS&ACCOUNT-TYPE=Yes&%20reset-page%20=+methods+')).toEqual([
      { question: 'symptom', option: 'sms' },
      { question: 'account-type', option: 'yes' },
      { question: 'reset-page', option: 'methods' },
    ]);
  });

  it('skips click ids and campaign parameters in any case: never an answer, so never "not recognised"', () => {
    const search = '?fbclid=x&symptom=sms&GCLID=y&msclkid=z&UTM_Source=mail&mtm_campaign=c&_ga=1';
    expect(answersFromSearch(search)).toEqual([{ question: 'symptom', option: 'sms' }]);
  });

  it('skips reserved parameters in any case', () => {
    expect(answersFromSearch('?EMBED=1&Lng=en&symptom=sms')).toEqual([{ question: 'symptom', option: 'sms' }]);
  });

  it('keeps duplicate names in order, for the walk to judge', () => {
    expect(answersFromSearch('?symptom=sms&symptom=email')).toEqual([
      { question: 'symptom', option: 'sms' },
      { question: 'symptom', option: 'email' },
    ]);
  });

  it('decodes percent-encoding and `+` as a space', () => {
    expect(answersFromSearch('?a%20b=c+d&x=%C3%A9%26')).toEqual([
      { question: 'a b', option: 'c d' },
      { question: 'x', option: 'é&' },
    ]);
  });

  it('does not throw on malformed percent-encoding', () => {
    expect(() => answersFromSearch('?symptom=%E0%A4%A&%=%%')).not.toThrow();
  });
});

describe('searchFromAnswers', () => {
  it('writes answers in order, with a leading `?`', () => {
    expect(searchFromAnswers(sample)).toBe('?symptom=sms&account-type=yes&number-format=not-sure');
  });

  it('writes nothing at all when there is nothing to write', () => {
    expect(searchFromAnswers([])).toBe('');
  });

  it('appends the parameters to keep after the answers', () => {
    expect(searchFromAnswers(sample.slice(0, 1), [['embed', '1']])).toBe('?symptom=sms&embed=1');
    expect(searchFromAnswers([], [['embed', '1']])).toBe('?embed=1');
  });

  it('encodes characters that would break the query string', () => {
    const search = searchFromAnswers([{ question: 'a&b', option: 'c=d #e+f/ü' }]);
    expect(search).not.toMatch(/[ #ü]/);
    expect(search.split('&')).toHaveLength(1);
  });
});

describe('round trips', () => {
  it('answers -> query string -> answers keeps every answer and its order', () => {
    expect(answersFromSearch(searchFromAnswers(sample))).toEqual(sample);
  });

  it('keeps odd characters intact through the round trip', () => {
    const odd: Answer[] = [
      { question: 'a&b', option: 'c=d' },
      { question: 'space here', option: 'plus+sign' },
      { question: 'hash#', option: 'percent%25' },
      { question: 'ünï', option: '日本' },
      { question: 'q?', option: '/slash/' },
    ];
    expect(answersFromSearch(searchFromAnswers(odd))).toEqual(odd);
  });

  it('query string -> answers -> query string keeps the answers and the embed flag, and drops the junk', () => {
    const search = '?symptom=sms&utm_source=mail&embed=1&=x&account-type=yes';
    const rebuilt = searchFromAnswers(answersFromSearch(search), reservedFromSearch(search));
    expect(rebuilt).toBe('?symptom=sms&account-type=yes&embed=1');
  });
});

describe('reserved parameters', () => {
  it('reservedFromSearch keeps embed=1 and the other reserved parameters, in order', () => {
    expect(reservedFromSearch('?symptom=sms&embed=1&lng=en')).toEqual([
      ['embed', '1'],
      ['lng', 'en'],
    ]);
    expect(reservedFromSearch(new URLSearchParams('embed=1'))).toEqual([['embed', '1']]);
  });

  it('reservedFromSearch does not carry tracking parameters or answers', () => {
    expect(reservedFromSearch('?utm_source=mail&symptom=sms&fbclid=x')).toEqual([]);
  });

  it('reservedFromSearch writes the name in lower case and keeps the value as written (a theme is no id)', () => {
    expect(reservedFromSearch('?EMBED=1&Theme=%7B%22accent%22%3A%22Red%22%7D')).toEqual([
      ['embed', '1'],
      ['theme', '{"accent":"Red"}'],
    ]);
  });

  it('trackingFromSearch lists the tracking parameters as written, and nothing else', () => {
    expect(trackingFromSearch('?symptom=sms&FBCLID=Ab&embed=1&utm_source=mail')).toEqual([
      ['FBCLID', 'Ab'],
      ['utm_source', 'mail'],
    ]);
  });

  it('idFromUrl trims and lower-cases', () => {
    expect(idFromUrl('  Account-Type ')).toBe('account-type');
  });

  it('isReservedParam knows every reserved name (any case) and the tracking parameters, and nothing else', () => {
    for (const name of RESERVED_PARAMS) expect(isReservedParam(name)).toBe(true);
    expect(isReservedParam('utm_medium')).toBe(true);
    expect(isReservedParam('Embed')).toBe(true);
    expect(isReservedParam('fbclid')).toBe(true);
    expect(isReservedParam('symptom')).toBe(false);
    expect(isReservedParam('embedded')).toBe(false);
    expect(isReservedParam('utm')).toBe(false);
  });
});
