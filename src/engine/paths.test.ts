import { describe, expect, it } from 'vitest';
import { ssprAdmin } from '../../flows/sspr-admin/flow.ts';
import { datedFlow, latticeFlow, soundFlow } from './fixtures.ts';
import { nodeEntries, nodeOf, resolveNext } from './graph.ts';
import { countPaths, edgeWitnesses, eras, questionsPerPath, searchPaths } from './paths.ts';
import type { Answer, AnyFlow } from './types.ts';
import { validate } from './validate.ts';
import { walk } from './walk.ts';

/**
 * The reference: every complete path, listed one by one (exponential; only
 * for small flows). The dynamic programme must agree with it exactly.
 */
function enumerate(flow: AnyFlow, reached: ReadonlySet<string>): Answer[][] {
  const paths: Answer[][] = [];
  const answers: Answer[] = [];
  const known = new Map<string, string>();
  const step = (id: string): void => {
    const node = nodeOf(flow, id);
    if (!node) return;
    if (node.kind === 'terminal') {
      paths.push([...answers]);
      return;
    }
    for (const option of node.options) {
      answers.push({ question: id, option: option.id });
      known.set(id, option.id);
      step(resolveNext(option.next, known, reached));
      known.delete(id);
      answers.pop();
    }
  };
  step(flow.start);
  return paths;
}

/** min / median / max per first answer, by sorting the listed paths. */
function statsByEnumeration(flow: AnyFlow, reached: ReadonlySet<string>) {
  const groups = new Map<string, number[]>();
  for (const path of enumerate(flow, reached)) {
    const first = path[0]?.option ?? '';
    const lengths = groups.get(first) ?? [];
    lengths.push(path.length);
    groups.set(first, lengths);
  }
  return [...groups].map(([first, lengths]) => {
    const sorted = lengths.sort((a, b) => a - b);
    const mid = sorted.length / 2;
    const median =
      sorted.length % 2 === 1
        ? (sorted[Math.floor(mid)] as number)
        : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
    return { first, paths: BigInt(sorted.length), min: sorted[0], median, max: sorted.at(-1) };
  });
}

const small: [string, AnyFlow][] = [
  ['the sound fixture', soundFlow],
  ['the dated fixture', datedFlow],
  ['sspr-admin', ssprAdmin],
  ['a 9-question lattice', latticeFlow({ questions: 9, every: 3, wideEvery: 4 })],
  ['an 11-question lattice', latticeFlow({ questions: 11 })],
  ['a 10-question lattice, branching often', latticeFlow({ questions: 10, every: 2, wideEvery: 2 })],
];

describe('countPaths and questionsPerPath agree exactly with listing every path', () => {
  for (const [name, flow] of small)
    describe(name, () => {
      it.each(eras(flow))('in the era from $from', ({ reached }) => {
        expect(countPaths(flow, reached)).toBe(BigInt(enumerate(flow, reached).length));
        expect(questionsPerPath(flow, reached)).toEqual(statsByEnumeration(flow, reached));
      });
    });

  it('counts the sound fixture: 3 colours × (big: 2 details × 2 + small: 2)', () => {
    expect(countPaths(soundFlow)).toBe(18n);
  });

  it('gives a half for the median where the two middle paths differ', () => {
    // One path of 1 question, one of 2: the median is 1.5.
    const flow: AnyFlow = {
      id: 'fixture-median',
      start: 'ask',
      findings: {},
      nodes: {
        ask: {
          kind: 'question',
          options: [
            { id: 'yes', next: 'summary' },
            { id: 'no', next: 'more' },
          ],
        },
        more: { kind: 'question', options: [{ id: 'yes', next: 'summary' }] },
        summary: { kind: 'terminal' },
      },
    };
    const ask: AnyFlow = {
      ...flow,
      start: 'root',
      nodes: { ...flow.nodes, root: { kind: 'question', options: [{ id: 'go', next: 'ask' }] } },
    };
    expect(questionsPerPath(ask)).toEqual([{ first: 'go', paths: 2n, min: 2, median: 2.5, max: 3 }]);
  });

  it('counts nothing for a flow whose start is missing', () => {
    const flow: AnyFlow = { id: 'fixture-empty', start: 'nowhere', findings: {}, nodes: {} };
    expect(countPaths(flow)).toBe(0n);
    expect(questionsPerPath(flow)).toEqual([]);
  });
});

