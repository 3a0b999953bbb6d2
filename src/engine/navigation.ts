import type { Answer } from './types.ts';
import type { WalkResult } from './walk.ts';

/**
 * The answer list with `question` answered `option`: an earlier answer to the
 * same question is replaced in place (so URL order stays the order answered),
 * a new one is appended. Other answers are all kept.
 */
export function withAnswer(answers: readonly Answer[], question: string, option: string): Answer[] {
  const index = answers.findIndex((existing) => existing.question === question);
  if (index === -1) return [...answers, { question, option }];
  return answers.map((existing, at) => (at === index ? { question, option } : existing));
}

/** The step before `stepId` on the walked path, or undefined at the start or off the path. */
export function previousStep(result: WalkResult, stepId: string): string | undefined {
  const index = result.path.indexOf(stepId);
  return index > 0 ? result.path[index - 1] : undefined;
}

/**
 * The answers given before reaching `stepId`, for "your answers so far":
 * those earlier on the path, or all of them when the step is not on it.
 */
export function answersBefore(result: WalkResult, stepId: string): readonly Answer[] {
  const index = result.path.indexOf(stepId);
  if (index === -1) return result.answers;
  return result.answers.filter((answer) => result.path.indexOf(answer.question) < index);
}

/**
 * Where Continue leads after answering `stepId`, given the walk of all
 * answers (the new one included): the first question after it on the path
 * that still needs an answer, or the end. So after a Change the reader goes
 * straight back to where they were, not through every answered question.
 * Undefined when `stepId` is not on the path (then follow the option's next).
 */
export function nextOpenStep(result: WalkResult, stepId: string): string | undefined {
  const index = result.path.indexOf(stepId);
  if (index === -1) return undefined;
  const open = result.path.slice(index + 1).find((id) => result.skipped.includes(id));
  return open ?? result.current;
}
