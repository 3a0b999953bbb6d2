import { describe, expect, it } from 'vitest';
import { ssprAdmin } from '../../flows/sspr-admin/flow.ts';
import { aliasedFlow, brokenFixtures, cycleWithoutTerminal, soundFlow } from './fixtures.ts';
import type { AnyFlow } from './types.ts';
import { type ProblemCode, validate } from './validate.ts';

/** Every problem code; a code added to `ProblemCode` without a fixture fails to compile here. */
const allCodes: Record<ProblemCode, true> = {
  'missing-start': true,
  'unknown-target': true,
  'unknown-finding': true,
  'bad-branch': true,
  'unreachable-node': true,
  'unreachable-finding': true,
  'dead-end': true,
  cycle: true,
  'bad-id': true,
  'duplicate-option': true,
  'reserved-id': true,
  'no-terminal': true,
  'bad-alias': true,
  'bad-date': true,
  'unknown-note': true,
};

const codesAndIds = (flow: AnyFlow) => validate(flow).map(({ code, id }) => ({ code, id }));

describe('validate: sound flows', () => {
  it('finds no problem in the sound fixture', () => {
    expect(validate(soundFlow)).toEqual([]);
  });

  it('accepts an alias that leads to an existing node', () => {
    expect(validate(aliasedFlow)).toEqual([]);
  });

  it('finds no problem in the sspr-admin flow', () => {
    expect(validate(ssprAdmin)).toEqual([]);
  });
});

describe('validate: broken flows', () => {
  it('has one broken fixture for every problem code', () => {
    expect([...new Set(brokenFixtures.map((fixture) => fixture.code))].sort()).toEqual(Object.keys(allCodes).sort());
  });

  it.each(brokenFixtures.map((fixture) => [fixture.code, fixture] as const))(
    'reports %s, and nothing else, for its fixture',
    (_code, { flow, code, id }) => {
      expect(codesAndIds(flow)).toEqual([{ code, id }]);
    },
  );

  it('gives each problem a message that names the id', () => {
    for (const { flow, id } of brokenFixtures)
      for (const problem of validate(flow)) expect(problem.message).toContain(id);
  });

  it('reports both the cycle and the missing terminal when a flow can only go round', () => {
    expect(codesAndIds(cycleWithoutTerminal)).toEqual([
      { code: 'cycle', id: 'first' },
      { code: 'no-terminal', id: 'first' },
    ]);
  });

  it('reports a branch on a node that is not a question as bad-branch', () => {
    const flow: AnyFlow = {
      id: 'branch-on-terminal',
      start: 'ask',
      findings: {},
      nodes: {
        ask: {
          kind: 'question',
          options: [
            { id: 'yes', next: { when: [{ question: 'end', anyOf: ['yes'], goto: 'end' }], otherwise: 'end' } },
          ],
        },
        end: { kind: 'terminal' },
      },
    };
    expect(codesAndIds(flow)).toEqual([{ code: 'bad-branch', id: 'ask' }]);
  });

  it('reports a branch target that does not exist as unknown-target', () => {
    const flow: AnyFlow = {
      id: 'branch-to-nowhere',
      start: 'ask',
      findings: {},
      nodes: {
        ask: {
          kind: 'question',
          options: [
            { id: 'yes', next: { when: [{ question: 'ask', anyOf: ['yes'], goto: 'ghost' }], otherwise: 'end' } },
          ],
        },
        end: { kind: 'terminal' },
      },
    };
    expect(codesAndIds(flow)).toEqual([{ code: 'unknown-target', id: 'ask' }]);
  });

  it('reports reserved query parameter names used as question ids', () => {
    const flow: AnyFlow = {
      id: 'reserved-question',
      start: 'embed',
      findings: {},
      nodes: {
        embed: { kind: 'question', options: [{ id: 'yes', next: 'lng' }] },
        lng: { kind: 'question', options: [{ id: 'yes', next: 'end' }] },
        end: { kind: 'terminal' },
      },
    };
    expect(codesAndIds(flow)).toEqual([
      { code: 'reserved-id', id: 'embed' },
      { code: 'reserved-id', id: 'lng' },
    ]);
  });

  it('reports ids that are not kebab-case: flow, option and finding ids too', () => {
    const flow: AnyFlow = {
      id: 'Bad Flow',
      start: 'ask',
      findings: { SomeCause: { kind: 'cause' } },
      nodes: {
        ask: { kind: 'question', options: [{ id: 'Yes_Please', next: 'end', findings: ['SomeCause'] }] },
        end: { kind: 'terminal' },
      },
    };
    expect(codesAndIds(flow)).toEqual([
      { code: 'bad-id', id: 'Bad Flow' },
      { code: 'bad-id', id: 'Yes_Please' },
      { code: 'bad-id', id: 'SomeCause' },
    ]);
  });

  it('counts a finding recorded only on an unreachable node as unreachable', () => {
    const flow: AnyFlow = {
      id: 'finding-on-orphan',
      start: 'ask',
      findings: { lost: { kind: 'cause' } },
      nodes: {
        ask: { kind: 'question', options: [{ id: 'yes', next: 'end' }] },
        orphan: { kind: 'question', options: [{ id: 'yes', next: 'end', findings: ['lost'] }] },
        end: { kind: 'terminal' },
      },
    };
    expect(codesAndIds(flow)).toEqual([
      { code: 'unreachable-node', id: 'orphan' },
      { code: 'unreachable-finding', id: 'lost' },
    ]);
  });
});

describe('validate: dates', () => {
  it('rejects a day that does not exist, though it looks like one (it would roll over into March)', () => {
    const flow: AnyFlow = {
      id: 'fixture-february',
      start: 'ask',
      findings: {},
      dates: { launch: '2030-02-31' },
      nodes: { ask: { kind: 'question', options: [{ id: 'yes', next: 'end' }] }, end: { kind: 'terminal' } },
    };
    expect(codesAndIds(flow)).toEqual([{ code: 'bad-date', id: 'launch' }]);
  });
});
