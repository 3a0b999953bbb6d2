import { describe, expect, it } from 'vitest';
import { ssprAdmin } from '../../flows/sspr-admin/flow.ts';
import { brokenFixtures, datedFlow, soundFlow } from './fixtures.ts';
import { questionIds } from './graph.ts';
import {
  answersBefore,
  backStep,
  continueFrom,
  droppedParams,
  keptAnswers,
  nextOpenStep,
  previousStep,
  readUrlAnswers,
  summaryStepOf,
  terminalOf,
  withAnswer,
} from './navigation.ts';
import type { Answer, AnyFlow } from './types.ts';
import { walk } from './walk.ts';

const a = (question: string, option: string) => ({ question, option });

/** The walk after Continue records `option` at `question`. */
const answer = (flow: typeof soundFlow, answers: readonly Answer[], question: string, option: string) =>
  walk(flow, continueFrom(flow, answers, question, option).answers);

describe('withAnswer', () => {
  it('appends a new answer', () => {
    expect(withAnswer([a('colour', 'red')], 'size', 'big')).toEqual([a('colour', 'red'), a('size', 'big')]);
  });

  it('replaces an earlier answer in place, keeping the order answered and every other answer', () => {
    const answers = [a('colour', 'red'), a('size', 'big'), a('help', 'yes')];
    expect(withAnswer(answers, 'size', 'small')).toEqual([a('colour', 'red'), a('size', 'small'), a('help', 'yes')]);
  });
});

describe('previousStep', () => {
  it('is the step before on the walked path', () => {
    const result = walk(soundFlow, [a('colour', 'red'), a('size', 'big')]);
    expect(previousStep(result, 'red-detail')).toBe('size');
    expect(previousStep(result, 'size')).toBe('colour');
  });

  it('is undefined at the start and for a step off the path', () => {
    const result = walk(soundFlow, [a('colour', 'red')]);
    expect(previousStep(result, 'colour')).toBeUndefined();
    expect(previousStep(result, 'blue-detail')).toBeUndefined();
  });

  it('leads back to a question that a changed answer newly opened (skipped on the path)', () => {
    // Changing colour to blue opens blue-detail; help=yes is kept further on.
    const result = answer(soundFlow, [a('colour', 'red'), a('size', 'big'), a('help', 'yes')], 'colour', 'blue');
    expect(result.skipped).toEqual(['blue-detail']);
    expect(previousStep(result, 'help')).toBe('blue-detail');
    expect(previousStep(result, 'blue-detail')).toBe('size');
  });
});

describe('backStep', () => {
  const readme = [a('symptom', 'sms'), a('account-type', 'yes')];
  const beforeRetirement = { today: '2026-11-26' };

  it('is the step before on the walked path, and the start page from the first question', () => {
    const answers = [a('colour', 'red'), a('size', 'big')];
    expect(backStep(soundFlow, answers, 'red-detail')).toBe('size');
    expect(backStep(soundFlow, answers, 'size')).toBe('colour');
    expect(backStep(soundFlow, answers, 'colour')).toBeUndefined();
  });

  it('on the README deep link (earlier questions skipped) is the open question the link skipped, not the start page', () => {
    // symptom=sms, account-type=yes lead to reset-page; mobile-registered is further on.
    expect(walk(ssprAdmin, readme, beforeRetirement).path).not.toContain('mobile-registered');
    expect(backStep(ssprAdmin, readme, 'mobile-registered', beforeRetirement)).toBe('reset-page');
  });

  it('is the same before and after the deep-linked question is answered', () => {
    const answered = [...readme, a('mobile-registered', 'yes')];
    expect(backStep(ssprAdmin, answered, 'mobile-registered', beforeRetirement)).toBe(
      backStep(ssprAdmin, readme, 'mobile-registered', beforeRetirement),
    );
  });

  it('on a deep link with no answers at all is the question the walk skips from', () => {
    expect(backStep(soundFlow, [], 'help')).toBe('colour');
  });

  it('for a step the answers cannot reach is the last question on the walked path', () => {
    // A non-admin goes straight to the summary: mobile-registered is out of reach.
    const notAdmin = [a('symptom', 'sms'), a('account-type', 'no')];
    expect(backStep(ssprAdmin, notAdmin, 'mobile-registered', beforeRetirement)).toBe('account-type');
    // blue-detail cannot follow red: the walk stops at red-detail, still open.
    expect(backStep(soundFlow, [a('colour', 'red'), a('size', 'big')], 'blue-detail')).toBe('red-detail');
  });
});

