import { describe, expect, it } from 'vitest';
import { ssprAdmin } from '../../flows/sspr-admin/flow.ts';
import { brokenFixtures, latticeFlow, soundFlow } from './fixtures.ts';
import { datesReached, nodeOf, questionIds, reachableFrom, resolveNext } from './graph.ts';
import { continueFrom } from './navigation.ts';
import type { Answer, AnyFlow } from './types.ts';
import { nextNode, walk } from './walk.ts';

/** `parse('colour=red', 'size=big')`: answers written as in a URL, in order. */
function parse(...pairs: string[]): Answer[] {
  return pairs.map((pair) => {
    const [question = '', option = ''] = pair.split('=');
    return { question, option };
  });
}

describe('walk: following answers', () => {
  it('stops at the start question when there are no answers', () => {
    const result = walk(soundFlow, []);
    expect(result).toEqual({
      answers: [],
      path: ['colour'],
      current: 'colour',
      complete: false,
      findings: [],
      skipped: [],
      ignored: [],
    });
  });

  it('stops at the first unanswered question and keeps the answers so far', () => {
    const result = walk(soundFlow, parse('colour=red'));
    expect(result.current).toBe('size');
    expect(result.path).toEqual(['colour', 'size']);
    expect(result.complete).toBe(false);
    expect(result.answers).toEqual(parse('colour=red'));
    expect(result.findings).toEqual(['red-cause']);
  });

  it('reaches the terminal node on a fully answered path and lists its findings', () => {
    const given = parse('colour=red', 'size=big', 'red-detail=no', 'help=yes');
    const result = walk(soundFlow, given);
    expect(result).toEqual({
      answers: given,
      path: ['colour', 'size', 'red-detail', 'help', 'summary'],
      current: 'summary',
      complete: true,
      findings: ['red-cause', 'ask-help'],
      skipped: [],
      ignored: [],
    });
  });

  it('returns the answers in path order, whatever the order in the URL', () => {
    const result = walk(soundFlow, parse('help=no', 'size=small', 'colour=blue'));
    expect(result.answers).toEqual(parse('colour=blue', 'size=small', 'help=no'));
    expect(result.current).toBe('summary');
    expect(result.skipped).toEqual([]);
  });
});

describe('walk: branches', () => {
  it('takes the branch whose rule matches an earlier answer', () => {
    expect(walk(soundFlow, parse('colour=red', 'size=big')).current).toBe('red-detail');
  });

  it('takes `otherwise` when the earlier answer matches no rule', () => {
    expect(walk(soundFlow, parse('colour=blue', 'size=big')).current).toBe('blue-detail');
    expect(walk(soundFlow, parse('colour=not-sure', 'size=big')).current).toBe('blue-detail');
  });

  it('records what a question passed over unanswered asks to check (whenSkipped)', () => {
    const flow = {
      ...soundFlow,
      nodes: { ...soundFlow.nodes, colour: { ...soundFlow.nodes.colour, whenSkipped: ['check-colour'] } },
    };
    const result = walk(flow, parse('size=small'));
    expect(result.skipped).toEqual(['colour']);
    expect(result.findings).toEqual(['check-colour', 'small-cause']);
    // Answered, it records only what its option records.
    expect(walk(flow, parse('colour=red', 'size=small')).findings).toEqual(['red-cause', 'small-cause']);
  });

  it('takes `otherwise` when the question the branch asks about was never answered', () => {
    const result = walk(soundFlow, parse('size=big'));
    expect(result.skipped).toEqual(['colour']);
    expect(result.current).toBe('blue-detail');
  });
});

describe('walk: findings', () => {
  it('lists findings in the order of the path, not the order of the URL', () => {
    const result = walk(soundFlow, parse('help=yes', 'blue-detail=no', 'size=big', 'colour=blue'));
    expect(result.findings).toEqual(['blue-cause', 'ask-help']);
  });

  it('lists a finding recorded twice on the path only once, at its first place', () => {
    const result = walk(soundFlow, parse('colour=red', 'size=big', 'red-detail=yes', 'help=no'));
    expect(result.findings).toEqual(['red-cause', 'small-cause']);
  });

  it('records findings of the chosen option only', () => {
    const result = walk(soundFlow, parse('colour=blue', 'size=big', 'blue-detail=yes', 'help=no'));
    expect(result.findings).toEqual(['blue-cause']);
  });

  it('records a not-sure option’s check finding', () => {
    expect(walk(soundFlow, parse('colour=not-sure')).findings).toEqual(['check-colour']);
  });
});

