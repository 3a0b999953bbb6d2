import { defineFlow } from './define-flow.ts';
import type { AnyFlow } from './types.ts';
import type { ProblemCode } from './validate.ts';

/**
 * Small flows for the engine's tests. `soundFlow` is a valid flow with a
 * branch; each `broken` flow has exactly one structural problem, named by the
 * `validate` code it must produce. Broken flows that the types already reject
 * are plain objects typed `AnyFlow`, as they would be if read from data.
 */

/**
 * colour ─┬─ size ─┬─ big: red → red-detail, otherwise → blue-detail ─┐
 *         │        └─ small ──────────────────────────────────────────┴─ help ── summary
 */
export const soundFlow = defineFlow({
  id: 'fixture-sound',
  start: 'colour',
  findings: {
    'red-cause': { kind: 'cause' },
    'blue-cause': { kind: 'cause' },
    'check-colour': { kind: 'check' },
    'small-cause': { kind: 'cause' },
    'ask-help': { kind: 'escalation' },
  },
  nodes: {
    colour: {
      kind: 'question',
      options: [
        { id: 'red', next: 'size', findings: ['red-cause'] },
        { id: 'blue', next: 'size', findings: ['blue-cause'] },
        { id: 'not-sure', next: 'size', findings: ['check-colour'], notSure: true },
      ],
    },
    size: {
      kind: 'question',
      help: true,
      options: [
        {
          id: 'big',
          next: { when: [{ question: 'colour', anyOf: ['red'], goto: 'red-detail' }], otherwise: 'blue-detail' },
        },
        { id: 'small', next: 'help', findings: ['small-cause'] },
      ],
    },
    'red-detail': {
      kind: 'question',
      options: [
        // Records `red-cause` again on purpose: the walk must list it once.
        { id: 'yes', next: 'help', findings: ['red-cause', 'small-cause'] },
        { id: 'no', next: 'help' },
      ],
    },
    'blue-detail': {
      kind: 'question',
      options: [
        { id: 'yes', next: 'help' },
        { id: 'no', next: 'help', findings: ['blue-cause'] },
      ],
    },
    help: {
      kind: 'question',
      options: [
        { id: 'yes', next: 'summary', findings: ['ask-help'] },
        { id: 'no', next: 'summary' },
      ],
    },
    summary: { kind: 'terminal' },
  },
});

/**
 * Complete, valid text for `soundFlow` in one language (the `FlowText`
 * shape); a fresh object each call, so a test can break its copy.
 */
export function soundFlowText() {
  const question = (options: string[]) => ({
    title: 'Question?',
    error: 'Choose one',
    short: 'Question',
    options: Object.fromEntries(options.map((id) => [id, { label: id }])),
  });
  const finding = { title: 'Cause', problem: 'What is wrong.', steps: ['Do this.', { text: 'Run:', code: 'Do-It' }] };
  return {
    meta: { title: 'Fixture', description: 'A fixture flow.' },
    start: { intro: 'Intro', symptoms: ['One'], needs: ['Two'], duration: 'About a minute' },
    summary: { escalationHeading: 'Who can help' },
    questions: {
      colour: question(['red', 'blue', 'not-sure']),
      size: { ...question(['big', 'small']), help: { summary: 'How to tell', body: ['Look.'] } },
      'red-detail': question(['yes', 'no']),
      'blue-detail': question(['yes', 'no']),
      help: question(['yes', 'no']),
    } as Record<string, Record<string, unknown>>,
    findings: {
      'red-cause': finding,
      'blue-cause': finding,
      'check-colour': finding,
      'small-cause': finding,
      'ask-help': { ...finding, links: [{ label: 'Support', href: 'https://example.com' }] },
    } as Record<string, Record<string, unknown>>,
    noCause: { title: 'No cause', body: 'Nothing found.' },
    moreHelp: { intro: 'More', steps: ['Call us.'], links: [] },
    done: { body: 'Glad it worked.' },
  };
}

/** A broken flow, the problem `validate` must report for it, and the id it must name. */
export interface BrokenFixture {
  readonly flow: AnyFlow;
  readonly code: ProblemCode;
  readonly id: string;
}

const missingStart: AnyFlow = {
  id: 'fixture-missing-start',
  start: 'nowhere',
  findings: {},
  nodes: { summary: { kind: 'terminal' } },
};