describe('answersBefore', () => {
  it('lists only the answers earlier on the path than the step', () => {
    const result = walk(soundFlow, [a('colour', 'red'), a('size', 'big'), a('red-detail', 'no')]);
    expect(answersBefore(result, 'red-detail')).toEqual([a('colour', 'red'), a('size', 'big')]);
    expect(answersBefore(result, 'colour')).toEqual([]);
  });

  it('lists every answer for a step that is not on the path', () => {
    const result = walk(soundFlow, [a('colour', 'blue')]);
    expect(answersBefore(result, 'red-detail')).toEqual([a('colour', 'blue')]);
  });
});

describe('nextOpenStep', () => {
  it('is the next question when the later ones are unanswered', () => {
    const result = walk(soundFlow, [a('colour', 'red')]);
    expect(nextOpenStep(result, 'colour')).toBe('size');
  });

  it('jumps over questions that are already answered, to the first open one or the end', () => {
    const answered = walk(soundFlow, [a('colour', 'blue'), a('size', 'small'), a('help', 'no')]);
    expect(nextOpenStep(answered, 'colour')).toBe('summary');
    const partly = walk(soundFlow, [a('colour', 'blue'), a('size', 'big')]);
    expect(nextOpenStep(partly, 'colour')).toBe('blue-detail');
  });

  it('stops at a question that a changed answer opened, even when later answers are kept', () => {
    const result = answer(soundFlow, [a('colour', 'red'), a('size', 'big'), a('help', 'yes')], 'colour', 'blue');
    expect(nextOpenStep(result, 'colour')).toBe('blue-detail');
  });

  it('is undefined for a step that is not on the path', () => {
    expect(nextOpenStep(walk(soundFlow, [a('colour', 'blue')]), 'red-detail')).toBeUndefined();
  });
});

describe('questionIds', () => {
  it('lists the question nodes in definition order, without terminal nodes', () => {
    expect(questionIds(soundFlow)).toEqual(['colour', 'size', 'red-detail', 'blue-detail', 'help']);
  });
});

describe('continueFrom: what Continue leads to', () => {
  it('records the answer and goes where the option leads', () => {
    expect(continueFrom(soundFlow, [a('colour', 'red')], 'size', 'big')).toEqual({
      answers: [a('colour', 'red'), a('size', 'big')],
      step: 'red-detail',
    });
    expect(continueFrom(soundFlow, [], 'colour', 'blue').step).toBe('size');
  });

  it('replaces an earlier answer in place and resolves branches with the new one', () => {
    const result = continueFrom(soundFlow, [a('colour', 'red'), a('size', 'big')], 'colour', 'blue');
    expect(result.answers).toEqual([a('colour', 'blue'), a('size', 'big')]);
    expect(result.step).toBe('size');
  });

  it('without a Change, goes to the next question even when later ones are answered', () => {
    const answers = [a('colour', 'blue'), a('size', 'small'), a('help', 'no')];
    expect(continueFrom(soundFlow, answers, 'colour', 'red').step).toBe('size');
  });

  it('after a Change, goes back to the first open question, or the summary when none is open', () => {
    const answers = [a('colour', 'blue'), a('size', 'small'), a('help', 'no')];
    expect(continueFrom(soundFlow, answers, 'colour', 'red', { changing: true }).step).toBe('summary');
    const opened = [a('colour', 'red'), a('size', 'big'), a('help', 'yes')];
    expect(continueFrom(soundFlow, opened, 'colour', 'blue', { changing: true }).step).toBe('blue-detail');
  });

  it('after a Change of a question off the path, follows the option', () => {
    // red-detail is not on the path of colour=blue: the walk does not reach it.
    const answers = [a('colour', 'blue'), a('size', 'big')];
    expect(continueFrom(soundFlow, answers, 'red-detail', 'no', { changing: true }).step).toBe('help');
  });

  it('has no step for a question or option the flow does not have', () => {
    expect(continueFrom(soundFlow, [], 'shade', 'red').step).toBeUndefined();
    expect(continueFrom(soundFlow, [], 'colour', 'green', { changing: true }).step).toBeUndefined();
  });

  it('routes by the day it is given', () => {
    expect(continueFrom(datedFlow, [], 'ask', 'yes', {}, { today: '2029-12-31' }).step).toBe('summary');
    expect(continueFrom(datedFlow, [], 'ask', 'yes', {}, { today: '2030-01-01' }).step).toBe('extra');
  });
});

