import { nodeEntries, nodeOf } from './graph.ts';
import { SUMMARY_STEP } from './ids.ts';
import type { Answer, AnyFlow } from './types.ts';
import { type IgnoredAnswer, nextNode, now, type WalkContext, type WalkResult, walk } from './walk.ts';

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
  // Stryker disable next-line ConditionalExpression,EqualityOperator: path[-1] and path[-2] are undefined as well
  return index > 0 ? result.path[index - 1] : undefined;
}

/**
 * Where Back leads from `stepId`, given every answer in the URL: the step
 * before it on the walked path, or undefined for the flow's start page (Back
 * from the first question). The answers stay as they are: Back never drops one.
 *
 * A step the answers do not lead to yet (a deep link that skips earlier
 * questions, `mobile-registered?symptom=sms&account-type=yes`) is placed where
 * the walk would put it once answered: after the open question it skips from,
 * the same step Back gives after answering it. A step no answer can reach
 * goes back to the last question on the walked path, never to the start page
 * while answers are given.
 */
export function backStep(
  flow: AnyFlow,
  answers: readonly Answer[],
  stepId: string,
  context: WalkContext = now(),
): string | undefined {
  const result = walk(flow, answers, context);
  if (result.path.includes(stepId)) return previousStep(result, stepId);
  const node = nodeOf(flow, stepId);
  for (const option of node?.kind === 'question' ? node.options : []) {
    const placed = previousStep(walk(flow, withAnswer(answers, stepId, option.id), context), stepId);
    if (placed !== undefined) return placed;
  }
  // Stryker disable next-line ConditionalExpression: `stepId` is not on the path here (returned above)
  return result.path.findLast((id) => id !== stepId && nodeOf(flow, id)?.kind === 'question');
}

/**
 * The answers given before reaching `stepId`, for "your answers so far":
 * those earlier on the path, or all of them when the step is not on it.
 */
export function answersBefore(result: WalkResult, stepId: string): readonly Answer[] {
  const index = result.path.indexOf(stepId);
  if (index === -1) return result.answers;
  const position = new Map(result.path.map((id, at) => [id, at]));
  // Stryker disable next-line UnaryOperator: every answer of a walk is on its path
  return result.answers.filter((answer) => (position.get(answer.question) ?? -1) < index);
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
  const skipped = new Set(result.skipped);
  const open = result.path.slice(index + 1).find((id) => skipped.has(id));
  return open ?? result.current;
}

/** Where Continue leads, and with which answers (see `continueFrom`). */
export interface Continuation {
  /** The answers to put in the URL: the given ones with `stepId` answered `option`. */
  readonly answers: readonly Answer[];
  /** The step to go to; undefined when the question or option does not exist (stay put). */
  readonly step: string | undefined;
}

/**
 * What Continue does after choosing `option` at `stepId`: the answer list
 * (an earlier answer to the question replaced in place, all others kept) and
 * the step to show next. Normally that is where the option leads; after a
 * Change link (`changing`), it is the first question after this one that
 * still needs an answer, or the summary, so the reader goes straight back to
 * where they were. Decided on `context.today`: pass the day at submit, so a
 * page left open past midnight routes by the new day.
 */
export function continueFrom(
  flow: AnyFlow,
  answers: readonly Answer[],
  stepId: string,
  option: string,
  { changing = false }: { readonly changing?: boolean } = {},
  context: WalkContext = now(),
): Continuation {
  const next = withAnswer(answers, stepId, option);
  const direct = nextNode(flow, stepId, option, next, context);
  if (direct === undefined || !changing) return { answers: next, step: direct };
  return { answers: next, step: nextOpenStep(walk(flow, next, context), stepId) ?? direct };
}

/**
 * The flow's terminal node: the summary. Validation makes it `summary`
 * (SUMMARY_STEP) in every flow; a broken flow without one gets that id too.
 */
export function terminalOf(flow: AnyFlow): string {
  return nodeEntries(flow).find(([, node]) => node.kind === 'terminal')?.[0] ?? SUMMARY_STEP;
}

/**
 * The summary the pages after it (done, more help) link back to: where the
 * walk ended when it is complete, else the flow's terminal node.
 */
export function summaryStepOf(flow: AnyFlow, result: WalkResult): string {
  return result.complete ? result.current : terminalOf(flow);
}

/**
 * The URL parameters to drop: those that name no question or option of the
 * flow, or repeat a question (a mistyped or forged link). Answers that fit
 * the flow but not the path (`not-on-path`) stay: a Change may bring them back.
 */
export function droppedParams(result: WalkResult): readonly IgnoredAnswer[] {
  return result.ignored.filter((ignored) => ignored.reason !== 'not-on-path');
}

/**
 * The answers to keep in the URL, in URL order: every raw answer except the
 * dropped ones. `raw` must be the list `result` was walked from (the answers
 * are matched by identity, so two equal junk parameters are told apart).
 */
export function keptAnswers(raw: readonly Answer[], result: WalkResult): Answer[] {
  const dropped = new Set(droppedParams(result).map((ignored) => ignored.answer));
  return raw.filter((answer) => !dropped.has(answer));
}

/** The state of a wizard page from the answers in its URL: the walk, the answers kept and the parameters dropped. */
export interface UrlAnswers {
  readonly walk: WalkResult;
  readonly answers: readonly Answer[];
  readonly dropped: readonly IgnoredAnswer[];
}

/** Walks the answers read from a URL and sorts them into kept and dropped (`keptAnswers`, `droppedParams`). */
export function readUrlAnswers(flow: AnyFlow, raw: readonly Answer[], context: WalkContext = now()): UrlAnswers {
  const result = walk(flow, raw, context);
  return { walk: result, answers: keptAnswers(raw, result), dropped: droppedParams(result) };
}
