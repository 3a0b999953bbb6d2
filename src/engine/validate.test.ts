import { describe, expect, it } from 'vitest';
import { ssprAdmin } from '../../flows/sspr-admin/flow.ts';
import { aliasedFlow, brokenFixtures, cycleWithoutTerminal, datedFlow, latticeFlow, soundFlow } from './fixtures.ts';
import { RESERVED_STEP_IDS, SUMMARY_STEP } from './ids.ts';
import type { AnyFlow } from './types.ts';
import { RESERVED_PARAMS } from './url-state.ts';
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
  'reserved-option': true,
  'reserved-alias': true,
  'extra-terminal': true,
  'terminal-id': true,
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

  it('reports a finding recorded on passing a question over (whenSkipped) that the flow does not have', () => {
    const flow: AnyFlow = {
      ...soundFlow,
      nodes: { ...soundFlow.nodes, colour: { ...soundFlow.nodes.colour, whenSkipped: ['ghost'] } },
    };
    expect(codesAndIds(flow)).toEqual([{ code: 'unknown-finding', id: 'colour' }]);
  });

  it('reports a note a finding covers that the flow does not declare', () => {
    const flow: AnyFlow = {
      ...soundFlow,
      findings: { ...soundFlow.findings, 'red-cause': { kind: 'cause', covers: ['ghost-note'] } },
    };
    expect(codesAndIds(flow)).toEqual([{ code: 'unknown-note', id: 'red-cause' }]);
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
            {
              id: 'yes',
              next: { when: [{ question: 'summary', anyOf: ['yes'], goto: 'summary' }], otherwise: 'summary' },
            },
          ],
        },
        summary: { kind: 'terminal' },
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
            { id: 'yes', next: { when: [{ question: 'ask', anyOf: ['yes'], goto: 'ghost' }], otherwise: 'summary' } },
          ],
        },
        summary: { kind: 'terminal' },
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
        lng: { kind: 'question', options: [{ id: 'yes', next: 'summary' }] },
        summary: { kind: 'terminal' },
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
        ask: { kind: 'question', options: [{ id: 'Yes_Please', next: 'summary', findings: ['SomeCause'] }] },
        summary: { kind: 'terminal' },
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
        ask: { kind: 'question', options: [{ id: 'yes', next: 'summary' }] },
        orphan: { kind: 'question', options: [{ id: 'yes', next: 'summary', findings: ['lost'] }] },
        summary: { kind: 'terminal' },
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
      nodes: { ask: { kind: 'question', options: [{ id: 'yes', next: 'summary' }] }, summary: { kind: 'terminal' } },
    };
    expect(codesAndIds(flow)).toEqual([{ code: 'bad-date', id: 'launch' }]);
  });
});

describe('validate: the URL contract', () => {
  const oneQuestion = (nodes: AnyFlow['nodes'], extra: Partial<AnyFlow> = {}): AnyFlow => ({
    id: 'fixture-contract',
    start: 'ask',
    findings: {},
    nodes,
    ...extra,
  });

  it('the summary step is called summary', () => {
    expect(SUMMARY_STEP).toBe('summary');
  });

  it('accepts the fixtures, the dated fixture and a generated flow', () => {
    expect(validate(datedFlow)).toEqual([]);
    expect(validate(latticeFlow({ questions: 40 }))).toEqual([]);
  });

  it('reports every terminal but `summary` as one too many', () => {
    const flow = oneQuestion({
      ask: {
        kind: 'question',
        options: [
          { id: 'yes', next: 'early-end' },
          { id: 'no', next: 'summary' },
          { id: 'maybe', next: 'late-end' },
        ],
      },
      'early-end': { kind: 'terminal' },
      summary: { kind: 'terminal' },
      'late-end': { kind: 'terminal' },
    });
    expect(codesAndIds(flow)).toEqual([
      { code: 'extra-terminal', id: 'early-end' },
      { code: 'extra-terminal', id: 'late-end' },
    ]);
  });

  it('with several terminals and none called summary, asks to rename the first and drop the others', () => {
    const flow = oneQuestion({
      ask: {
        kind: 'question',
        options: [
          { id: 'yes', next: 'one' },
          { id: 'no', next: 'two' },
        ],
      },
      one: { kind: 'terminal' },
      two: { kind: 'terminal' },
    });
    expect(codesAndIds(flow)).toEqual([
      { code: 'terminal-id', id: 'one' },
      { code: 'extra-terminal', id: 'two' },
    ]);
  });

  it.each(RESERVED_STEP_IDS)('reports the step id "%s" as a node id, an option id and an alias', (reserved) => {
    const flow = oneQuestion(
      {
        ask: {
          kind: 'question',
          options: [
            { id: 'yes', next: reserved },
            { id: reserved, next: 'summary' },
          ],
        },
        [reserved]: { kind: 'question', options: [{ id: 'yes', next: 'summary' }] },
        summary: { kind: 'terminal' },
      },
      { aliases: { [reserved]: 'ask' } },
    );
    expect(codesAndIds(flow)).toEqual(
      expect.arrayContaining([
        { code: 'reserved-id', id: reserved },
        { code: 'reserved-option', id: reserved },
      ]),
    );
    // As an alias it is also a node id here; alone it is reserved-alias.
    const aliasOnly = oneQuestion(
      { ask: { kind: 'question', options: [{ id: 'yes', next: 'summary' }] }, summary: { kind: 'terminal' } },
      { aliases: { [reserved]: 'ask' } },
    );
    expect(codesAndIds(aliasOnly)).toEqual([{ code: 'reserved-alias', id: reserved }]);
  });

  it.each(RESERVED_PARAMS)('reports the URL parameter "%s" as an option id and an alias', (param) => {
    const flow = oneQuestion(
      { ask: { kind: 'question', options: [{ id: param, next: 'summary' }] }, summary: { kind: 'terminal' } },
      { aliases: { [param]: 'ask' } },
    );
    expect(codesAndIds(flow)).toEqual([
      { code: 'reserved-option', id: param },
      { code: 'reserved-alias', id: param },
    ]);
  });

  it('reports tracking parameters (utm_) as reserved too, besides not being kebab-case', () => {
    const flow = oneQuestion({
      ask: { kind: 'question', options: [{ id: 'utm_source', next: 'summary' }] },
      summary: { kind: 'terminal' },
    });
    expect(codesAndIds(flow)).toEqual([
      { code: 'bad-id', id: 'utm_source' },
      { code: 'reserved-option', id: 'utm_source' },
    ]);
  });

  it('names the option and its question in a reserved-option message', () => {
    const [problem] = validate(
      oneQuestion({
        ask: { kind: 'question', options: [{ id: 'all', next: 'summary' }] },
        summary: { kind: 'terminal' },
      }),
    );
    expect(problem?.message).toContain('"all"');
    expect(problem?.message).toContain('"ask"');
  });
});