describe('it scales: a 300-question flow', () => {
  const flow = latticeFlow({ questions: 300 });

  it('validates and counts exactly in under a second, far past 2^53 paths', () => {
    // The best of three: one run on a busy machine measures the machine.
    let elapsed = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run += 1) {
      const started = performance.now();
      validate(flow);
      countPaths(flow);
      questionsPerPath(flow);
      elapsed = Math.min(elapsed, performance.now() - started);
    }
    expect(validate(flow)).toEqual([]);
    const paths = countPaths(flow);
    const stats = questionsPerPath(flow);
    expect(paths).toBeGreaterThan(2n ** 53n);
    expect(stats.reduce((sum, row) => sum + row.paths, 0n)).toBe(paths);
    expect(stats.map((row) => row.max)).toEqual([300, 300, 300].slice(0, stats.length));
    expect(elapsed).toBeLessThan(1000);
  });

  it('counts a chain without branches as the product of its options (exact beyond doubles)', () => {
    const plain = latticeFlow({ questions: 300, every: 10_000, wideEvery: 10_000 });
    expect(countPaths(plain)).toBe(2n ** 300n);
    expect(questionsPerPath(plain)).toEqual([
      { first: 'a', paths: 2n ** 299n, min: 300, median: 300, max: 300 },
      { first: 'b', paths: 2n ** 299n, min: 300, median: 300, max: 300 },
    ]);
  });

  it('finds a witness for every option, each a real path to the summary (120 questions)', () => {
    const flow = latticeFlow({ questions: 120 });
    const witnesses = edgeWitnesses(flow);
    const options = nodeEntries(flow).reduce(
      (sum, [, node]) => sum + (node.kind === 'question' ? node.options.length : 0),
      0,
    );
    expect(witnesses).toHaveLength(options);
    for (const witness of witnesses.filter((_, index) => index % 11 === 0)) {
      const result = walk(flow, witness.path, { today: '2026-11-26' });
      expect(result.complete).toBe(true);
      expect(result.answers).toEqual(witness.path);
    }
  });
});

describe('searchPaths', () => {
  const noFinding = {
    initial: false,
    step: (found: boolean, _answer: Answer, findings: readonly string[]) => found || findings.length > 0,
    key: String,
    accept: (found: boolean) => !found,
  };

  it('counts and shows the paths a tracker accepts, in agreement with listing them', () => {
    const search = searchPaths(soundFlow, noFinding);
    const listed = enumerate(soundFlow, new Set()).filter((path) =>
      path.every(({ question, option }) => {
        const node = nodeOf(soundFlow, question);
        return node?.kind === 'question' && !node.options.find((o) => o.id === option)?.findings?.length;
      }),
    );
    expect(search.count).toBe(BigInt(listed.length));
    expect(search.witness).toEqual(listed[0]);
  });

  it('leaves out the paths through a step the tracker refuses', () => {
    const avoidRed = {
      initial: 0,
      step: (n: number, answer: Answer) => (answer.option === 'red' ? undefined : n),
      key: String,
      accept: () => true,
    };
    expect(searchPaths(soundFlow, avoidRed).count).toBe(12n);
  });

  it('has no witness when no path is accepted', () => {
    expect(searchPaths(soundFlow, { ...noFinding, accept: () => false })).toEqual({ count: 0n, witness: undefined });
  });

  it('searches a 300-question flow by a small state', () => {
    const flow = latticeFlow({ questions: 300 });
    let elapsed = Number.POSITIVE_INFINITY;
    let search = searchPaths(flow, noFinding);
    for (let run = 0; run < 3; run += 1) {
      const started = performance.now();
      search = searchPaths(flow, noFinding);
      elapsed = Math.min(elapsed, performance.now() - started);
    }
    expect(elapsed).toBeLessThan(1000);
    expect(search.count).toBeGreaterThan(0n);
    expect(search.witness).toHaveLength(walk(flow, search.witness ?? []).answers.length);
  });
});

