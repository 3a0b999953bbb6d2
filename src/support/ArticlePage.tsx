import { use } from 'react';
import { Link, useParams } from 'react-router';
import { DocumentTitle } from '../app/DocumentTitle.tsx';
import { flowHref, stepHref } from '../app/hrefs.ts';
import { NotFound } from '../app/NotFound.tsx';
import { useText } from '../app/use-text.ts';
import { useWizard, type WizardState } from '../app/use-wizard.ts';
import { flowMap } from '../engine/flow-map.ts';
import type { FlowText } from '../engine/locale-shape.ts';
import type { FindingKind, Handoff } from '../engine/types.ts';
import { flowText } from '../i18n/flow-text.ts';
import { FindingSection } from '../steps/FindingSection.tsx';
import { LinkedText } from '../steps/LinkedText.tsx';
import { MissingText } from '../steps/MissingText.tsx';
import { type ArticleGroup, planArticle } from './article-plan.ts';
import { articleFindings } from './article-text.ts';

/** The id of each group's heading (the contents list links to them). */
const GROUP_IDS: Readonly<Record<FindingKind, string>> = {
  cause: 'article-causes',
  check: 'article-checks',
  escalation: 'article-escalation',
};

/**
 * `/{lng}/{flow}/all`: the whole troubleshooting article of a flow on one
 * page (the seed article's form, kept current): what it is for, a contents
 * list, then every cause, every check and who can help (each group in the
 * order of the tree, src/engine/flow-map.ts), each with its
 * numbered steps, commands, "check that it worked", notes and sources.
 *
 * Served without any script, so nothing here depends on hydration: no Copy
 * buttons (commands are plain, selectable code blocks) and no support desk
 * from config.json (read in the browser only; the deployer may change it
 * after the build), but a generic pointer to the organisation's own desk.
 * It reads the findings part of the flow's text and waits for it (`use`).
 */
export default function ArticlePage({ wizard: given }: { wizard?: WizardState }) {
  const { t } = useText();
  const { flowId } = useParams();
  // The route may pass the state in or leave it to the page (both are the URL's).
  const own = useWizard();
  const wizard = given ?? own;
  if (!wizard) return <NotFound key={flowId} />;
  const { lng, flow, keep } = wizard;
  use(articleFindings(lng, flow.id));
  // Read again: the findings are added to the flow's text after the wizard state read it.
  const text = flowText(lng, flow.id);
  if (!text?.findings) return <MissingText />;

  // The order of the tree: each finding where a step, in path order, first records it.
  const pathOrder = flowMap(flow).steps.map((step) => step.id);
  const groups = planArticle(flow, pathOrder).map((group) => ({
    ...group,
    findings: group.findings.filter(({ id }) => text.findings[id]),
  }));
  const headingOf = (kind: FindingKind) =>
    kind === 'cause'
      ? t('article.causesHeading')
      : kind === 'check'
        ? t('article.checksHeading')
        : text.summary.escalationHeading;
  const hasEscalation = groups.some((group) => group.kind === 'escalation');
  const shownGroups: ArticleGroup[] = hasEscalation ? groups : [...groups, { kind: 'escalation', findings: [] }];

  return (
    <div className="article">
      <DocumentTitle parts={[t('article.documentTitle'), text.meta.title]} />
      <h1 className="heading-xl">{text.meta.title}</h1>
      <p className="lead">
        <LinkedText text={text.start.intro} />
      </p>
      <p>{t('article.lead')}</p>
      <p className="no-print">
        <Link className="button button--start" to={stepHref(lng, flow.id, flow.start, [], keep)}>
          {t('article.startLink')}
        </Link>
      </p>

      <h2 className="heading-m">{t('start.symptomsHeading')}</h2>
      <ul className="bullet-list">
        {text.start.symptoms.map((symptom) => (
          <li key={symptom}>{symptom}</li>
        ))}
      </ul>

      <nav className="contents" aria-labelledby="article-contents-heading">
        <h2 className="heading-s" id="article-contents-heading">
          {t('article.contentsHeading')}
        </h2>
        <ol className="contents__list">
          {shownGroups.map((group) => (
            <li key={group.kind}>
              <a href={`#${GROUP_IDS[group.kind]}`}>{headingOf(group.kind)}</a>
              {group.findings.length > 0 && (
                <ol className="contents__list">
                  {group.findings.map(({ id }) => (
                    <li key={id}>
                      <a href={`#finding-${id}`}>{text.findings[id]?.title}</a>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      </nav>

      {shownGroups.map((group) => (
        <section className="article__group" key={group.kind} aria-labelledby={GROUP_IDS[group.kind]}>
          <h2 className="heading-l" id={GROUP_IDS[group.kind]}>
            {headingOf(group.kind)}
          </h2>
          {group.kind === 'escalation' && <p>{t('article.supportDesk')}</p>}
          {group.findings.map(({ id, notes }) => (
            <ArticleFinding key={id} wizard={wizard} text={text} id={id} notes={notes} />
          ))}
        </section>
      ))}
    </div>
  );
}

/** One finding as the summary shows it, without Copy buttons; a handoff opens the other troubleshooter's start. */
function ArticleFinding({
  wizard,
  text,
  id,
  notes,
}: {
  wizard: WizardState;
  text: FlowText;
  id: string;
  notes: readonly string[];
}) {
  const { lng, flow, keep } = wizard;
  const finding = text.findings[id];
  if (!finding) return null;
  const noteTexts = notes.flatMap((note) => text.notes?.[note] ?? []);
  const handoff = flow.findings[id]?.handoff as Handoff | undefined;
  // No answers to carry here: the other troubleshooter starts from its beginning.
  const link =
    handoff && finding.handoff ? { href: flowHref(lng, handoff.flow, keep), label: finding.handoff } : undefined;
  return <FindingSection id={id} finding={finding} notes={noteTexts} handoff={link} copy={false} />;
}
