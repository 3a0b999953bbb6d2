import { useEffect, useRef } from 'react';
import { useText } from '../app/use-text.ts';

/**
 * GOV.UK-style error summary. Takes focus each time `attempt` changes, so a
 * screen reader announces it after every failed submit; its link moves focus
 * to the field (without touching the URL's hash, which carries no state here).
 */
export function ErrorSummary({ message, fieldId, attempt }: { message: string; fieldId: string; attempt: number }) {
  const { t } = useText();
  const box = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on every failed attempt
  useEffect(() => {
    box.current?.focus();
  }, [attempt]);
  return (
    <div className="error-summary" ref={box} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {t('question.errorSummaryTitle')}
      </h2>
      <ul className="error-summary__list">
        <li>
          <a
            href={`#${fieldId}`}
            onClick={(event) => {
              event.preventDefault();
              document.getElementById(fieldId)?.focus();
            }}
          >
            {message}
          </a>
        </li>
      </ul>
    </div>
  );
}
