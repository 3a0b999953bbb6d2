import { afterEach, describe, expect, it } from 'vitest';
import { datedFlow } from './fixtures.ts';
import { datesReached } from './graph.ts';
import { countPaths, eras, questionsPerPath } from './paths.ts';
import { fillDates, longDate } from './text-dates.ts';
import { validate } from './validate.ts';
import { isoDay, nextNode, walk } from './walk.ts';

const yes = [{ question: 'ask', option: 'yes' }];

describe('dated branches', () => {
  it('the dated fixture is sound', () => {
    expect(validate(datedFlow)).toEqual([]);
  });

  it('a date is reached on its own day, not the day before', () => {
    expect([...datesReached(datedFlow, '2029-12-31')]).toEqual([]);
    expect([...datesReached(datedFlow, '2030-01-01')]).toEqual(['launch']);
  });

  it('walks to the extra question only from the date on', () => {
    expect(walk(datedFlow, yes, { today: '2029-12-31' }).current).toBe('summary');
    expect(walk(datedFlow, yes, { today: '2030-01-01' }).current).toBe('extra');
    expect(nextNode(datedFlow, 'ask', 'yes', [], { today: '2029-12-31' })).toBe('summary');
    expect(nextNode(datedFlow, 'ask', 'yes', [], { today: '2030-06-01' })).toBe('extra');
  });

  it('without an injected day, walks on the real clock', () => {
    const expected = isoDay(new Date()) >= '2030-01-01' ? 'extra' : 'summary';
    expect(walk(datedFlow, yes).current).toBe(expected);
  });

  it('counts paths and questions per era', () => {
    expect(eras(datedFlow).map(({ from, reached }) => [from, [...reached]])).toEqual([
      [undefined, []],
      ['2030-01-01', ['launch']],
    ]);
    const [before, after] = eras(datedFlow);
    expect(countPaths(datedFlow, before?.reached)).toBe(2n);
    expect(countPaths(datedFlow, after?.reached)).toBe(2n);
    expect(questionsPerPath(datedFlow, before?.reached)).toEqual([
      { first: 'yes', paths: 1n, min: 1, median: 1, max: 1 },
      { first: 'no', paths: 1n, min: 1, median: 1, max: 1 },
    ]);
    expect(questionsPerPath(datedFlow, after?.reached)[0]).toEqual({
      first: 'yes',
      paths: 1n,
      min: 2,
      median: 2,
      max: 2,
    });
  });

  describe('in a time zone far from UTC', () => {
    const zone = process.env.TZ;
    afterEach(() => {
      // Node reads TZ again whenever it is set.
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });

    it('isoDay gives the reader’s own calendar day, not UTC’s', () => {
      process.env.TZ = 'Pacific/Kiritimati'; // UTC+14
      expect(isoDay(new Date('2027-01-31T12:00:00Z'))).toBe('2027-02-01');
      process.env.TZ = 'Pacific/Pago_Pago'; // UTC-11
      expect(isoDay(new Date('2027-02-01T10:00:00Z'))).toBe('2027-01-31');
    });

    it('a date in text is the same day in every time zone', () => {
      process.env.TZ = 'Pacific/Pago_Pago';
      expect(longDate('en-GB')('2027-02-01')).toBe('1 February 2027');
      process.env.TZ = 'Pacific/Kiritimati';
      expect(longDate('nl-NL')('2027-02-01')).toBe('1 februari 2027');
    });
  });
});

describe('dates in text', () => {
  const dates = { launch: '2030-01-01' };

  it('fills {date:name} in every string, in each language’s own format', () => {
    const text = { a: 'From {date:launch} on.', b: ['Since {date:launch}.', { text: 'x', code: 'y' }] };
    expect(fillDates(text, dates, longDate('en-GB'))).toEqual({
      a: 'From 1 January 2030 on.',
      b: ['Since 1 January 2030.', { text: 'x', code: 'y' }],
    });
    expect(fillDates('Vanaf {date:launch}.', dates, longDate('nl-NL'))).toBe('Vanaf 1 januari 2030.');
  });

  it('leaves a placeholder with an unknown name as written (flow:check reports it)', () => {
    expect(fillDates('From {date:landing}.', dates, longDate('en-GB'))).toBe('From {date:landing}.');
  });

  it('reports a malformed placeholder name as unknown rather than hiding it', () => {
    expect(fillDates('From {date:Launch}.', dates, longDate('en-GB'))).toBe('From {date:Launch}.');
  });
});