describe('walk: ignored answers', () => {
  it('ignores an answer to a question the flow does not have as unknown-question', () => {
    const result = walk(soundFlow, parse('shade=red', 'colour=red'));
    expect(result.ignored).toEqual([{ answer: { question: 'shade', option: 'red' }, reason: 'unknown-question' }]);
    expect(result.answers).toEqual(parse('colour=red'));
  });

  it('treats an answer to a terminal node as unknown-question', () => {
    const result = walk(soundFlow, parse('summary=yes'));
    expect(result.ignored).toEqual([{ answer: { question: 'summary', option: 'yes' }, reason: 'unknown-question' }]);
    expect(result.current).toBe('colour');
  });

  it('ignores an option the question does not have as unknown-option, and uses a later valid one', () => {
    const result = walk(soundFlow, parse('colour=green', 'colour=blue'));
    expect(result.ignored).toEqual([{ answer: { question: 'colour', option: 'green' }, reason: 'unknown-option' }]);
    expect(result.answers).toEqual(parse('colour=blue'));
  });

  it('keeps the first answer to a question and ignores later ones as duplicate', () => {
    const result = walk(soundFlow, parse('colour=red', 'colour=blue'));
    expect(result.answers).toEqual(parse('colour=red'));
    expect(result.findings).toEqual(['red-cause']);
    expect(result.ignored).toEqual([{ answer: { question: 'colour', option: 'blue' }, reason: 'duplicate' }]);
  });

  it('ignores an answer the path cannot reach as not-on-path', () => {
    const result = walk(soundFlow, parse('colour=blue', 'size=big', 'red-detail=yes'));
    expect(result.current).toBe('blue-detail');
    expect(result.ignored).toEqual([{ answer: { question: 'red-detail', option: 'yes' }, reason: 'not-on-path' }]);
    expect(result.findings).toEqual(['blue-cause']);
  });

  it('ignores answers after the terminal node as not-on-path', () => {
    const result = walk(soundFlow, parse('colour=red', 'size=small', 'help=no', 'blue-detail=yes'));
    expect(result.complete).toBe(true);
    expect(result.ignored).toEqual([{ answer: { question: 'blue-detail', option: 'yes' }, reason: 'not-on-path' }]);
  });

  it('accounts for every given answer exactly once: used or ignored', () => {
    const given = parse(
      'colour=green',
      'colour=red',
      'colour=blue',
      'nope=1',
      'size=big',
      'blue-detail=no',
      'help=maybe',
    );
    const result = walk(soundFlow, given);
    expect(result.answers.length + result.ignored.length).toBe(given.length);
    expect(result.ignored.map((item) => item.reason)).toEqual([
      'unknown-option',
      'duplicate',
      'unknown-question',
      'unknown-option',
      'not-on-path',
    ]);
  });
});

