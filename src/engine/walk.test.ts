import { describe, expect, it } from 'vitest';
import { brokenFixtures, soundFlow } from './fixtures.ts';
import type { Answer } from './types.ts';
import { answer, nextNode, walk } from './walk.ts';

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
      path: ['colour', 'size', 'red-detail', 'help', 'end'],
      current: 'end',
      complete: true,
      findings: ['red-cause', 'ask-help'],
      skipped: [],
      ignored: [],
    });
  });

  it('returns the answers in path order, whatever the order in the URL', () => {
    const result = walk(soundFlow, parse('help=no', 'size=small', 'colour=blue'));
    expect(result.answers).toEqual(parse('colour=blue', 'size=small', 'help=no'));
    expect(result.current).toBe('end');
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
    const result = walk(soundFlow, parse('end=yes'));
    expect(result.ignored).toEqual([{ answer: { question: 'end', option: 'yes' }, reason: 'unknown-question' }]);
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
    expect(result.path).toEqual(['colour', 'help', 'end']);
    expect(result.current).toBe('end');
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
    expect(reversed.path).toEqual(['colour', 'size', 'help', 'end']);
    expect(reversed.answers).toEqual(parse('size=small', 'help=yes'));
    expect(reversed.ignored).toEqual([]);
  });

  it('skips several questions in one walk', () => {
    const result = walk(soundFlow, parse('size=big', 'help=no'));
    expect(result.skipped).toEqual(['colour', 'blue-detail']);
    expect(result.path).toEqual(['colour', 'size', 'blue-detail', 'help', 'end']);
    expect(result.complete).toBe(true);
    expect(result.findings).toEqual([]);
  });
});

describe('answer: choosing or changing an answer', () => {
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
    expect(result.current).toBe('end');
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
    expect(nextNode(soundFlow, 'end', 'yes', [])).toBeUndefined();
    expect(nextNode(soundFlow, 'colour', 'green', [])).toBeUndefined();
    expect(nextNode(soundFlow, '__proto__', 'x', [])).toBeUndefined();
  });
});

describe('walk never throws on junk', () => {
  const junkIds = ['', ' ', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'end', 'ä', '<script>', '%00'];

  it('handles prototype names, empty strings and odd characters as unknown', () => {
    const given = junkIds.flatMap((id) => [
      { question: id, option: 'yes' },
      { question: 'colour', option: id },
    ]);
    const result = walk(soundFlow, given);
    expect(result.current).toBe('colour');
    expect(result.answers).toEqual([]);
    expect(result.ignored).toHaveLength(given.length);
    expect(answer(soundFlow, given, '__proto__', 'constructor').current).toBe('colour');
  });

  it('survives random answer lists and accounts for every answer', () => {
    const questions = ['colour', 'size', 'red-detail', 'blue-detail', 'help', 'end', ...junkIds];
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
      expect(result.complete).toBe(result.current === 'end');
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