describe('edgeWitnesses', () => {
  it('covers every option of the sound fixture with a path that walks to the summary', () => {
    const witnesses = edgeWitnesses(soundFlow);
    expect(witnesses.map(({ question, option }) => `${question}=${option}`).sort()).toEqual([
      'blue-detail=no',
      'blue-detail=yes',
      'colour=blue',
      'colour=not-sure',
      'colour=red',
      'help=no',
      'help=yes',
      'red-detail=no',
      'red-detail=yes',
      'size=big',
      'size=small',
    ]);
    for (const { question, before, path } of witnesses) {
      expect(walk(soundFlow, before).current).toBe(question);
      expect(walk(soundFlow, path).complete).toBe(true);
    }
  });

  it('reaches each question by the first shortest way a breadth-first search finds', () => {
    const before = Object.fromEntries(
      edgeWitnesses(soundFlow).map(({ question, before }) => [
        question,
        before.map((x) => `${x.question}=${x.option}`),
      ]),
    );
    expect(before).toEqual({
      colour: [],
      size: ['colour=red'],
      'red-detail': ['colour=red', 'size=big'],
      'blue-detail': ['colour=blue', 'size=big'],
      help: ['colour=red', 'size=small'],
    });
    // The rest of a witness takes the first option at each later question.
    expect(
      edgeWitnesses(soundFlow).find(({ question, option }) => question === 'size' && option === 'big')?.path,
    ).toEqual([answer('colour', 'red'), answer('size', 'big'), answer('red-detail', 'yes'), answer('help', 'yes')]);
  });

  it('leaves out an option no path takes on that day', () => {
    const [before, after] = eras(datedFlow);
    const ids = (reached: ReadonlySet<string> | undefined) =>
      edgeWitnesses(datedFlow, reached).map(({ question, option }) => `${question}=${option}`);
    expect(ids(before?.reached)).toEqual(['ask=yes', 'ask=no']);
    expect(ids(after?.reached)).toEqual(['ask=yes', 'ask=no', 'extra=yes']);
  });
});

/**
 * A broken flow (validate rejects it) with every way a path can fail to end:
 * ask ─┬─ yes ─────────────── summary
 *      ├─ no ── loop ─┬─ out ─ summary
 *      │              └─ back → ask (a cycle)
 *      ├─ spin ── spin → spin (a cycle, nothing else)
 *      ├─ lost → ghost (missing)
 *      └─ stop ── stuck (no options)
 */
const broken: AnyFlow = {
  id: 'fixture-paths-broken',
  start: 'ask',
  findings: {},
  nodes: {
    ask: {
      kind: 'question',
      options: [
        { id: 'yes', next: 'summary' },
        { id: 'no', next: 'loop' },
        { id: 'spin', next: 'spin' },
        { id: 'lost', next: 'ghost' },
        { id: 'stop', next: 'stuck' },
      ],
    },
    loop: {
      kind: 'question',
      options: [
        { id: 'back', next: 'ask' },
        { id: 'out', next: 'summary' },
      ],
    },
    spin: { kind: 'question', options: [{ id: 'again', next: 'spin' }] },
    stuck: { kind: 'question', options: [] },
    summary: { kind: 'terminal' },
  },
};

const answer = (question: string, option: string): Answer => ({ question, option });

describe('on a broken flow, a cycle or a missing node counts as no path', () => {
  it('counts only the paths that reach the terminal', () => {
    expect(countPaths(broken)).toBe(2n);
  });

  it('has no row for a first answer without a complete path', () => {
    expect(questionsPerPath(broken)).toEqual([
      { first: 'yes', paths: 1n, min: 1, median: 1, max: 1 },
      { first: 'no', paths: 1n, min: 2, median: 2, max: 2 },
    ]);
  });

  it('searches only the complete paths', () => {
    const all = { initial: 0, step: () => 0, key: String, accept: () => true };
    expect(searchPaths(broken, all)).toEqual({ count: 2n, witness: [answer('ask', 'yes')] });
    expect(searchPaths(broken, { ...all, accept: () => false })).toEqual({ count: 0n, witness: undefined });
  });

  it('gives a witness for every option that leads to a node, ending where the path cannot go on', () => {
    expect(edgeWitnesses(broken)).toEqual([
      { question: 'ask', option: 'yes', before: [], path: [answer('ask', 'yes')] },
      {
        question: 'ask',
        option: 'no',
        before: [],
        path: [answer('ask', 'no'), answer('loop', 'back'), answer('ask', 'yes')],
      },
      { question: 'ask', option: 'spin', before: [], path: [answer('ask', 'spin'), answer('spin', 'again')] },
      { question: 'ask', option: 'stop', before: [], path: [answer('ask', 'stop')] },
      {
        question: 'loop',
        option: 'back',
        before: [answer('ask', 'no')],
        path: [answer('ask', 'no'), answer('loop', 'back'), answer('ask', 'yes')],
      },
      {
        question: 'loop',
        option: 'out',
        before: [answer('ask', 'no')],
        path: [answer('ask', 'no'), answer('loop', 'out')],
      },
      // Round the cycle once more, then it stops: the onward path is bounded.
      {
        question: 'spin',
        option: 'again',
        before: [answer('ask', 'spin')],
        path: [answer('ask', 'spin'), answer('spin', 'again'), answer('spin', 'again')],
      },
    ]);
  });
});

