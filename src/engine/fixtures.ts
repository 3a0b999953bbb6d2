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
 *         │        └─ small ──────────────────────────────────────────┴─ help ── end
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
        { id: 'yes', next: 'end', findings: ['ask-help'] },
        { id: 'no', next: 'end' },
      ],
    },
    end: { kind: 'terminal' },
  },
});

/**
 * Complete, valid text for `soundFlow` in one language (the `FlowLocale`
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
    start: { intro: 'Intro', symptoms: ['One'], needs: ['Two'] },
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
  nodes: { end: { kind: 'terminal' } },
};

const unknownTarget: AnyFlow = {
  id: 'fixture-unknown-target',
  start: 'ask',
  findings: {},
  nodes: {
    ask: {
      kind: 'question',
      options: [
        { id: 'yes', next: 'end' },
        { id: 'no', next: 'ghost' },
      ],
    },
    end: { kind: 'terminal' },
  },
};

const unknownFinding: AnyFlow = {
  id: 'fixture-unknown-finding',
  start: 'ask',
  findings: {},
  nodes: {
    ask: { kind: 'question', options: [{ id: 'yes', next: 'end', findings: ['ghost-finding'] }] },
    end: { kind: 'terminal' },
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
      options: [{ id: 'go', next: { when: [{ question: 'first', anyOf: ['maybe'], goto: 'end' }], otherwise: 'end' } }],
    },
    end: { kind: 'terminal' },
  },
});

const unreachableNode = defineFlow({
  id: 'fixture-unreachable-node',
  start: 'ask',
  findings: {},
  nodes: {
    ask: { kind: 'question', options: [{ id: 'yes', next: 'end' }] },
    orphan: { kind: 'question', options: [{ id: 'yes', next: 'end' }] },
    end: { kind: 'terminal' },
  },
});

const unreachableFinding = defineFlow({
  id: 'fixture-unreachable-finding',
  start: 'ask',
  findings: { 'never-recorded': { kind: 'cause' } },
  nodes: {
    ask: { kind: 'question', options: [{ id: 'yes', next: 'end' }] },
    end: { kind: 'terminal' },
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
        { id: 'no', next: 'end' },
      ],
    },
    stuck: { kind: 'question', options: [] },
    end: { kind: 'terminal' },
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
        { id: 'on', next: 'end' },
      ],
    },
    end: { kind: 'terminal' },
  },
});

const badId = defineFlow({
  id: 'fixture-bad-id',
  start: 'ask',
  findings: {},
  nodes: {
    ask: { kind: 'question', options: [{ id: 'yes', next: 'Next_Step' }] },
    Next_Step: { kind: 'question', options: [{ id: 'yes', next: 'end' }] },
    end: { kind: 'terminal' },
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
        { id: 'yes', next: 'end' },
        { id: 'yes', next: 'end' },
      ],
    },
    end: { kind: 'terminal' },
  },
});

// `done` is one of the UI's own step ids (RESERVED_STEP_IDS).
const reservedId = defineFlow({
  id: 'fixture-reserved-id',
  start: 'ask',
  findings: {},
  nodes: {
    ask: { kind: 'question', options: [{ id: 'yes', next: 'done' }] },
    done: { kind: 'terminal' },
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
    ask: { kind: 'question', options: [{ id: 'yes', next: 'end' }] },
    end: { kind: 'terminal' },
  },
  aliases: { 'old-ask': 'removed-step' },
};

/** A sound flow whose renamed step keeps its old id. */
export const aliasedFlow = defineFlow({
  id: 'fixture-aliased',
  start: 'new-ask',
  findings: {},
  nodes: {
    'new-ask': { kind: 'question', options: [{ id: 'yes', next: 'end' }] },
    end: { kind: 'terminal' },
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
          next: { when: [{ question: 'ask', anyOf: ['yes'], since: 'landing', goto: 'end' }], otherwise: 'end' },
        },
      ],
    },
    end: { kind: 'terminal' },
  },
};

// A date that is not a day.
const badDate: AnyFlow = {
  id: 'fixture-bad-date',
  start: 'ask',
  findings: {},
  dates: { launch: '2030-13-01' },
  nodes: { ask: { kind: 'question', options: [{ id: 'yes', next: 'end' }] }, end: { kind: 'terminal' } },
};

// A finding that shows a note the flow does not declare.
const unknownNote: AnyFlow = {
  id: 'fixture-unknown-note',
  start: 'ask',
  findings: { cause: { kind: 'cause', notes: ['missing-note'] } },
  notes: ['other-note'],
  nodes: {
    ask: { kind: 'question', options: [{ id: 'yes', next: 'end', findings: ['cause'] }] },
    end: { kind: 'terminal' },
  },
};

/**
 * A flow whose advice changes on a day: from 2030-01-01 a "yes" leads to an
 * extra question. Its one finding shows two notes; a second finding shares one.
 *
 * ask ─┬─ yes: before 2030 → end; from 2030 → extra ── end
 *      └─ no ─────────────────────────────────────── end
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
          next: { when: [{ question: 'ask', anyOf: ['yes'], since: 'launch', goto: 'extra' }], otherwise: 'end' },
          findings: ['early-cause'],
        },
        { id: 'no', next: 'end', findings: ['ask-help'] },
      ],
    },
    extra: { kind: 'question', options: [{ id: 'yes', next: 'end', findings: ['late-cause'] }] },
    end: { kind: 'terminal' },
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
