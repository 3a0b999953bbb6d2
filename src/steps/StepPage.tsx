import { useEffect } from 'react';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { stepHref } from '../app/hrefs.ts';
import { NotFound } from '../app/NotFound.tsx';
import { useReportStep } from '../app/use-embed.ts';
import { useHydrated } from '../app/use-hydrated.ts';
import { useText } from '../app/use-text.ts';
import { useWizard, type WizardState } from '../app/use-wizard.ts';
import { nodeOf, resolveAlias } from '../engine/graph.ts';
import { DONE_STEP, MORE_HELP_STEP } from '../engine/ids.ts';
import { summaryStepOf } from '../engine/navigation.ts';
import { searchFromAnswers } from '../engine/url-state.ts';
import { DonePage } from './DonePage.tsx';
import { MoreHelpPage } from './MoreHelpPage.tsx';
import { QuestionPage } from './QuestionPage.tsx';
import { SummaryPage } from './SummaryPage.tsx';

/** Location state after dropping unknown parameters, so the notice survives the URL rewrite. */
interface DroppedState {
  readonly dropped?: number;
}

/**
 * Rewrites the URL without parameters that name no question or option of the
 * flow (a mistyped or forged link), keeping every answer that fits.
 */
function useDropUnknownParams(wizard: WizardState | undefined) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const dropped = wizard?.dropped.length ?? 0;
  useEffect(() => {
    if (!wizard || dropped === 0) return;
    navigate(`${pathname}${searchFromAnswers(wizard.answers, wizard.keep)}`, {
      replace: true,
      state: { dropped } satisfies DroppedState,
    });
  }, [wizard, dropped, navigate, pathname]);
}

function DroppedNotice({ count }: { count: number }) {
  const { t } = useText();
  if (count === 0) return null;
  return (
    <div className="notice" role="status">
      <p>{t('notice.dropped', { count })}</p>
    </div>
  );
}

/** `/{lng}/{flow}/{stepId}`: a question, the summary, or one of the pages after it. */
export function StepPage() {
  const { stepId: requested = '' } = useParams();
  const location = useLocation();
  const wizard = useWizard();
  const hydrated = useHydrated();
  // An old step id shows the step it was renamed to, and the URL follows once in the browser.
  const renamedTo = wizard ? resolveAlias(wizard.flow, requested) : undefined;
  const stepId = renamedTo ?? requested;
  useDropUnknownParams(wizard);
  const known = wizard && (nodeOf(wizard.flow, stepId) || stepId === DONE_STEP || stepId === MORE_HELP_STEP);
  useReportStep({ flow: wizard?.flow.id ?? null, step: known ? stepId : 'not-found', lng: wizard?.lng ?? '' });
  if (!wizard) return <NotFound />;

  const droppedCount = wizard.dropped.length || ((location.state as DroppedState | null)?.dropped ?? 0);
  const notice = <DroppedNotice count={droppedCount} />;
  const node = nodeOf(wizard.flow, stepId);
  const terminal = summaryStepOf(wizard.flow, wizard.walk);

  let page: React.ReactNode;
  if (stepId === DONE_STEP) page = <DonePage wizard={wizard} />;
  else if (stepId === MORE_HELP_STEP) page = <MoreHelpPage wizard={wizard} summaryStep={terminal} />;
  else if (node?.kind === 'question')
    // Keyed by step only: the same elements stay when the answers arrive after
    // hydration (a new heading element would be a late paint for the reader).
    page = <QuestionPage key={stepId} wizard={wizard} stepId={stepId} node={node} />;
  else if (node?.kind === 'terminal') page = <SummaryPage wizard={wizard} />;
  else
    page = (
      <NotFound flow={{ id: wizard.flow.id, title: wizard.text?.meta.title ?? wizard.flow.id }} keep={wizard.keep} />
    );

  return (
    <>
      {renamedTo && hydrated && (
        <Navigate replace to={stepHref(wizard.lng, wizard.flow.id, renamedTo, wizard.answers, wizard.keep)} />
      )}
      {notice}
      {page}
    </>
  );
}