describe('a flow that starts at its terminal node', () => {
  const empty: AnyFlow = {
    id: 'fixture-only-summary',
    start: 'summary',
    findings: {},
    nodes: { summary: { kind: 'terminal' } },
  };

  it('has one path, of no questions', () => {
    expect(countPaths(empty)).toBe(1n);
    expect(questionsPerPath(empty)).toEqual([{ first: '', paths: 1n, min: 0, median: 0, max: 0 }]);
    expect(searchPaths(empty, { initial: 0, step: () => 0, key: String, accept: () => true })).toEqual({
      count: 1n,
      witness: [],
    });
    expect(edgeWitnesses(empty)).toEqual([]);
  });

  it('searches and witnesses nothing when its start is missing', () => {
    const missing: AnyFlow = { ...empty, start: 'nowhere' };
    expect(searchPaths(missing, { initial: 0, step: () => 0, key: String, accept: () => true })).toEqual({
      count: 0n,
      witness: undefined,
    });
    expect(edgeWitnesses(missing)).toEqual([]);
  });
});

describe('eras', () => {
  it('starts before every date, then one era per date in date order, whatever order the flow lists them in', () => {
    const flow: AnyFlow = { ...datedFlow, dates: { later: '2031-06-01', launch: '2030-01-01', middle: '2030-07-15' } };
    expect(eras(flow)).toEqual([
      { from: undefined, today: '0000-01-01', reached: new Set() },
      { from: '2030-01-01', today: '2030-01-01', reached: new Set(['launch']) },
      { from: '2030-07-15', today: '2030-07-15', reached: new Set(['launch', 'middle']) },
      { from: '2031-06-01', today: '2031-06-01', reached: new Set(['launch', 'middle', 'later']) },
    ]);
  });

  it('is one era for a flow without dates, and walking on its day reaches no date', () => {
    expect(eras(soundFlow)).toEqual([{ from: undefined, today: '0000-01-01', reached: new Set() }]);
    const [before] = eras(datedFlow);
    expect(walk(datedFlow, [answer('ask', 'yes')], { today: before?.today ?? '' }).current).toBe('summary');
  });
});

describe('path lengths', () => {
  /** A first question, then a chain whose options skip ahead: paths of several lengths per first answer. */
  const uneven: AnyFlow = {
    id: 'fixture-uneven',
    start: 'first',
    findings: {},
    nodes: {
      first: {
        kind: 'question',
        options: [
          { id: 'short', next: 'summary' },
          { id: 'long', next: 'a' },
        ],
      },
      a: {
        kind: 'question',
        options: [
          { id: 'x', next: 'summary' },
          { id: 'y', next: 'b' },
          { id: 'z', next: 'b' },
        ],
      },
      b: {
        kind: 'question',
        options: [
          { id: 'x', next: 'summary' },
          { id: 'y', next: 'c' },
        ],
      },
      c: { kind: 'question', options: [{ id: 'x', next: 'summary' }] },
      summary: { kind: 'terminal' },
    },
  };

  it('gives min, median and max per first answer (long: lengths 2, 3, 3, 4, 4)', () => {
    expect(questionsPerPath(uneven)).toEqual([
      { first: 'short', paths: 1n, min: 1, median: 1, max: 1 },
      { first: 'long', paths: 5n, min: 2, median: 3, max: 4 },
    ]);
    expect(countPaths(uneven)).toBe(6n);
  });

  it('agrees with listing every path', () => {
    expect(questionsPerPath(uneven)).toEqual(statsByEnumeration(uneven, new Set()));
  });
});
