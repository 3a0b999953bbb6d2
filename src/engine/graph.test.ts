import { describe, expect, it } from 'vitest';
import { aliasedFlow, brokenFixtures, cycleWithoutTerminal, datedFlow, soundFlow } from './fixtures.ts';
import {
  branchReads,
  datesReached,
  isAcyclic,
  nodeOf,
  reachableFrom,
  resolveAlias,
  resolveNext,
  targetsOf,
} from './graph.ts';
import type { AnyFlow, Branch } from './types.ts';

const answers = (...pairs: [string, string][]) => new Map(pairs);

/** The flow with every read of its nodes counted (as the walk's linear-time test does). */
function counted(flow: AnyFlow) {
  const counter = { reads: 0 };
  const nodes = new Proxy(flow.nodes, {
    get(target, key, receiver) {
      counter.reads += 1;
      return Reflect.get(target, key, receiver);
    },
  });
  return { flow: { ...flow, nodes } as AnyFlow, counter };
}

/**
 * first ─┬─ a ── second ─┬─ (first = a) → left ──┐
 *        └─ b ───────────┘   otherwise → right ──┴── summary
 * `second` branches on `first`, so reads after it still depend on that answer;
 * `pick` (after second) branches on second, from 2030 on only.
 */
const chain: AnyFlow = {
  id: 'graph-chain',
  start: 'first',
  findings: {},
  dates: { launch: '2030-01-01', later: '2031-06-01' },
  nodes: {
    first: {
      kind: 'question',
      options: [
        { id: 'a', next: 'second' },
        { id: 'b', next: 'second' },
      ],
    },
    second: {
      kind: 'question',
      options: [
        {
          id: 'go',
          next: { when: [{ question: 'first', anyOf: ['a'], goto: 'left' }], otherwise: 'right' },
        },
      ],
    },
    left: {
      kind: 'question',
      options: [
        {
          id: 'on',
          next: {
            when: [{ question: 'second', anyOf: ['go'], since: 'launch', goto: 'pick' }],
            otherwise: 'summary',
          },
        },
      ],
    },
    right: { kind: 'question', options: [{ id: 'on', next: 'summary' }] },
    pick: { kind: 'question', options: [{ id: 'x', next: 'summary' }] },
    summary: { kind: 'terminal' },
  },
};

describe('targetsOf', () => {
  it('is the one target of a plain next', () => {
    expect(targetsOf('size')).toEqual(['size']);
  });

  it('is every rule’s target in order, then `otherwise`', () => {
    const branch: Branch<string> = {
      when: [
        { question: 'q', anyOf: ['x'], goto: 'one' },
        { question: 'q', anyOf: ['y'], goto: 'two' },
      ],
      otherwise: 'three',
    };
    expect(targetsOf(branch)).toEqual(['one', 'two', 'three']);
  });
});

describe('resolveNext', () => {
  const branch: Branch<string> = {
    when: [
      { question: 'q', anyOf: ['x', 'y'], goto: 'first-rule' },
      { question: 'q', anyOf: ['y', 'z'], goto: 'second-rule' },
      { question: 'r', anyOf: ['x'], since: 'launch', goto: 'dated' },
    ],
    otherwise: 'fallback',
  };

  it('takes the first rule whose question has one of its options', () => {
    expect(resolveNext(branch, answers(['q', 'y']))).toBe('first-rule');
    expect(resolveNext(branch, answers(['q', 'x']))).toBe('first-rule');
    expect(resolveNext(branch, answers(['q', 'z']))).toBe('second-rule');
  });

  it('takes `otherwise` when no rule matches or its question is unanswered', () => {
    expect(resolveNext(branch, answers(['q', 'w']))).toBe('fallback');
    expect(resolveNext(branch, answers())).toBe('fallback');
    expect(resolveNext(branch, answers(['other', 'x']))).toBe('fallback');
  });

  it('takes a dated rule only once its date has come (none has, by default)', () => {
    expect(resolveNext(branch, answers(['r', 'x']))).toBe('fallback');
    expect(resolveNext(branch, answers(['r', 'x']), new Set())).toBe('fallback');
    expect(resolveNext(branch, answers(['r', 'x']), new Set(['other-date']))).toBe('fallback');
    expect(resolveNext(branch, answers(['r', 'x']), new Set(['launch']))).toBe('dated');
  });

  it('returns a plain next as it is, whatever the answers', () => {
    expect(resolveNext('size', answers(['q', 'x']), new Set(['launch']))).toBe('size');
  });
});

