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

describe('validate: what each problem says (flow:check prints it)', () => {
  it('says what is wrong, with the ids involved, for each broken fixture', () => {
    const messages = Object.fromEntries(
      brokenFixtures.map(({ flow, code }) => [`${code} ${flow.id}`, validate(flow).map((problem) => problem.message)]),
    );
    expect(messages).toEqual({
      'missing-start fixture-missing-start': ['start node "nowhere" does not exist'],
      'unknown-target fixture-unknown-target': ['"ask" → "no" leads to missing node "ghost"'],
      'unknown-finding fixture-unknown-finding': ['"ask" → "yes" records missing finding "ghost-finding"'],
      'bad-branch fixture-bad-branch': ['"second" branches on "first" = maybe, which does not exist'],
      'unreachable-node fixture-unreachable-node': ['node "orphan" cannot be reached from "ask"'],
      'unreachable-finding fixture-unreachable-finding': [
        'finding "never-recorded" is never recorded on a reachable path',
      ],
      'dead-end fixture-dead-end': ['question "stuck" has no options, so its path ends nowhere'],
      'cycle fixture-cycle': ['a cycle passes through "first" (from "second")'],
      'bad-id fixture-bad-id': ['node id "Next_Step" is not lowercase kebab-case'],
      'duplicate-option fixture-duplicate-option': ['"ask" has option "yes" twice'],
      'reserved-id fixture-reserved-id': ['node id "done" is reserved for the app'],
      'reserved-option fixture-reserved-option': [
        'option "lng" of "ask" is reserved for the app (a step id or URL parameter)',
      ],
      'reserved-alias fixture-reserved-alias': ['alias "map" is reserved for the app (a step id or URL parameter)'],
      'extra-terminal fixture-extra-terminal': [
        'terminal node "other-end" is one too many: a flow has one terminal, "summary"',
      ],
      'terminal-id fixture-terminal-id': ['terminal node "end" must be called "summary"'],
      'no-terminal fixture-no-terminal': ['no terminal node can be reached from "ask"'],
      'bad-alias fixture-bad-alias': ['alias "old-ask" leads to missing node "removed-step"'],
      'bad-date fixture-unknown-date': ['"ask" branches from date "landing", which the flow\'s dates do not have'],
      'bad-date fixture-bad-date': ['date "launch" is "2030-13-01", not an ISO date'],
      'unknown-note fixture-unknown-note': [
        'finding "cause" shows note "missing-note", which the flow does not declare',
      ],
    });
  });

  it('names what kind of id is not kebab-case', () => {
    const flow: AnyFlow = {
      id: 'Bad Flow',
      start: 'ask',
      findings: { SomeCause: { kind: 'cause' } },
      dates: { Launch: '2030-01-01' },
      aliases: { Old_Ask: 'ask' },
      nodes: {
        ask: { kind: 'question', options: [{ id: 'Yes_Please', next: 'summary', findings: ['SomeCause'] }] },
        summary: { kind: 'terminal' },
      },
    };
    expect(validate(flow)).toEqual([
      { code: 'bad-id', id: 'Bad Flow', message: 'flow id "Bad Flow" is not lowercase kebab-case' },
      { code: 'bad-id', id: 'Yes_Please', message: 'option id of "ask" "Yes_Please" is not lowercase kebab-case' },
      { code: 'bad-id', id: 'SomeCause', message: 'finding id "SomeCause" is not lowercase kebab-case' },
      { code: 'bad-id', id: 'Old_Ask', message: 'alias "Old_Ask" is not lowercase kebab-case' },
      { code: 'bad-id', id: 'Launch', message: 'date "Launch" is not kebab-case' },
    ]);
  });

  it('says a branch on a node that is no question does not exist, without options to name', () => {
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
    expect(validate(flow).map((problem) => problem.message)).toEqual([
      '"ask" branches on "summary" = yes, which does not exist',
    ]);
    const ghost: AnyFlow = {
      ...flow,
      nodes: {
        ...flow.nodes,
        ask: {
          kind: 'question',
          options: [
            { id: 'yes', next: { when: [{ question: 'ghost', anyOf: [], goto: 'summary' }], otherwise: 'summary' } },
          ],
        },
      },
    };
    expect(validate(ghost).map((problem) => problem.message)).toEqual([
      '"ask" branches on "ghost", which does not exist',
    ]);
  });

  it('says which finding a passed-over question records, which note a finding covers, and which alias is a node', () => {
    const flow: AnyFlow = {
      ...soundFlow,
      findings: { ...soundFlow.findings, 'red-cause': { kind: 'cause', covers: ['ghost-note'] } },
      nodes: { ...soundFlow.nodes, colour: { ...soundFlow.nodes.colour, whenSkipped: ['ghost'] } },
      aliases: { size: 'colour' },
    };
    expect(validate(flow).map((problem) => problem.message)).toEqual([
      '"colour", passed over, records missing finding "ghost"',
      'alias "size" is also a node id',
      'finding "red-cause" covers note "ghost-note", which the flow does not declare',
    ]);
  });
});

