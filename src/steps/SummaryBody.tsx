import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { stepHref } from '../app/hrefs.ts';
import { useText } from '../app/use-text.ts';
import type { WizardState } from '../app/use-wizard.ts';
import { useRuntimeConfig } from '../config/config-store.ts';
import { tellHost } from '../embed/host-channel.ts';
import { handoffAnswers } from '../engine/handoff.ts';
import { DONE_STEP, MORE_HELP_STEP } from '../engine/ids.ts';
import type { FindingText } from '../engine/locale-shape.ts';
import { summaryLink } from '../engine/summary-link.ts';
import { type PlannedFinding, planSummary } from '../engine/summary-plan.ts';
import type { Handoff } from '../engine/types.ts';
import type { FlowTextView } from '../i18n/flow-text.ts';
import { flowResources } from '../i18n/text-resource.ts';
import { AnswersSoFar } from './AnswersSoFar.tsx';
import { answerRows } from './answer-rows.ts';
import { CopyButton } from './CopyButton.tsx';
import { FindingSection } from './FindingSection.tsx';
import { LinkedText } from './LinkedText.tsx';
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
  useEffect(() => setAddress(summaryLink(window.location.href)), []);
  const findingIds = walk.findings.join(' ');
  // A flow this summary hands off to is fetched now, so its link opens at once.
  const handoffFlows = walk.findings.flatMap((id) => flow.findings[id]?.handoff?.flow ?? []).join(' ');
  useEffect(() => {
    for (const target of handoffFlows ? handoffFlows.split(' ') : []) flowResources(lng, target).catch(() => {});
  }, [lng, handoffFlows]);
  useEffect(() => {
    tellHost('summary', { flow: flow.id, findings: findingIds ? findingIds.split(' ') : [] });
  }, [flow.id, findingIds]);
  if (walk.answers.length === 0) return <NotStarted wizard={wizard} />;

  // The engine decides the order (most likely cause first) and where each shared note goes.
  const plan = planSummary(flow, walk.findings);
  const withText = (items: readonly PlannedFinding[]): ShownFinding[] =>
    items.flatMap(({ id, notes }) => {
      const finding = text.findings[id];
      const noteTexts = notes.flatMap((note) => text.notes?.[note] ?? []);
      const handoff = flow.findings[id]?.handoff as Handoff | undefined;
      const label = finding?.handoff;
      const link =
        handoff && label
          ? { href: stepHref(lng, handoff.flow, handoff.step, handoffAnswers(handoff, walk.answers), keep), label }
          : undefined;
      return finding ? [{ id, finding, notes: noteTexts, handoff: link }] : [];
    });
  const lead = withText(plan.lead ? [plan.lead] : []);
  const also = withText(plan.also);
  const escalation = withText(plan.escalation);
  const shown = [...lead, ...also, ...escalation];
  // The first question left open: where the walk stopped, or one it skipped.
  const openQuestion = walk.skipped[0] ?? (walk.complete ? undefined : walk.current);
  const unanswered = openQuestion === undefined ? undefined : text.questions[openQuestion];

  const ticket = () =>
    summaryText({
      title: `${t('summary.title')} – ${text.meta.title}`,
      url: summaryLink(window.location.href),
      labels: {
        link: t('summary.ticketLink'),
        findings: t('summary.ticketFindings'),
        answers: t('summary.ticketAnswers'),
      },
      findings: shown.map(({ finding }) => finding),
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

      {shown.length > 3 && (
        <nav className="contents" aria-labelledby="contents-heading">
          <h2 className="heading-s" id="contents-heading">
            {t('summary.contentsHeading')}
          </h2>
          <ol className="contents__list">
            {shown.map(({ id, finding }) => (
              <li key={id}>
                <a href={`#finding-${id}`}>{finding.title}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}

      {lead.length + also.length === 0 && walk.complete && (
        <section className="finding finding--none" aria-labelledby="no-cause">
          <h2 className="heading-l" id="no-cause">
            {text.noCause.title}
          </h2>
          <p>
            <LinkedText text={text.noCause.body} />
          </p>
        </section>
      )}
      <FindingGroup id="lead-heading" heading={t('summary.leadHeading')} items={lead} />
      <FindingGroup
        id="also-heading"
        heading={lead.length > 0 ? t('summary.alsoHeading') : t('summary.checksHeading')}
        items={also}
      />
      {(escalation.length > 0 || support) && (
        <section aria-labelledby="escalation-heading">
          <h2 className="heading-l" id="escalation-heading">
            {text.summary.escalationHeading}
          </h2>
          <SupportContact />
          {escalation.map((item) => (
            <FindingSection key={item.id} {...item} />
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

/** A finding with its text and the texts of the notes shown under it. */
interface ShownFinding {
  readonly id: string;
  readonly finding: FindingText;
  readonly notes: readonly string[];
  /** A link into the troubleshooter that fits better, with the answers it shares. */
  readonly handoff?: { readonly href: string; readonly label: string };
}

/** A titled group of findings (the lead cause, or what else to check); nothing when empty. */
function FindingGroup({ id, heading, items }: { id: string; heading: string; items: readonly ShownFinding[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 className="heading-l" id={id}>
        {heading}
      </h2>
      {items.map((item) => (
        <FindingSection key={item.id} {...item} />
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