describe('walk: deep links skip ahead', () => {
  it('skips unanswered questions to reach a later answer, recording what it skipped', () => {
    const result = walk(soundFlow, parse('help=yes'));
    expect(result.skipped).toEqual(['colour']);
    expect(result.path).toEqual(['colour', 'help', 'summary']);
    expect(result.current).toBe('summary');
    expect(result.complete).toBe(true);
    expect(result.findings).toEqual(['ask-help']);
  });

  it('skips a question in the middle and keeps the findings before and after it', () => {
    const result = walk(soundFlow, parse('colour=red', 'red-detail=yes'));
    expect(result.skipped).toEqual(['size']);
    expect(result.path).toEqual(['colour', 'size', 'red-detail', 'help']);
    expect(result.current).toBe('help');
    expect(result.findings).toEqual(['red-cause', 'small-cause']);
  });

  it('does not skip to an answer that the known answers route away from', () => {
    const result = walk(soundFlow, parse('colour=blue', 'red-detail=yes'));
    expect(result.skipped).toEqual([]);
    expect(result.current).toBe('size');
    expect(result.ignored).toEqual([{ answer: { question: 'red-detail', option: 'yes' }, reason: 'not-on-path' }]);
  });

  it('skips to the nearest answered question on the path, whatever the URL order', () => {
    const inOrder = walk(soundFlow, parse('size=small', 'help=yes'));
    expect(inOrder.skipped).toEqual(['colour']);
    expect(inOrder.answers).toEqual(parse('size=small', 'help=yes'));
    expect(inOrder.findings).toEqual(['small-cause', 'ask-help']);

    const reversed = walk(soundFlow, parse('help=yes', 'size=small'));
    expect(reversed.path).toEqual(['colour', 'size', 'help', 'summary']);
    expect(reversed.answers).toEqual(parse('size=small', 'help=yes'));
    expect(reversed.ignored).toEqual([]);
  });

  it('skips several questions in one walk', () => {
    const result = walk(soundFlow, parse('size=big', 'help=no'));
    expect(result.skipped).toEqual(['colour', 'blue-detail']);
    expect(result.path).toEqual(['colour', 'size', 'blue-detail', 'help', 'summary']);
    expect(result.complete).toBe(true);
    expect(result.findings).toEqual([]);
  });
});

/** The walk after choosing `option` at `question`, as Continue records it. */
function answer(flow: typeof soundFlow, answers: readonly Answer[], question: string, option: string) {
  return walk(flow, continueFrom(flow, answers, question, option).answers);
}

describe('choosing or changing an answer (continueFrom, then walk)', () => {
  it('adds the answer to the current question and moves on', () => {
    const result = answer(soundFlow, parse('colour=red'), 'size', 'big');
    expect(result.answers).toEqual(parse('colour=red', 'size=big'));
    expect(result.current).toBe('red-detail');
  });

  it('replaces the earlier answer to that question instead of adding a duplicate', () => {
    const result = answer(soundFlow, parse('colour=red', 'size=small'), 'colour', 'blue');
    expect(result.answers).toEqual(parse('colour=blue', 'size=small'));
    expect(result.findings).toEqual(['blue-cause', 'small-cause']);
    expect(result.ignored).toEqual([]);
  });

  it('keeps the later answers that still fit the changed path', () => {
    const result = answer(soundFlow, parse('colour=red', 'size=small', 'help=yes'), 'colour', 'not-sure');
    expect(result.answers).toEqual(parse('colour=not-sure', 'size=small', 'help=yes'));
    expect(result.current).toBe('summary');
    expect(result.findings).toEqual(['check-colour', 'small-cause', 'ask-help']);
  });

  it('drops later answers that the changed path no longer reaches', () => {
    const result = answer(soundFlow, parse('colour=red', 'size=big', 'red-detail=yes'), 'colour', 'blue');
    expect(result.answers).toEqual(parse('colour=blue', 'size=big'));
    expect(result.current).toBe('blue-detail');
    expect(result.findings).toEqual(['blue-cause']);
    expect(result.ignored).toEqual([{ answer: { question: 'red-detail', option: 'yes' }, reason: 'not-on-path' }]);
  });

  it('reports a question the change newly opened as skipped when a later answer is kept', () => {
    // blue-detail was never asked; help=yes still fits, so the walk skips ahead
    // to it. The UI can send the person to `skipped[0]`.
    const result = answer(soundFlow, parse('colour=red', 'size=big', 'red-detail=no', 'help=yes'), 'colour', 'blue');
    expect(result.skipped).toEqual(['blue-detail']);
    expect(result.answers).toEqual(parse('colour=blue', 'size=big', 'help=yes'));
    expect(result.ignored.map((item) => item.answer.question)).toEqual(['red-detail']);
  });

  it('changing an answer drops the findings of the option it replaces', () => {
    const result = answer(soundFlow, parse('colour=red', 'size=big', 'red-detail=yes', 'help=yes'), 'help', 'no');
    expect(result.findings).toEqual(['red-cause', 'small-cause']);
    expect(result.complete).toBe(true);
  });
});

