import { useEffect, useState } from 'react';
import { useText } from '../app/use-text.ts';
import { copyText } from './copy-text.ts';

type Status = 'idle' | 'copied' | 'failed';

/** A button that copies `text`, then says whether it worked (visibly and to screen readers). */
export function CopyButton({
  text,
  label,
  hiddenLabel,
  doneMessage,
}: {
  /** The text, or a function that makes it at click time (e.g. with the page's full URL). */
  text: string | (() => string);
  label: string;
  /** Said after the label to screen readers only, to tell several Copy buttons apart. */
  hiddenLabel?: string;
  doneMessage?: string;
}) {
  const { t } = useText();
  const [status, setStatus] = useState<Status>('idle');

  useEffect(() => {
    if (status !== 'copied') return;
    const timer = setTimeout(() => setStatus('idle'), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  return (
    <span className="copy">
      <button
        type="button"
        className="button button--secondary copy__button"
        // The visible label comes first, so speech input ("click Copy") still matches.
        aria-label={hiddenLabel ? `${label} ${hiddenLabel}` : undefined}
        onClick={async () =>
          setStatus((await copyText(typeof text === 'string' ? text : text())) ? 'copied' : 'failed')
        }
      >
        {label}
      </button>
      <span className="copy__status" role="status">
        {status === 'copied' && (doneMessage ?? t('summary.copied'))}
        {status === 'failed' && t('summary.copyFailed')}
      </span>
    </span>
  );
}
