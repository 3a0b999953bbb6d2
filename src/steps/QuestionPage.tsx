import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { walkContext } from '../app/clock.ts';
import { DocumentTitle } from '../app/DocumentTitle.tsx';
import { stepHref } from '../app/hrefs.ts';
import { useHydrated } from '../app/use-hydrated.ts';
import { useText } from '../app/use-text.ts';
import type { WizardState } from '../app/use-wizard.ts';
import { tellHost } from '../embed/host-channel.ts';
import { answersBefore, backStep, continueFrom } from '../engine/navigation.ts';
import type { QuestionNode } from '../engine/types.ts';
import { searchFromAnswers } from '../engine/url-state.ts';
import { AnswersSoFar, type ChangeState } from './AnswersSoFar.tsx';
import { Paragraphs } from './Blocks.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { LinkedText } from './LinkedText.tsx';
import { MissingText } from './MissingText.tsx';
import { StepNav } from './StepNav.tsx';

/**
 * One question per page (GOV.UK pattern): the question is the legend and the
 * page's h1, radios with hints, "I'm not sure" set apart, Continue. Continue
 * with nothing chosen shows an error summary and an inline error.
 */
export function QuestionPage({
  wizard,
  stepId,
  node,
}: {
  wizard: WizardState;
  stepId: string;
  node: QuestionNode<string, string>;
}) {
  const { t } = useText();
  const navigate = useNavigate();
  const hydrated = useHydrated();
  const changing = (useLocation().state as ChangeState | null)?.change === true;
  const { lng, flow, keep, answers } = wizard;
  const question = wizard.text?.questions[stepId];
  const given = answers.find((answer) => answer.question === stepId)?.option;
  // The radios are uncontrolled: a choice made before the app has started
  // (the page is pre-rendered) survives hydration. The form is read on submit.
  const form = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  const [missing, setMissing] = useState(false);

  // The answer in the URL is known only after hydration: check it then,
  // unless the reader has already picked something.
  useEffect(() => {
    const inputs = [...(form.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])];
    if (given === undefined || inputs.some((input) => input.checked)) return;
    const input = inputs.find((candidate) => candidate.value === given);
    if (input) input.checked = true;
  }, [given]);

  if (!question) return <MissingText />;

  const errorId = `${stepId}-error`;
  const hintId = question.hint ? `${stepId}-hint` : undefined;
  const firstOptionId = `${stepId}-${node.options[0]?.id ?? ''}`;
  const showError = missing;
  // The engine decides where Back goes (a deep-linked step too); every answer stays in the link.
  const previous = backStep(flow, answers, stepId, walkContext());
  const backTo = stepHref(lng, flow.id, previous ?? '', answers, keep);
  const regular = node.options.filter((option) => !option.notSure);
  const notSure = node.options.filter((option) => option.notSure);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = form.current ? new FormData(form.current).get(stepId) : null;
    const choice = typeof value === 'string' && node.options.some((option) => option.id === value) ? value : undefined;
    if (choice === undefined) {
      setMissing(true);
      setAttempt((count) => count + 1);
      return;
    }
    // The engine decides, by the day now (not when the page was drawn: a page
    // left open past midnight routes by today); after a Change link, straight
    // back to the first open question or the summary.
    const { answers: next, step: target } = continueFrom(flow, answers, stepId, choice, { changing }, walkContext());
    tellHost('answer', { flow: flow.id, question: stepId, option: choice });
    // Record the answer in this page's own history entry first, so the
    // browser's Back button returns to this question as the reader left it.
    // (The router's key and index in history.state are kept.)
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${searchFromAnswers(next, keep)}${window.location.hash}`,
    );
    if (target) navigate(stepHref(lng, flow.id, target, next, keep));
  };

  const radio = (optionId: string) => {
    const option = question.options[optionId];
    const id = `${stepId}-${optionId}`;
    const hint = option?.hint ?? (notSure.some((o) => o.id === optionId) ? t('question.notSureHint') : undefined);
    return (
      <div className="radios__item" key={optionId}>
        <input
          className="radios__input"
          id={id}
          name={stepId}
          type="radio"
          value={optionId}
          defaultChecked={given === optionId}
          onChange={() => setMissing(false)}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <label className="radios__label" htmlFor={id}>
          {option?.label ?? optionId}
        </label>
        {hint && (
          <div className="radios__hint" id={`${id}-hint`}>
            <LinkedText text={hint} />
          </div>
        )}
      </div>
    );
  };

  return (
    <>
      <DocumentTitle parts={[question.title, wizard.text?.meta.title]} error={showError} />
      <StepNav wizard={wizard} backTo={backTo} />
      {showError && <ErrorSummary message={question.error} fieldId={firstOptionId} attempt={attempt} />}
      <form className="question" onSubmit={submit} noValidate ref={form}>
        <div className={`form-group${showError ? ' form-group--error' : ''}`}>
          <fieldset
            className="fieldset"
            aria-describedby={[hintId, showError ? errorId : undefined].filter(Boolean).join(' ') || undefined}
          >
            <legend className="fieldset__legend">
              <h1 className="fieldset__heading">{question.title}</h1>
            </legend>
            {question.hint && (
              <div className="hint" id={hintId}>
                <LinkedText text={question.hint} />
              </div>
            )}
            {showError && (
              <p className="error-message" id={errorId}>
                <span className="visually-hidden">{t('question.errorPrefix')} </span>
                {question.error}
              </p>
            )}
            <div className="radios">
              {regular.map((option) => radio(option.id))}
              {notSure.length > 0 && regular.length > 0 && <div className="radios__divider">{t('question.or')}</div>}
              {notSure.map((option) => radio(option.id))}
            </div>
          </fieldset>
        </div>
        {question.help && (
          <details className="details">
            <summary className="details__summary">{question.help.summary}</summary>
            <div className="details__text">
              <Paragraphs blocks={question.help.body} />
            </div>
          </details>
        )}
        {/*
          Until the app has started, Continue cannot know the next step: a
          plain form submission would drop the answers in the address. The
          pre-rendered button waits the moment it takes (links work at once).
        */}
        <button className="button" type="submit" disabled={!hydrated}>
          {t('question.continue')}
        </button>
      </form>
      <AnswersSoFar wizard={wizard} shown={answersBefore(wizard.walk, stepId)} heading={t('answers.heading')} />
    </>
  );
}