describe('datesReached', () => {
  it('is the dates on or before today', () => {
    expect([...datesReached(chain, '2030-01-01')]).toEqual(['launch']);
    expect([...datesReached(chain, '2031-06-01')]).toEqual(['launch', 'later']);
    expect([...datesReached(chain, '2029-12-31')]).toEqual([]);
  });

  it('is empty for a flow without dates', () => {
    expect(datesReached(soundFlow, '9999-12-31').size).toBe(0);
  });
});

describe('nodeOf and resolveAlias', () => {
  it('finds the flow’s own nodes only, not names every object has', () => {
    expect(nodeOf(soundFlow, 'size')).toBe(soundFlow.nodes.size);
    expect(nodeOf(soundFlow, 'shade')).toBeUndefined();
    expect(nodeOf(soundFlow, 'toString')).toBeUndefined();
    expect(nodeOf(soundFlow, '__proto__')).toBeUndefined();
  });

  it('resolves an old step id to the node it redirects to, and nothing else', () => {
    expect(resolveAlias(aliasedFlow, 'old-ask')).toBe('new-ask');
    expect(resolveAlias(aliasedFlow, 'new-ask')).toBeUndefined();
    expect(resolveAlias(aliasedFlow, 'constructor')).toBeUndefined();
    expect(resolveAlias(soundFlow, 'colour')).toBeUndefined();
  });
});

describe('reachableFrom', () => {
  it('without answers, reaches every target of every branch', () => {
    expect([...reachableFrom(chain, 'first')].sort()).toEqual(
      ['first', 'left', 'pick', 'right', 'second', 'summary'].sort(),
    );
    expect([...reachableFrom(soundFlow, 'size')].sort()).toEqual([
      'blue-detail',
      'help',
      'red-detail',
      'size',
      'summary',
    ]);
  });

  it('follows a branch whose question is answered only where the answer leads', () => {
    expect([...reachableFrom(chain, 'second', answers(['first', 'b']))].sort()).toEqual(['right', 'second', 'summary']);
    expect([...reachableFrom(soundFlow, 'size', answers(['colour', 'red']))].sort()).toEqual([
      'help',
      'red-detail',
      'size',
      'summary',
    ]);
  });

  it('counts both ways of a dated rule without a day, and decides it on a day', () => {
    const known = answers(['second', 'go']);
    expect(reachableFrom(chain, 'left', known).has('pick')).toBe(true);
    expect(reachableFrom(chain, 'left', known).has('summary')).toBe(true);
    expect([...reachableFrom(chain, 'left', known, new Set())]).toEqual(['left', 'summary']);
    expect([...reachableFrom(chain, 'left', known, new Set(['launch']))]).toEqual(['left', 'pick', 'summary']);
  });

  it('lists nodes in the order a breadth-first search meets them, each once', () => {
    expect([...reachableFrom(soundFlow, 'colour')]).toEqual([
      'colour',
      'size',
      'red-detail',
      'blue-detail',
      'help',
      'summary',
    ]);
  });

  it('ends on a flow with a cycle, and includes a missing target as it is named', () => {
    expect([...reachableFrom(cycleWithoutTerminal, 'first')]).toEqual(['first', 'second']);
    const unknownTarget = brokenFixtures.find((fixture) => fixture.code === 'unknown-target')?.flow as AnyFlow;
    expect([...reachableFrom(unknownTarget, unknownTarget.start)]).toEqual(['ask', 'summary', 'ghost']);
  });

  it('is only the node itself from a terminal node or an id the flow does not have', () => {
    expect([...reachableFrom(soundFlow, 'summary')]).toEqual(['summary']);
    expect([...reachableFrom(soundFlow, 'nowhere')]).toEqual(['nowhere']);
  });
});