describe('terminalOf and summaryStepOf', () => {
  it('is the flow’s terminal node, `summary`', () => {
    expect(terminalOf(soundFlow)).toBe('summary');
    expect(terminalOf(datedFlow)).toBe('summary');
  });

  it('is `summary` for a broken flow without a terminal', () => {
    const cycle = brokenFixtures.find((fixture) => fixture.code === 'no-terminal')?.flow;
    if (!cycle) throw new Error('fixture missing');
    expect(terminalOf(cycle)).toBe('summary');
  });

  it('is where a complete walk ended, else the terminal node', () => {
    const complete = walk(soundFlow, [a('colour', 'blue'), a('size', 'small'), a('help', 'no')]);
    expect(summaryStepOf(soundFlow, complete)).toBe('summary');
    expect(summaryStepOf(soundFlow, walk(soundFlow, []))).toBe('summary');
  });
});

describe('droppedParams and keptAnswers: which URL parameters go', () => {
  const raw = [a('colour', 'blue'), a('shade', 'red'), a('size', 'huge'), a('colour', 'red'), a('red-detail', 'yes')];

  it('drops unknown questions, unknown options and repeats, and keeps answers off the path', () => {
    const result = walk(soundFlow, raw);
    expect(droppedParams(result).map(({ answer, reason }) => [answer.question, reason])).toEqual([
      ['shade', 'unknown-question'],
      ['size', 'unknown-option'],
      ['colour', 'duplicate'],
    ]);
    expect(keptAnswers(raw, result)).toEqual([a('colour', 'blue'), a('red-detail', 'yes')]);
  });

  it('tells two equal parameters apart: the first is kept, the repeat dropped', () => {
    const twice = [a('colour', 'blue'), a('colour', 'blue')];
    const result = walk(soundFlow, twice);
    expect(keptAnswers(twice, result)).toEqual([a('colour', 'blue')]);
    expect(keptAnswers(twice, result)[0]).toBe(twice[0]);
  });

  it('readUrlAnswers does both with the walk', () => {
    const read = readUrlAnswers(soundFlow, raw, { today: '2026-11-26' });
    expect(read.answers).toEqual([a('colour', 'blue'), a('red-detail', 'yes')]);
    expect(read.dropped).toHaveLength(3);
    expect(read.walk.current).toBe('size');
  });
});

describe('navigation: steps that are not questions', () => {
  /** Two ends (a broken flow): `summary` first, `other-end` after `no`. */
  const twoEnds: AnyFlow = {
    id: 'fixture-two-ends',
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
  };

  it('Back from the summary or an unknown step the answers do not reach is the last question on the path', () => {
    expect(backStep(soundFlow, [a('colour', 'red')], 'summary')).toBe('size');
    expect(backStep(soundFlow, [a('colour', 'red')], 'no-such-step')).toBe('size');
    expect(backStep(soundFlow, [], 'summary')).toBe('colour');
  });

  it('Back from the summary the answers reach is the last question answered', () => {
    expect(backStep(soundFlow, [a('colour', 'red'), a('size', 'small'), a('help', 'no')], 'summary')).toBe('help');
  });

  it('the summary step is where a complete walk ended, which may be another terminal of a broken flow', () => {
    expect(summaryStepOf(twoEnds, walk(twoEnds, [a('ask', 'no')]))).toBe('other-end');
    expect(summaryStepOf(twoEnds, walk(twoEnds, []))).toBe('summary');
  });

  it('the terminal is the flow’s first terminal node, whatever it is called', () => {
    const renamed: AnyFlow = {
      id: 'fixture-end',
      start: 'ask',
      findings: {},
      nodes: { ask: { kind: 'question', options: [{ id: 'yes', next: 'end' }] }, end: { kind: 'terminal' } },
    };
    expect(terminalOf(renamed)).toBe('end');
    expect(summaryStepOf(renamed, walk(renamed, []))).toBe('end');
    expect(terminalOf(twoEnds)).toBe('summary');
  });

  it('Back from a step the answers would reach once it is answered is the question it would follow', () => {
    // blue-detail is not on the walked path (size is open), but answered it is the best skip from size.
    const answers = [a('colour', 'blue'), a('help', 'yes')];
    expect(walk(soundFlow, answers).path).toEqual(['colour', 'size', 'help', 'summary']);
    expect(backStep(soundFlow, answers, 'blue-detail')).toBe('size');
  });

  it('Back past a missing node of a broken flow is the last question before it', () => {
    const unknownTarget = brokenFixtures.find((fixture) => fixture.code === 'unknown-target')?.flow as AnyFlow;
    expect(walk(unknownTarget, [a('ask', 'no')]).path).toEqual(['ask', 'ghost']);
    expect(backStep(unknownTarget, [a('ask', 'no')], 'summary')).toBe('ask');
  });

  it('Continue after a Change looks for open questions after the step only, not before it', () => {
    const result = walk(soundFlow, [a('size', 'small'), a('help', 'no')]);
    expect(result.skipped).toEqual(['colour']);
    expect(nextOpenStep(result, 'size')).toBe('summary');
  });
});
