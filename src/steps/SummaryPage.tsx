import { lazy, Suspense } from 'react';
import { DocumentTitle } from '../app/DocumentTitle.tsx';
import { stepHref } from '../app/hrefs.ts';
import { useFindingsText } from '../app/use-findings.ts';
import { useHydrated } from '../app/use-hydrated.ts';
import { useText } from '../app/use-text.ts';
import type { WizardState } from '../app/use-wizard.ts';
import { flowText } from '../i18n/flow-text.ts';
import { MissingText } from './MissingText.tsx';
import { StepNav } from './StepNav.tsx';

const SummaryBody = lazy(() => import('./SummaryBody.tsx'));

/**
 * The remediation summary for the answers in the URL: a static heading and
 * lead (pre-rendered), then the body with the findings (SummaryBody.tsx).
 */
export function SummaryPage({ wizard }: { wizard: WizardState }) {
  const { t } = useText();
  const hydrated = useHydrated();
  const { lng, flow, keep, answers, walk, text } = wizard;
  const findingsReady = useFindingsText(lng, flow.id);
  if (!text) return <MissingText />;
  const lastQuestion = walk.answers.at(-1)?.question;
  // Back keeps every answer and the kept parameters (embed=1), even when none was used on the path.
  const backTo = stepHref(lng, flow.id, lastQuestion ?? '', answers, keep);
  // The heading and lead are the same for every summary, so they are in the
  // pre-rendered HTML; the findings depend on the query string and fill the
  // body (which keeps its height reserved) once the page is hydrated.
  return (
    <div className="summary">
      <DocumentTitle parts={[t('summary.title'), text.meta.title]} />
      <StepNav wizard={wizard} backTo={backTo} />
      <h1 className="heading-xl">{t('summary.title')}</h1>
      <p className="lead">{t('summary.lead')}</p>
      <div className="summary__body">
        {/* Read again: the findings were added to the text after it was first read. */}
        {hydrated && findingsReady && (
          <Suspense fallback={null}>
            <SummaryBody wizard={wizard} text={flowText(lng, flow.id) ?? text} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
