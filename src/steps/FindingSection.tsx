import { Link } from 'react-router';
import { useText } from '../app/use-text.ts';
import type { FindingText } from '../engine/locale-shape.ts';
import { StepList } from './Blocks.tsx';
import { LinkList } from './ExternalLink.tsx';
import { LinkedText } from './LinkedText.tsx';

/**
 * One finding: what is wrong, any shared notes (a dated announcement, a
 * retry limit), the numbered fix, how to check it, where to read more.
 */
export function FindingSection({
  id,
  finding,
  notes = [],
  handoff,
  copy = true,
}: {
  id: string;
  finding: FindingText;
  /** The notes' texts, already chosen so that none repeats on the page. */
  notes?: readonly string[];
  /** A link into the troubleshooter that fits better, shown right after the problem. */
  handoff?: { readonly href: string; readonly label: string };
  /** Copy buttons by the commands; false on a page served without script. */
  copy?: boolean;
}) {
  const { t } = useText();
  const headingId = `finding-${id}`;
  return (
    <section className="finding" aria-labelledby={headingId}>
      <h3 className="finding__title heading-m" id={headingId}>
        {finding.title}
      </h3>
      <p className="finding__problem">
        <LinkedText text={finding.problem} />
      </p>
      {handoff && (
        <p>
          <Link className="button button--start" to={handoff.href}>
            {handoff.label}
          </Link>
        </p>
      )}
      {/* Warnings before the steps: read before acting (a retry limit), and the steps stay next to their check. */}
      {notes.map((note) => (
        <div className="warning-text" key={note}>
          <span className="warning-text__icon" aria-hidden="true">
            !
          </span>
          <p className="warning-text__text">
            <span className="visually-hidden">{t('summary.warning')} </span>
            <LinkedText text={note} />
          </p>
        </div>
      ))}
      <h4 className="heading-s">{t('summary.stepsHeading')}</h4>
      <StepList blocks={finding.steps} copy={copy} />
      {finding.verify && (
        <>
          <h4 className="heading-s">{t('summary.checkHeading')}</h4>
          <p>
            <LinkedText text={finding.verify} />
          </p>
        </>
      )}
      {finding.links && finding.links.length > 0 && (
        <>
          <h4 className="heading-s">{t('summary.linksHeading')}</h4>
          <LinkList links={finding.links} />
        </>
      )}
    </section>
  );
}
