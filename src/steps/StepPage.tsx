import { useParams } from 'react-router';
import { NotFound } from '../app/NotFound.tsx';
import { useCanonicalUrl } from '../app/use-canonical-url.ts';
import { useReportStep } from '../app/use-embed.ts';
import { useWizard } from '../app/use-wizard.ts';
import { nodeOf, resolveAlias } from '../engine/graph.ts';
import { DONE_STEP, MORE_HELP_STEP } from '../engine/ids.ts';
import { summaryStepOf } from '../engine/navigation.ts';
import { DonePage } from './DonePage.tsx';
import { DroppedNotice } from './DroppedNotice.tsx';
import { MoreHelpPage } from './MoreHelpPage.tsx';
import { QuestionPage } from './QuestionPage.tsx';
import { SummaryPage } from './SummaryPage.tsx';

/** `/{lng}/{flow}/{stepId}`: a question, the summary, or one of the pages after it. */
export function StepPage() {
  const { stepId: requested = '' } = useParams();
  const wizard = useWizard();
  // An old step id shows the step it was renamed to, and the URL follows once in the browser.
  const renamedTo = wizard ? resolveAlias(wizard.flow, requested) : undefined;
  const stepId = renamedTo ?? requested;
  const droppedCount = useCanonicalUrl(wizard, renamedTo);
  const known = wizard && (nodeOf(wizard.flow, stepId) || stepId === DONE_STEP || stepId === MORE_HELP_STEP);
  useReportStep({ flow: wizard?.flow.id ?? null, step: known ? stepId : 'not-found', lng: wizard?.lng ?? '' });
  if (!wizard) return <NotFound />;

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
      {page}
      {/* After the page, where appearing late moves nothing in view (see DroppedNotice). */}
      <DroppedNotice count={droppedCount} />
    </>
  );
}
