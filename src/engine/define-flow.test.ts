import { describe, expect, it } from 'vitest';
import { defineFlow } from './define-flow.ts';
import { datedFlow } from './fixtures.ts';
import type { FindingIdOf, NodeIdOf } from './types.ts';

/**
 * Compile-time tests: each `@ts-expect-error` below must meet a type error, or
 * `npm run typecheck` fails ("Unused '@ts-expect-error' directive"). The
 * function is never called; only the compiler reads it.
 */
function _wrongIdsDoNotCompile() {
  defineFlow({
    id: 'wrong-next',
    start: 'ask',
    findings: {},
    nodes: {
      ask: {
        kind: 'question',
        // @ts-expect-error 'ghost' is not a node of this flow
        options: [{ id: 'yes', next: 'ghost' }],
      },
      end: { kind: 'terminal' },
    },
  });

  defineFlow({
    id: 'wrong-finding',
    start: 'ask',
    findings: { 'real-cause': { kind: 'cause' } },
    nodes: {
      ask: {
        kind: 'question',
        // @ts-expect-error 'ghost-cause' is not a finding of this flow
        options: [{ id: 'yes', next: 'end', findings: ['ghost-cause'] }],
      },
      end: { kind: 'terminal' },
    },
  });

  defineFlow({
    id: 'wrong-start',
    // @ts-expect-error 'nowhere' is not a node of this flow
    start: 'nowhere',
    findings: {},
    nodes: {
      ask: { kind: 'question', options: [{ id: 'yes', next: 'end' }] },
      end: { kind: 'terminal' },
    },
  });

  defineFlow({
    id: 'wrong-branch-question',
    start: 'ask',
    findings: {},
    nodes: {
      ask: {
        kind: 'question',
        options: [
          {
            id: 'yes',
            // @ts-expect-error the branch asks about 'ghost', which is not a node of this flow
            next: { when: [{ question: 'ghost', anyOf: ['yes'], goto: 'end' }], otherwise: 'end' },
          },
        ],
      },
      end: { kind: 'terminal' },
    },
  });

  defineFlow({
    id: 'wrong-branch-goto',
    start: 'ask',
    findings: {},
    nodes: {
      ask: {
        kind: 'question',
        options: [
          {
            id: 'yes',
            // @ts-expect-error the branch goes to 'ghost', which is not a node of this flow
            next: { when: [{ question: 'ask', anyOf: ['yes'], goto: 'ghost' }], otherwise: 'end' },
          },
        ],
      },
      end: { kind: 'terminal' },
    },
  });

  defineFlow({
    id: 'wrong-kind',
    start: 'ask',
    findings: { 'real-cause': { kind: 'cause' } },
    nodes: {
      ask: {
        kind: 'question',
        options: [{ id: 'yes', next: 'end' }],
      },
      // @ts-expect-error a node is a question or a terminal
      end: { kind: 'page' },
    },
  });
}

const tiny = defineFlow({
  id: 'tiny',
  start: 'ask',
  findings: { 'a-cause': { kind: 'cause' } },
  nodes: {
    ask: { kind: 'question', options: [{ id: 'yes', next: 'end', findings: ['a-cause'] }] },
    end: { kind: 'terminal' },
  },
});

// The ids stay literal types, which the locale shape is derived from.
const nodeId: NodeIdOf<typeof tiny> = 'ask';
const findingId: FindingIdOf<typeof tiny> = 'a-cause';
// @ts-expect-error node ids are literal types, not any string
const notANode: NodeIdOf<typeof tiny> = 'ghost';

describe('defineFlow', () => {
  it('returns the very definition it was given, so the flow is plain data', () => {
    const definition = {
      id: 'tiny',
      start: 'ask',
      findings: {},
      nodes: { ask: { kind: 'question', options: [{ id: 'yes', next: 'end' }] }, end: { kind: 'terminal' } },
    } as const;
    expect(defineFlow(definition)).toEqual({ ...definition, dates: {}, notes: [] });
    expect(tiny.nodes[nodeId].kind).toBe('question');
    expect(tiny.findings[findingId].kind).toBe('cause');
    expect(Object.hasOwn(tiny.nodes, notANode)).toBe(false);
  });
});

describe('defineFlow: aliases', () => {
  it('types an alias target as a node id', () => {
    function wrongAliasTarget() {
      defineFlow({
        id: 'x',
        start: 'a',
        findings: {},
        nodes: { a: { kind: 'question', options: [{ id: 'y', next: 'end' }] }, end: { kind: 'terminal' } },
        // @ts-expect-error 'gone' is not a node of this flow
        aliases: { old: 'gone' },
      });
    }
    expect(wrongAliasTarget).toBeTypeOf('function');
  });
});

describe('defineFlow: dates and notes', () => {
  it('types a dated branch as naming one of the flow’s dates, and a finding’s notes as declared notes', () => {
    function wrongDate() {
      defineFlow({
        id: 'x',
        start: 'a',
        dates: { launch: '2030-01-01' },
        findings: {},
        nodes: {
          a: {
            kind: 'question',
            options: [
              {
                id: 'y',
                // @ts-expect-error 'landing' is not a date of this flow
                next: { when: [{ question: 'a', anyOf: ['y'], since: 'landing', goto: 'end' }], otherwise: 'end' },
              },
            ],
          },
          end: { kind: 'terminal' },
        },
      });
    }
    function wrongNote() {
      defineFlow({
        id: 'x',
        start: 'a',
        notes: ['limit'],
        // @ts-expect-error 'limits' is not a note of this flow
        findings: { cause: { kind: 'cause', notes: ['limits'] } },
        nodes: {
          a: { kind: 'question', options: [{ id: 'y', next: 'end', findings: ['cause'] }] },
          end: { kind: 'terminal' },
        },
      });
    }
    // A defined flow's dates are typed by name: a typo does not compile (and is no silent undefined).
    // @ts-expect-error 'lanch' is not a date of the dated fixture
    const typo = datedFlow.dates.lanch;
    expect(typo).toBeUndefined();
    expect(datedFlow.dates.launch).toBe('2030-01-01');
    expect(wrongDate).toBeTypeOf('function');
    expect(wrongNote).toBeTypeOf('function');
  });
});
