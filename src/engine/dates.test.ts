import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datedFlow } from './fixtures.ts';
import { datesReached } from './graph.ts';
import { backStep, continueFrom, readUrlAnswers } from './navigation.ts';
import { countPaths, eras, questionsPerPath } from './paths.ts';
import { fillDates, longDate } from './text-dates.ts';
import { validate } from './validate.ts';
import { isoDay, nextNode, now, walk } from './walk.ts';

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

  it('isoDay writes the local calendar day as YYYY-MM-DD, month and day padded', () => {
    // Local times (the Date constructor with parts): the same day in every zone the tests run in.
    expect(isoDay(new Date(2027, 1, 1, 0, 0, 0))).toBe('2027-02-01');
    expect(isoDay(new Date(2027, 0, 31, 23, 59, 59))).toBe('2027-01-31');
    expect(isoDay(new Date(2030, 11, 5, 12))).toBe('2030-12-05');
    expect(isoDay(new Date(2031, 9, 10, 12))).toBe('2031-10-10');
  });

  describe('on the machine’s clock, where no day is injected', () => {
    afterEach(() => {
      vi.useRealTimers();
    });
    const at = (...parts: [number, number, number, number]) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(...parts));
    };

    it('now() is the local day', () => {
      at(2030, 0, 1, 0);
      expect(now()).toEqual({ today: '2030-01-01' });
      at(2029, 11, 31, 23);
      expect(now()).toEqual({ today: '2029-12-31' });
    });

    it('walk, nextNode, continueFrom, backStep and readUrlAnswers route by today', () => {
      at(2029, 11, 31, 23);
      expect(walk(datedFlow, yes).current).toBe('summary');
      expect(nextNode(datedFlow, 'ask', 'yes', [])).toBe('summary');
      expect(continueFrom(datedFlow, [], 'ask', 'yes').step).toBe('summary');
      expect(backStep(datedFlow, [...yes, { question: 'extra', option: 'yes' }], 'summary')).toBe('ask');
      expect(readUrlAnswers(datedFlow, [...yes, { question: 'extra', option: 'yes' }]).answers).toHaveLength(2);
      expect(readUrlAnswers(datedFlow, [...yes, { question: 'extra', option: 'yes' }]).walk.answers).toEqual(yes);
      at(2030, 0, 1, 0);
      expect(walk(datedFlow, yes).current).toBe('extra');
      expect(nextNode(datedFlow, 'ask', 'yes', [])).toBe('extra');
      expect(continueFrom(datedFlow, [], 'ask', 'yes').step).toBe('extra');
      expect(continueFrom(datedFlow, yes, 'ask', 'yes', { changing: true }).step).toBe('extra');
      expect(backStep(datedFlow, [...yes, { question: 'extra', option: 'yes' }], 'summary')).toBe('extra');
      expect(readUrlAnswers(datedFlow, [...yes, { question: 'extra', option: 'yes' }]).walk.current).toBe('summary');
    });
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

  // Starting a process takes seconds on a busy machine.
  describe('in a time zone far from UTC', { timeout: 60_000 }, () => {
    // Each zone runs in a Node process of its own, started with TZ in its
    // environment. Setting process.env.TZ inside the test works only on a main
    // thread: a worker thread (vitest's `threads` pool, which Stryker's runner
    // always uses) has its own copy of process.env, and Node does not re-read
    // the time zone when that copy changes, so the test saw the host's zone.
    const inZone = (zone: string, code: string): unknown => {
      const script = `import { isoDay } from ${JSON.stringify(import.meta.resolve('./walk.ts'))};
        import { longDate } from ${JSON.stringify(import.meta.resolve('./text-dates.ts'))};
        console.log(JSON.stringify(${code}));`;
      const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      });
      return JSON.parse(out);
    };

    it('isoDay gives the reader’s own calendar day, not UTC’s', () => {
      expect(inZone('Pacific/Kiritimati', "isoDay(new Date('2027-01-31T12:00:00Z'))")).toBe('2027-02-01'); // UTC+14
      expect(inZone('Pacific/Pago_Pago', "isoDay(new Date('2027-02-01T10:00:00Z'))")).toBe('2027-01-31'); // UTC-11
    });

    it('a date in text is the same day in every time zone', () => {
      expect(inZone('Pacific/Pago_Pago', "longDate('en-GB')('2027-02-01')")).toBe('1 February 2027');
      expect(inZone('Pacific/Kiritimati', "longDate('nl-NL')('2027-02-01')")).toBe('1 februari 2027');
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