describe('nextNode', () => {
  it('returns a plain next target', () => {
    expect(nextNode(soundFlow, 'colour', 'red', [])).toBe('size');
  });

  it('resolves a branch with the answers given', () => {
    expect(nextNode(soundFlow, 'size', 'big', parse('colour=red'))).toBe('red-detail');
    expect(nextNode(soundFlow, 'size', 'big', parse('colour=blue'))).toBe('blue-detail');
  });

  it('takes `otherwise` when the branch question is not among the answers', () => {
    expect(nextNode(soundFlow, 'size', 'big', [])).toBe('blue-detail');
  });

  it('returns undefined for an unknown question, a terminal node or an unknown option', () => {
    expect(nextNode(soundFlow, 'shade', 'red', [])).toBeUndefined();
    expect(nextNode(soundFlow, 'summary', 'yes', [])).toBeUndefined();
    expect(nextNode(soundFlow, 'colour', 'green', [])).toBeUndefined();
    expect(nextNode(soundFlow, '__proto__', 'x', [])).toBeUndefined();
  });
});

describe('walk never throws on junk', () => {
  const junkIds = [
    '',
    ' ',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'summary',
    'ä',
    '<script>',
    '%00',
  ];

  it('handles prototype names, empty strings and odd characters as unknown', () => {
    const given = junkIds.flatMap((id) => [
      { question: id, option: 'yes' },
      { question: 'colour', option: id },
    ]);
    const result = walk(soundFlow, given);
    expect(result.current).toBe('colour');
    expect(result.answers).toEqual([]);
    expect(result.ignored).toHaveLength(given.length);
    const next = continueFrom(soundFlow, given, '__proto__', 'constructor');
    expect(next.step).toBeUndefined();
    expect(walk(soundFlow, next.answers).current).toBe('colour');
  });

  it('survives random answer lists and accounts for every answer', () => {
    const questions = ['colour', 'size', 'red-detail', 'blue-detail', 'help', 'summary', ...junkIds];
    const options = ['red', 'blue', 'not-sure', 'big', 'small', 'yes', 'no', ...junkIds];
    let seed = 42;
    const pick = <T>(list: readonly T[]): T => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return list[seed % list.length] as T;
    };
    for (let round = 0; round < 500; round += 1) {
      const given = Array.from({ length: round % 12 }, () => ({ question: pick(questions), option: pick(options) }));
      const result = walk(soundFlow, given);
      expect(result.answers.length + result.ignored.length).toBe(given.length);
      expect(result.path.at(-1)).toBe(result.current);
      expect(result.complete).toBe(result.current === 'summary');
    }
  });

  it('does not throw or loop on broken flows', () => {
    for (const { flow } of brokenFixtures) {
      const given = parse('ask=yes', 'ask=no', 'first=on', 'second=back', 'second=on');
      expect(() => walk(flow, given)).not.toThrow();
    }
  });

  it('stops when a broken flow leads back to a node already on the path', () => {
    const cycle = brokenFixtures.find((fixture) => fixture.code === 'cycle')?.flow;
    if (!cycle) throw new Error('cycle fixture missing');
    const result = walk(cycle, parse('first=on', 'second=back'));
    expect(result.path).toEqual(['first', 'second']);
    expect(result.complete).toBe(false);
  });
});

/**
 * The walk as it was before it was made linear (trying every reachable
 * answered question from each skip): the reference its results must match.
 */
