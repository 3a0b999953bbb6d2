import { Link } from 'react-router';
import { stepHref } from '../app/hrefs.ts';
import { useText } from '../app/use-text.ts';
import type { WizardState } from '../app/use-wizard.ts';
import type { Answer } from '../engine/types.ts';
import { answerRows } from './answer-rows.ts';

/** History state of a Change link: Continue then returns to where the reader was. */
export interface ChangeState {
  readonly change?: boolean;
}

/**
 * The answers given on the path, each with a Change link that reopens that
 * question with every answer kept (later ones survive where the path holds).
 */
export function AnswersSoFar({
  wizard,
  shown,
  heading,
}: {
  wizard: WizardState;
  /** The answers to list (a prefix of the path, or all of it). */
  shown: readonly Answer[];
  heading: string;
}) {
  const { t } = useText();
  if (shown.length === 0) return null;
  const rows = answerRows(shown, wizard.text);
  return (
    <section className="answers" aria-labelledby="answers-heading">
      <h2 className="heading-m" id="answers-heading">
        {heading}
      </h2>
      <dl className="summary-list">
        {rows.map((row) => (
          <div className="summary-list__row" key={row.question}>
            <dt className="summary-list__key">{row.label}</dt>
            <dd className="summary-list__value">{row.answer}</dd>
            <dd className="summary-list__actions">
              <Link
                to={stepHref(wizard.lng, wizard.flow.id, row.question, wizard.answers, wizard.keep)}
                state={{ change: true } satisfies ChangeState}
              >
                {t('answers.change')}
                <span className="visually-hidden"> {t('answers.changeHidden', { question: row.label })}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