describe('validate: edge cases', () => {
  const base: AnyFlow = {
    id: 'fixture-edge',
    start: 'ask',
    findings: {},
    nodes: { ask: { kind: 'question', options: [{ id: 'yes', next: 'summary' }] }, summary: { kind: 'terminal' } },
  };

  it('accepts real days at the edges of the calendar, and rejects what only looks like a day', () => {
    const dates = (day: unknown) => codesAndIds({ ...base, dates: { launch: day as string } });
    for (const day of ['2030-01-01', '2030-12-31', '2028-02-29', '2030-10-10', '2030-09-30'])
      expect(dates(day)).toEqual([]);
    for (const day of ['2030-02-29', '2030-00-10', '2030-13-01', '2030-01-00', '2030-01-32', '2030-1-01', '30-01-01'])
      expect(dates(day)).toEqual([{ code: 'bad-date', id: 'launch' }]);
    for (const day of [' 2030-01-01', '2030-01-01 ', '2030-01-01T00:00', 'x2030-01-01', 20300101, null])
      expect(dates(day)).toEqual([{ code: 'bad-date', id: 'launch' }]);
  });

  it('accepts a dated branch on a date the flow has, and a finding whose notes it declares', () => {
    expect(validate(datedFlow)).toEqual([]);
    const noted: AnyFlow = {
      ...base,
      notes: ['limit', 'announcement'],
      findings: { cause: { kind: 'cause', notes: ['announcement'], covers: ['limit'] } },
      nodes: {
        ...base.nodes,
        ask: { kind: 'question', options: [{ id: 'yes', next: 'summary', findings: ['cause'] }] },
      },
    };
    expect(validate(noted)).toEqual([]);
  });

  it('reports a missing start alone: nothing else can be checked from it', () => {
    expect(codesAndIds({ ...base, id: 'Bad Id', start: 'nowhere' })).toEqual([
      { code: 'missing-start', id: 'nowhere' },
    ]);
  });

  it('reports each cycle once, at the node it closes on, and no cycle where two paths meet', () => {
    const twoCycles: AnyFlow = {
      ...base,
      nodes: {
        ask: {
          kind: 'question',
          options: [
            { id: 'yes', next: 'a' },
            { id: 'no', next: 'b' },
            { id: 'maybe', next: 'summary' },
          ],
        },
        a: { kind: 'question', options: [{ id: 'on', next: 'ask' }] },
        b: { kind: 'question', options: [{ id: 'on', next: 'b' }] },
        summary: { kind: 'terminal' },
      },
    };
    expect(codesAndIds(twoCycles)).toEqual([
      { code: 'cycle', id: 'ask' },
      { code: 'cycle', id: 'b' },
    ]);
    expect(validate(soundFlow)).toEqual([]);
  });

  it('does not count a missing node as part of a cycle', () => {
    const flow: AnyFlow = {
      ...base,
      nodes: {
        ask: {
          kind: 'question',
          options: [
            { id: 'yes', next: 'summary' },
            { id: 'no', next: 'ghost' },
          ],
        },
        summary: { kind: 'terminal' },
      },
    };
    expect(codesAndIds(flow)).toEqual([{ code: 'unknown-target', id: 'ask' }]);
  });

  it('reports an unreachable second terminal as unreachable and as one terminal too many', () => {
    const flow: AnyFlow = {
      ...base,
      nodes: { ...base.nodes, orphan: { kind: 'terminal' } },
    };
    expect(codesAndIds(flow)).toEqual([
      { code: 'unreachable-node', id: 'orphan' },
      { code: 'extra-terminal', id: 'orphan' },
    ]);
  });
});