function referenceWalk(flow: AnyFlow, answers: readonly Answer[], today: string) {
  const reached = datesReached(flow, today);
  const pending = new Map<string, string>();
  for (const { question, option } of answers) {
    const node = nodeOf(flow, question);
    if (node?.kind === 'question' && node.options.some((o) => o.id === option) && !pending.has(question))
      pending.set(question, option);
  }
  type Trail = { path: string[]; used: Answer[]; skipped: string[] };
  const follow = (from: string, remainingIn: ReadonlyMap<string, string>, known: ReadonlyMap<string, string>) => {
    const remaining = new Map(remainingIn);
    const seen = new Map(known);
    const trail: Trail = { path: [], used: [], skipped: [] };
    let current = from;
    while (!trail.path.includes(current)) {
      trail.path.push(current);
      const node = nodeOf(flow, current);
      if (node?.kind !== 'question') break;
      const chosen = remaining.get(current);
      const option = node.options.find((candidate) => candidate.id === chosen);
      if (chosen !== undefined && option) {
        remaining.delete(current);
        seen.set(current, chosen);
        trail.used.push({ question: current, option: chosen });
        current = resolveNext(option.next, seen, reached);
        continue;
      }
      let best: Trail | undefined;
      for (const candidate of reachableFrom(flow, current, seen, reached)) {
        if (!remaining.has(candidate)) continue;
        const trial = follow(candidate, remaining, seen);
        if (!best || trial.used.length > best.used.length) best = trial;
      }
      if (!best) break;
      trail.skipped.push(current, ...best.skipped);
      trail.path.push(...best.path);
      trail.used.push(...best.used);
      break;
    }
    return trail;
  };
  return follow(flow.start, pending, new Map());
}

