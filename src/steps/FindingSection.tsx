import { useText } from '../app/use-text.ts';
import type { FindingText } from '../engine/locale-shape.ts';
import { StepList } from './Blocks.tsx';
import { LinkList } from './ExternalLink.tsx';
import { LinkedText } from './LinkedText.tsx';

/** One finding: what is wrong, the numbered fix, how to check it, where to read more. */
export function FindingSection({ id, finding }: { id: string; finding: FindingText }) {
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
      <h4 className="heading-s">{t('summary.stepsHeading')}</h4>
      <StepList blocks={finding.steps} />
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
