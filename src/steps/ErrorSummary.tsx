import { useEffect, useRef } from 'react';
import { useText } from '../app/use-text.ts';

/**
 * GOV.UK-style error summary. Takes focus each time `attempt` changes, so a
 * screen reader announces it after every failed submit; its link moves focus
 * to the field (without touching the URL's hash, which carries no state here).
 *
 * `role="alert"` wraps the title and the errors on an inner element, and the
 * focused box has no `aria-labelledby`, as in GOV.UK Frontend since v4.4.0
 * (issue #2657): with both on the focused box, screen readers read only its
 * name, "There is a problem", and never the error itself.
 */
export function ErrorSummary({ message, fieldId, attempt }: { message: string; fieldId: string; attempt: number }) {
  const { t } = useText();
  const box = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on every failed attempt
  useEffect(() => {
    box.current?.focus();
  }, [attempt]);
  return (
    <div className="error-summary" ref={box} tabIndex={-1}>
      <div role="alert">
        <h2 className="error-summary__title">{t('question.errorSummaryTitle')}</h2>
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
    </div>
  );
}
