import { describe, expect, it } from 'vitest';
import { soundFlow } from './fixtures.ts';
import { questionIds } from './graph.ts';
import { answersBefore, nextOpenStep, previousStep, withAnswer } from './navigation.ts';
import { answer, walk } from './walk.ts';

const a = (question: string, option: string) => ({ question, option });

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
    expect(nextOpenStep(answered, 'colour')).toBe('end');
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