describe('isAcyclic', () => {
  it('is true for flows whose paths meet again (a diamond is no cycle)', () => {
    expect(isAcyclic(soundFlow)).toBe(true);
    expect(isAcyclic(chain)).toBe(true);
    expect(isAcyclic(datedFlow)).toBe(true);
  });

  it('is false when a path leads back to a node on it, wherever the cycle is', () => {
    expect(isAcyclic(cycleWithoutTerminal)).toBe(false);
    const late: AnyFlow = {
      ...soundFlow,
      id: 'late-cycle',
      nodes: { ...soundFlow.nodes, help: { kind: 'question', options: [{ id: 'again', next: 'size' }] } },
    };
    expect(isAcyclic(late)).toBe(false);
    const self: AnyFlow = {
      ...soundFlow,
      id: 'self-loop',
      nodes: { ...soundFlow.nodes, help: { kind: 'question', options: [{ id: 'again', next: 'help' }] } },
    };
    expect(isAcyclic(self)).toBe(false);
  });

  it('finds a cycle among nodes the start cannot reach', () => {
    const island: AnyFlow = {
      ...soundFlow,
      id: 'island-cycle',
      nodes: {
        ...soundFlow.nodes,
        'island-a': { kind: 'question', options: [{ id: 'on', next: 'island-b' }] },
        'island-b': { kind: 'question', options: [{ id: 'on', next: 'island-a' }] },
      },
    };
    expect(isAcyclic(island)).toBe(false);
  });

  it('ignores a target the flow does not have', () => {
    const unknownTarget = brokenFixtures.find((fixture) => fixture.code === 'unknown-target')?.flow as AnyFlow;
    expect(isAcyclic(unknownTarget)).toBe(true);
  });

  it('is worked out once per flow object', () => {
    const { flow, counter } = counted(soundFlow);
    expect(isAcyclic(flow)).toBe(true);
    const first = counter.reads;
    expect(first).toBeGreaterThan(0);
    expect(isAcyclic(flow)).toBe(true);
    expect(counter.reads).toBe(first);
  });
});

describe('branchReads', () => {
  it('lists, per node, the answered questions branch rules from there on read', () => {
    expect(Object.fromEntries(branchReads(soundFlow))).toEqual({
      colour: ['colour'],
      size: ['colour'],
      'red-detail': [],
      'blue-detail': [],
      help: [],
      summary: [],
    });
  });

  it('leaves out a question that comes after the node (it cannot have been answered yet)', () => {
    expect(Object.fromEntries(branchReads(chain))).toEqual({
      first: ['first'],
      second: ['first', 'second'],
      left: ['second'],
      right: [],
      pick: [],
      summary: [],
    });
  });

  it('in one era, leaves out a dated rule whose date has not come', () => {
    expect(branchReads(chain, new Set()).get('left')).toEqual([]);
    expect(branchReads(chain, new Set()).get('second')).toEqual(['first']);
    expect(branchReads(chain, new Set(['launch'])).get('left')).toEqual(['second']);
    expect(branchReads(chain, new Set(['later'])).get('left')).toEqual([]);
    expect(branchReads(datedFlow, new Set()).get('ask')).toEqual([]);
    expect(branchReads(datedFlow, new Set(['launch'])).get('ask')).toEqual(['ask']);
  });

  it('sorts the questions read', () => {
    const twoReads: AnyFlow = {
      ...chain,
      id: 'graph-two-reads',
      nodes: {
        ...chain.nodes,
        right: {
          kind: 'question',
          options: [
            {
              id: 'on',
              next: {
                when: [
                  { question: 'second', anyOf: ['go'], goto: 'pick' },
                  { question: 'first', anyOf: ['a'], goto: 'pick' },
                ],
                otherwise: 'summary',
              },
            },
          ],
        },
      },
    };
    expect(branchReads(twoReads).get('right')).toEqual(['first', 'second']);
  });

  it('in a flow with cycles, keeps every question read on the way round', () => {
    const loop: AnyFlow = {
      id: 'graph-loop',
      start: 'first',
      findings: {},
      nodes: {
        first: { kind: 'question', options: [{ id: 'on', next: 'second' }] },
        second: {
          kind: 'question',
          options: [
            {
              id: 'on',
              next: { when: [{ question: 'first', anyOf: ['on'], goto: 'first' }], otherwise: 'summary' },
            },
          ],
        },
        summary: { kind: 'terminal' },
      },
    };
    expect(Object.fromEntries(branchReads(loop))).toEqual({ first: ['first'], second: ['first'], summary: [] });
  });

  it('is worked out once per flow and era, whatever the order of the dates', () => {
    expect(branchReads(chain)).toBe(branchReads(chain));
    expect(branchReads(chain, new Set(['launch', 'later']))).toBe(branchReads(chain, new Set(['later', 'launch'])));
    expect(branchReads(chain, new Set(['launch']))).not.toBe(branchReads(chain, new Set(['later', 'launch'])));
    expect(branchReads(chain, new Set())).not.toBe(branchReads(chain));
  });
});