const unknownTarget: AnyFlow = {
  id: 'fixture-unknown-target',
  start: 'ask',
  findings: {},
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

const unknownFinding: AnyFlow = {
  id: 'fixture-unknown-finding',
  start: 'ask',
  findings: {},
  nodes: {
    ask: { kind: 'question', options: [{ id: 'yes', next: 'summary', findings: ['ghost-finding'] }] },
    summary: { kind: 'terminal' },
  },
};

// The types check a branch's question but not its options, so this one compiles.
const badBranch = defineFlow({
  id: 'fixture-bad-branch',
  start: 'first',
  findings: {},
  nodes: {
    first: { kind: 'question', options: [{ id: 'yes', next: 'second' }] },
    second: {
      kind: 'question',
      options: [
        { id: 'go', next: { when: [{ question: 'first', anyOf: ['maybe'], goto: 'summary' }], otherwise: 'summary' } },
      ],
    },
    summary: { kind: 'terminal' },
  },
});

const unreachableNode = defineFlow({
  id: 'fixture-unreachable-node',
  start: 'ask',
  findings: {},
  nodes: {
    ask: { kind: 'question', options: [{ id: 'yes', next: 'summary' }] },
    orphan: { kind: 'question', options: [{ id: 'yes', next: 'summary' }] },
    summary: { kind: 'terminal' },
  },
});

const unreachableFinding = defineFlow({
  id: 'fixture-unreachable-finding',
  start: 'ask',
  findings: { 'never-recorded': { kind: 'cause' } },
  nodes: {
    ask: { kind: 'question', options: [{ id: 'yes', next: 'summary' }] },
    summary: { kind: 'terminal' },
  },
});

const deadEnd = defineFlow({
  id: 'fixture-dead-end',
  start: 'ask',
  findings: {},
  nodes: {
    ask: {
      kind: 'question',
      options: [
        { id: 'yes', next: 'stuck' },
        { id: 'no', next: 'summary' },
      ],
    },
    stuck: { kind: 'question', options: [] },
    summary: { kind: 'terminal' },
  },
});

const cycle = defineFlow({
  id: 'fixture-cycle',
  start: 'first',
  findings: {},
  nodes: {
    first: { kind: 'question', options: [{ id: 'on', next: 'second' }] },
    second: {
      kind: 'question',
      options: [
        { id: 'back', next: 'first' },
        { id: 'on', next: 'summary' },
      ],
    },
    summary: { kind: 'terminal' },
  },
});

const badId = defineFlow({
  id: 'fixture-bad-id',
  start: 'ask',
  findings: {},
  nodes: {
    ask: { kind: 'question', options: [{ id: 'yes', next: 'Next_Step' }] },
    Next_Step: { kind: 'question', options: [{ id: 'yes', next: 'summary' }] },
    summary: { kind: 'terminal' },
  },
});

const duplicateOption = defineFlow({
  id: 'fixture-duplicate-option',
  start: 'ask',
  findings: {},
  nodes: {
    ask: {
      kind: 'question',
      options: [
        { id: 'yes', next: 'summary' },
        { id: 'yes', next: 'summary' },
      ],
    },
    summary: { kind: 'terminal' },
  },
});

// `done` is one of the UI's own step ids (RESERVED_STEP_IDS).
const reservedId = defineFlow({
  id: 'fixture-reserved-id',
  start: 'ask',
  findings: {},
  nodes: {
    ask: { kind: 'question', options: [{ id: 'yes', next: 'done' }] },
    done: { kind: 'question', options: [{ id: 'yes', next: 'summary' }] },
    summary: { kind: 'terminal' },
  },
});

// An option id that is a URL parameter of the app (`lng`).
const reservedOption = defineFlow({
  id: 'fixture-reserved-option',
  start: 'ask',
  findings: {},
  nodes: {
    ask: {
      kind: 'question',
      options: [
        { id: 'yes', next: 'summary' },
        { id: 'lng', next: 'summary' },
      ],
    },
    summary: { kind: 'terminal' },
  },
});

// An alias that is a step id of the support pages (`map`).
const reservedAlias = defineFlow({
  id: 'fixture-reserved-alias',
  start: 'ask',
  findings: {},
  nodes: {
    ask: { kind: 'question', options: [{ id: 'yes', next: 'summary' }] },
    summary: { kind: 'terminal' },
  },
  aliases: { map: 'ask' },
});

// Two ends: the URL contract has one summary per flow.
const extraTerminal = defineFlow({
  id: 'fixture-extra-terminal',
  start: 'ask',
  findings: {},
  nodes: {
    ask: {
      kind: 'question',
      options: [
        { id: 'yes', next: 'summary' },
        { id: 'no', next: 'other-end' },
      ],
    },
    summary: { kind: 'terminal' },
    'other-end': { kind: 'terminal' },
  },
});

// One end, but not called `summary`.
const terminalId = defineFlow({
  id: 'fixture-terminal-id',
  start: 'ask',
  findings: {},
  nodes: {
    ask: { kind: 'question', options: [{ id: 'yes', next: 'end' }] },
    end: { kind: 'terminal' },
  },
});

/**
 * In a typed flow every path ends in a terminal, a missing node, a question
 * without options or a cycle, so `no-terminal` always comes with another
 * problem. A node of an unknown kind (as hand-written data could have) is the
 * one way to get it alone.
 */
const noTerminal: AnyFlow = {
  id: 'fixture-no-terminal',
  start: 'ask',
  findings: {},
  nodes: {
    ask: { kind: 'question', options: [{ id: 'yes', next: 'note' }] },
    note: { kind: 'note' },
  },
};

// An alias pointing at a node that is gone (written as data: the types reject it).
const badAlias: AnyFlow = {
  id: 'fixture-bad-alias',
  start: 'ask',
  findings: {},
  nodes: {
    ask: { kind: 'question', options: [{ id: 'yes', next: 'summary' }] },
    summary: { kind: 'terminal' },
  },
  aliases: { 'old-ask': 'removed-step' },
};

/** A sound flow whose renamed step keeps its old id. */
export const aliasedFlow = defineFlow({
  id: 'fixture-aliased',
  start: 'new-ask',
  findings: {},
  nodes: {
    'new-ask': { kind: 'question', options: [{ id: 'yes', next: 'summary' }] },
    summary: { kind: 'terminal' },
  },
  aliases: { 'old-ask': 'new-ask' },
});

// A dated branch naming a date the flow does not have (data: the types reject it).
const unknownDate: AnyFlow = {
  id: 'fixture-unknown-date',
  start: 'ask',
  findings: {},
  dates: { launch: '2030-01-01' },
  nodes: {
    ask: {
      kind: 'question',
      options: [
        {
          id: 'yes',
          next: {
            when: [{ question: 'ask', anyOf: ['yes'], since: 'landing', goto: 'summary' }],
            otherwise: 'summary',
          },
        },
      ],
    },
    summary: { kind: 'terminal' },
  },
};

// A date that is not a day.
const badDate: AnyFlow = {
  id: 'fixture-bad-date',
  start: 'ask',
  findings: {},
  dates: { launch: '2030-13-01' },
  nodes: { ask: { kind: 'question', options: [{ id: 'yes', next: 'summary' }] }, summary: { kind: 'terminal' } },
};

// A finding that shows a note the flow does not declare.
const unknownNote: AnyFlow = {
  id: 'fixture-unknown-note',
  start: 'ask',
  findings: { cause: { kind: 'cause', notes: ['missing-note'] } },
  notes: ['other-note'],
  nodes: {
    ask: { kind: 'question', options: [{ id: 'yes', next: 'summary', findings: ['cause'] }] },
    summary: { kind: 'terminal' },
  },
};

/**
 * A flow whose advice changes on a day: from 2030-01-01 a "yes" leads to an
 * extra question. Its one finding shows two notes; a second finding shares one.
 *
 * ask ─┬─ yes: before 2030 → summary; from 2030 → extra ── summary
 *      └─ no ─────────────────────────────────────── summary
 */
export const datedFlow = defineFlow({
  id: 'fixture-dated',
  start: 'ask',
  dates: { launch: '2030-01-01' },
  notes: ['announcement', 'limit'],
  findings: {
    'late-cause': { kind: 'cause', notes: ['announcement'] },
    'early-cause': { kind: 'cause', notes: ['announcement', 'limit'] },
    'ask-help': { kind: 'escalation' },
  },
  nodes: {
    ask: {
      kind: 'question',
      options: [
        {
          id: 'yes',
          next: { when: [{ question: 'ask', anyOf: ['yes'], since: 'launch', goto: 'extra' }], otherwise: 'summary' },
          findings: ['early-cause'],
        },
        { id: 'no', next: 'summary', findings: ['ask-help'] },
      ],
    },
    extra: { kind: 'question', options: [{ id: 'yes', next: 'summary', findings: ['late-cause'] }] },
    summary: { kind: 'terminal' },
  },
});

export const brokenFixtures: readonly BrokenFixture[] = [
  { flow: missingStart, code: 'missing-start', id: 'nowhere' },
  { flow: unknownTarget, code: 'unknown-target', id: 'ask' },
  { flow: unknownFinding, code: 'unknown-finding', id: 'ask' },
  { flow: badBranch, code: 'bad-branch', id: 'second' },
  { flow: unreachableNode, code: 'unreachable-node', id: 'orphan' },
  { flow: unreachableFinding, code: 'unreachable-finding', id: 'never-recorded' },
  { flow: deadEnd, code: 'dead-end', id: 'stuck' },
  { flow: cycle, code: 'cycle', id: 'first' },
  { flow: badId, code: 'bad-id', id: 'Next_Step' },
  { flow: duplicateOption, code: 'duplicate-option', id: 'ask' },
  { flow: reservedId, code: 'reserved-id', id: 'done' },
  { flow: reservedOption, code: 'reserved-option', id: 'lng' },
  { flow: reservedAlias, code: 'reserved-alias', id: 'map' },
  { flow: extraTerminal, code: 'extra-terminal', id: 'other-end' },
  { flow: terminalId, code: 'terminal-id', id: 'end' },
  { flow: noTerminal, code: 'no-terminal', id: 'ask' },
  { flow: badAlias, code: 'bad-alias', id: 'old-ask' },
  { flow: unknownDate, code: 'bad-date', id: 'ask' },
  { flow: badDate, code: 'bad-date', id: 'launch' },
  { flow: unknownNote, code: 'unknown-note', id: 'cause' },
];

/** A flow that has only a cycle to end in: `cycle` and `no-terminal` together. */
export const cycleWithoutTerminal = defineFlow({
  id: 'fixture-cycle-without-terminal',
  start: 'first',
  findings: {},
  nodes: {
    first: { kind: 'question', options: [{ id: 'on', next: 'second' }] },
    second: { kind: 'question', options: [{ id: 'back', next: 'first' }] },
  },
});

export interface LatticeOptions {
  /** How many questions, in a chain: each has two options into the next one. */
  readonly questions: number;
  /**
   * Every `every`-th question (from the third) branches on the answer to the
   * question before it: `a` there jumps over the next question. Default 7.
   */
  readonly every?: number;
  /** A three-way question every so often (more paths, longer distributions). Default 5. */
  readonly wideEvery?: number;
}

/**
 * A generated flow for scale tests: a chain of `q-1` … `q-n` questions, each
 * with options `a` and `b` into the next (a diamond lattice: 2^n paths and
 * more), with branch rules that skip a question depending on an earlier
 * answer, a finding on some options, and `summary` at the end. Valid by
 * construction; the numbers of paths pass 2^53 from about 60 questions.
 */
export function latticeFlow({ questions, every = 7, wideEvery = 5 }: LatticeOptions): AnyFlow {
  const id = (index: number) => (index > questions ? 'summary' : `q-${index}`);
  const nodes: Record<string, unknown> = {};
  const findings: Record<string, { kind: 'cause' | 'check' }> = {};
  for (let index = 1; index <= questions; index += 1) {
    const plain = id(index + 1);
    const branches = index >= 3 && index % every === 0 && index + 2 <= questions + 1;
    const next = branches
      ? { when: [{ question: id(index - 1), anyOf: ['a'], goto: id(index + 2) }], otherwise: plain }
      : plain;
    const finding = index % 3 === 0 ? `cause-${index}` : undefined;
    if (finding) findings[finding] = { kind: 'cause' };
    const options: Record<string, unknown>[] = [
      { id: 'a', next, ...(finding ? { findings: [finding] } : {}) },
      { id: 'b', next: plain },
    ];
    if (index % wideEvery === 0) {
      findings[`check-${index}`] = { kind: 'check' };
      options.push({ id: 'not-sure', next, findings: [`check-${index}`], notSure: true });
    }
    nodes[id(index)] = { kind: 'question', options };
  }
  nodes.summary = { kind: 'terminal' };
  return { id: `fixture-lattice-${questions}`, start: id(1), findings, nodes } as AnyFlow;
}