describe('walk: the same choices as the reference walk, in linear time', () => {
  const flows: AnyFlow[] = [
    soundFlow,
    ssprAdmin,
    latticeFlow({ questions: 12, every: 3, wideEvery: 4 }),
    latticeFlow({ questions: 9, every: 2, wideEvery: 2 }),
  ];

  it.each(flows.map((flow) => [flow.id, flow] as const))('agrees on random links into %s', (_id, flow) => {
    const questions = questionIds(flow);
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 400; round += 1) {
      const given: Answer[] = [];
      for (const question of questions) {
        if (next(3) === 0) continue;
        const node = nodeOf(flow, question);
        if (node?.kind !== 'question') continue;
        given.push({ question, option: node.options[next(node.options.length)]?.id ?? '' });
      }
      if (next(2) === 0) given.reverse();
      for (const today of ['2026-11-26', '2027-02-01']) {
        const result = walk(flow, given, { today });
        const reference = referenceWalk(flow, given, today);
        expect({ path: result.path, used: result.answers, skipped: result.skipped }).toEqual({
          path: reference.path,
          used: reference.used,
          skipped: reference.skipped,
        });
      }
    }
  });

  /** The flow with every read of a node counted: an operation counter that does not depend on the machine's load. */
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

  /** A complete path through a generated flow of `size` questions, answering `b` wherever it can. */
  function longPath(size: number) {
    const flow = latticeFlow({ questions: size });
    const answers: Answer[] = [];
    for (let index = 1; index <= size; index += 1) answers.push({ question: `q-${index}`, option: 'b' });
    return { flow, answers };
  }

  const today = { today: '2026-11-26' };

  it.each([
    ['every question answered', (answers: Answer[]) => answers],
    ['a deep link without the first question', (answers: Answer[]) => answers.slice(1)],
    [
      'answers in reverse order, every tenth missing',
      (answers: Answer[]) => answers.filter((_, index) => index % 10 !== 3).reverse(),
    ],
  ] as const)('%s: node reads grow linearly with the answers (200 → 400)', (_name, shape) => {
    const reads = [200, 400].map((size) => {
      const { flow, answers } = longPath(size);
      const probe = counted(flow);
      const result = walk(probe.flow, shape(answers), today);
      expect(result.ignored).toEqual([]);
      return probe.counter.reads;
    });
    const [small = 0, large = 0] = reads;
    // Linear doubles (2×); quadratic would be 4×.
    expect(large / small).toBeLessThan(2.5);
    expect(small).toBeLessThan(200 * 20);
  });

  it('walks 200 and 400 answers in time that grows about linearly', () => {
    const time = (size: number, drop: number) => {
      const { flow, answers } = longPath(size);
      const given = answers.slice(drop);
      walk(flow, given, today);
      let best = Number.POSITIVE_INFINITY;
      for (let round = 0; round < 15; round += 1) {
        const started = performance.now();
        walk(flow, given, today);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    for (const drop of [0, 1]) {
      const small = time(200, drop);
      const large = time(400, drop);
      // Generous for a loaded machine: quadratic is 4×, the old walk was worse.
      expect(large).toBeLessThan(Math.max(small * 3.5, 5));
    }
  });
});

describe('walk: skipping over an undecided branch and through broken flows', () => {
  it('skips to an answer behind a branch whose question was passed over, whichever way the branch goes', () => {
    // colour is unanswered, so the branch at size could lead to either detail.
    const red = walk(soundFlow, parse('red-detail=yes'));
    expect(red.path).toEqual(['colour', 'red-detail', 'help']);
    expect(red.skipped).toEqual(['colour']);
    expect(red.answers).toEqual(parse('red-detail=yes'));
    const blue = walk(soundFlow, parse('blue-detail=no'));
    expect(blue.path).toEqual(['colour', 'blue-detail', 'help']);
    expect(blue.findings).toEqual(['blue-cause']);
  });

  it('walks a broken flow with a missing target, skipping or not, without throwing', () => {
    const unknownTarget = brokenFixtures.find((fixture) => fixture.code === 'unknown-target')?.flow as AnyFlow;
    expect(walk(unknownTarget, []).path).toEqual(['ask']);
    expect(walk(unknownTarget, parse('ask=no')).path).toEqual(['ask', 'ghost']);
    expect(walk(unknownTarget, parse('ask=no')).complete).toBe(false);
    expect(walk(unknownTarget, parse('ask=yes')).complete).toBe(true);
  });

  /**
   * A flow with a cycle (validate rejects it; the walk must still cope):
   * a ─┬─ x ── b ─────────── summary
   *    └─ y ── c ─┬─ go ── d ── summary
   *               └─ again → a
   */
  const looping: AnyFlow = {
    id: 'fixture-looping',
    start: 'a',
    findings: { 'd-cause': { kind: 'cause' } },
    nodes: {
      a: {
        kind: 'question',
        options: [
          { id: 'x', next: 'b' },
          { id: 'y', next: 'c' },
        ],
      },
      b: { kind: 'question', options: [{ id: 'go', next: 'summary' }] },
      c: {
        kind: 'question',
        options: [
          { id: 'go', next: 'd' },
          { id: 'again', next: 'a' },
        ],
      },
      d: { kind: 'question', options: [{ id: 'go', next: 'summary', findings: ['d-cause'] }] },
      summary: { kind: 'terminal' },
    },
  };

  it('in a flow with a cycle, skips to the answered question whose trail uses the most answers', () => {
    const result = walk(looping, parse('b=go', 'c=go', 'd=go'));
    expect(result.path).toEqual(['a', 'c', 'd', 'summary']);
    expect(result.skipped).toEqual(['a']);
    expect(result.complete).toBe(true);
    expect(result.findings).toEqual(['d-cause']);
    expect(result.ignored).toEqual([{ answer: { question: 'b', option: 'go' }, reason: 'not-on-path' }]);
  });

  it('in a flow with a cycle, keeps the nearest of two skips that use as many answers', () => {
    const result = walk(looping, parse('d=go', 'b=go'));
    expect(result.path).toEqual(['a', 'b', 'summary']);
    expect(result.ignored.map((ignored) => ignored.answer.question)).toEqual(['d']);
  });

  it('in a flow with a cycle, goes round once and stops where the trail meets itself', () => {
    const result = walk(looping, parse('a=y', 'c=again'));
    expect(result.path).toEqual(['a', 'c']);
    expect(result.answers).toEqual(parse('a=y', 'c=again'));
    expect(result.complete).toBe(false);
    // An answer used once on the trail is not used again after the way back.
    const round = walk(looping, parse('a=y', 'c=again', 'b=go'));
    expect(round.path).toEqual(['a', 'c']);
    expect(round.ignored.map((ignored) => ignored.answer.question)).toEqual(['b']);
  });
});
