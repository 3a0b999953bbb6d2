import type { Answer } from '../engine/types.ts';
import type { FlowTextView } from '../i18n/flow-text.ts';

export interface AnswerRow {
  readonly question: string;
  /** The short label of the question ("What does not arrive"). */
  readonly label: string;
  /** The chosen option's label. */
  readonly answer: string;
}

/** The answers as readable rows, for "your answers so far", the summary and the ticket text. */
export function answerRows(answers: readonly Answer[], text: FlowTextView | undefined): AnswerRow[] {
  return answers.map(({ question, option }) => {
    const questionText = text?.questions[question];
    return {
      question,
      label: questionText?.short ?? question,
      answer: questionText?.options[option]?.label ?? option,
    };
  });
}
