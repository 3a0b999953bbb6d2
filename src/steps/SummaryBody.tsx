import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { FlowTextView } from '../app/flow-text.ts';
import { stepHref } from '../app/hrefs.ts';
import { useText } from '../app/use-text.ts';
import type { WizardState } from '../app/use-wizard.ts';
import { useRuntimeConfig } from '../config/config-store.ts';
import { tellHost } from '../embed/host-channel.ts';
import { DONE_STEP, MORE_HELP_STEP } from '../engine/ids.ts';
import type { FindingText } from '../engine/locale-shape.ts';
import type { FindingKind } from '../engine/types.ts';
import { AnswersSoFar } from './AnswersSoFar.tsx';
import { answerRows } from './answer-rows.ts';
import { CopyButton } from './CopyButton.tsx';
import { FindingSection } from './FindingSection.tsx';
import { SupportContact } from './SupportContact.tsx';
import { summaryText } from './summary-text.ts';

/**
 * The body of the summary for the answers in the URL: causes with their
 * fixes, things to check, then escalation; the answers with Change links;
 * print and copy for a ticket; and "did this solve it?". A chunk of its own:
 * it only renders in the browser, after hydration, so question pages never
 * download it.
 */
export default function SummaryBody({ wizard, text }: { wizard: WizardState; text: FlowTextView }) {
  const { t } = useText();
  const { lng, flow, keep, answers, walk } = wizard;
  const { support } = useRuntimeConfig();
  // The full address, for the printed copy (known only in the browser).
  const [address, setAddress] = useState('');
  useEffect(() => setAddress(window.location.href), []);
  const findingIds = walk.findings.join(' ');
  useEffect(() => {
    tellHost('summary', { flow: flow.id, findings: findingIds ? findingIds.split(' ') : [] });
  }, [flow.id, findingIds]);
  if (walk.answers.length === 0) return <NotStarted wizard={wizard} />;

  const kindOf = (id: string): FindingKind => flow.findings[id]?.kind ?? 'cause';
  const ofKind = (kind: FindingKind) =>
    walk.findings
      .filter((id) => kindOf(id) === kind)
      .flatMap((id) => {
        const finding = text.findings[id];
        return finding ? [{ id, finding }] : [];
      });
  const causes = ofKind('cause');
  const checks = ofKind('check');
  const escalation = ofKind('escalation');
  // The first question left open: where the walk stopped, or one it skipped.
  const openQuestion = walk.skipped[0] ?? (walk.complete ? undefined : walk.current);
  const unanswered = openQuestion === undefined ? undefined : text.questions[openQuestion];

  const ticket = () =>
    summaryText({
      title: `${t('summary.title')} – ${text.meta.title}`,
      url: window.location.href,
      labels: {
        link: t('summary.ticketLink'),
        findings: t('summary.ticketFindings'),
        answers: t('summary.ticketAnswers'),
      },
      findings: [...causes, ...checks, ...escalation].map(({ finding }) => finding),
      answers: answerRows(walk.answers, text),
    });

  return (
    <>
      {openQuestion && unanswered && (
        <div className="notice" role="note">
          <p>{t('summary.incomplete')}</p>
          <p>
            <Link to={stepHref(lng, flow.id, openQuestion, answers, keep)}>
              {t('summary.incompleteLink', { question: unanswered.title })}
            </Link>
          </p>
        </div>
      )}

      {causes.length + checks.length + escalation.length > 3 && (
        <nav className="contents" aria-labelledby="contents-heading">
          <h2 className="heading-s" id="contents-heading">
            {t('summary.contentsHeading')}
          </h2>
          <ol className="contents__list">
            {[...causes, ...checks, ...escalation].map(({ id, finding }) => (
              <li key={id}>
                <a href={`#finding-${id}`}>{finding.title}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}

      {causes.length + checks.length === 0 && walk.complete && (
        <section className="finding finding--none" aria-labelledby="no-cause">
          <h2 className="heading-l" id="no-cause">
            {text.noCause.title}
          </h2>
          <p>{text.noCause.body}</p>
        </section>
      )}
      <FindingGroup id="causes-heading" heading={t('summary.causesHeading')} items={causes} />
      <FindingGroup id="checks-heading" heading={t('summary.checksHeading')} items={checks} />
      {(escalation.length > 0 || support) && (
        <section aria-labelledby="escalation-heading">
          <h2 className="heading-l" id="escalation-heading">
            {t('summary.escalationHeading')}
          </h2>
          <SupportContact />
          {escalation.map(({ id, finding }) => (
            <FindingSection key={id} id={id} finding={finding} />
          ))}
        </section>
      )}

      <AnswersSoFar wizard={wizard} shown={walk.answers} heading={t('summary.yourAnswers')} />
      {address && (
        <p className="print-only">
          {t('summary.ticketLink')}: {address}
        </p>
      )}

      <div className="summary__actions no-print">
        <CopyButton text={ticket} label={t('summary.copySummary')} doneMessage={t('summary.copySummaryDone')} />
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('summary.print')}
        </button>
      </div>

      <section className="solved no-print" aria-labelledby="solved-heading">
        <h2 className="heading-m" id="solved-heading">
          {t('summary.solvedQuestion')}
        </h2>
        <ul className="solved__choices">
          <li>
            <Link
              className="button"
              to={stepHref(lng, flow.id, DONE_STEP, answers, keep)}
              onClick={() => tellHost('solved', { flow: flow.id, solved: true })}
            >
              {t('summary.solvedYes')}
            </Link>
          </li>
          <li>
            <Link
              className="button button--secondary"
              to={stepHref(lng, flow.id, MORE_HELP_STEP, answers, keep)}
              onClick={() => tellHost('solved', { flow: flow.id, solved: false })}
            >
              {t('summary.solvedNo')}
            </Link>
          </li>
        </ul>
      </section>
    </>
  );
}

/** A titled group of findings (causes, or things to check); nothing when empty. */
function FindingGroup({
  id,
  heading,
  items,
}: {
  id: string;
  heading: string;
  items: readonly { id: string; finding: FindingText }[];
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 className="heading-l" id={id}>
        {heading}
      </h2>
      {items.map(({ id: findingId, finding }) => (
        <FindingSection key={findingId} id={findingId} finding={finding} />
      ))}
    </section>
  );
}

/** The summary before any question is answered: nothing to conclude yet, so offer the start. */
function NotStarted({ wizard }: { wizard: WizardState }) {
  const { t } = useText();
  const { lng, flow, keep } = wizard;
  return (
    <div className="notice" role="note">
      <h2 className="heading-m">{t('summary.notStartedTitle')}</h2>
      <p>{t('summary.notStartedBody')}</p>
      <Link className="button button--start" to={stepHref(lng, flow.id, flow.start, [], keep)}>
        {t('summary.startLink')}
      </Link>
    </div>
  );
}
