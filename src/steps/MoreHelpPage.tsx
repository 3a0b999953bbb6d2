import { Link } from 'react-router';
import { DocumentTitle } from '../app/DocumentTitle.tsx';
import { stepHref } from '../app/hrefs.ts';
import { useText } from '../app/use-text.ts';
import type { WizardState } from '../app/use-wizard.ts';
import { StepList } from './Blocks.tsx';
import { LinkList } from './ExternalLink.tsx';
import { LinkedText } from './LinkedText.tsx';
import { MissingText } from './MissingText.tsx';
import { SupportContact } from './SupportContact.tsx';

/** After "No, I still need help": who else can help, and what to have ready. */
export function MoreHelpPage({ wizard, summaryStep }: { wizard: WizardState; summaryStep: string }) {
  const { t } = useText();
  const { lng, flow, answers, keep, text } = wizard;
  if (!text) return <MissingText />;
  return (
    <>
      <DocumentTitle parts={[t('moreHelp.title'), text.meta.title]} />
      <nav className="step-nav" aria-label={t('question.stepNav')}>
        <Link className="back-link" to={stepHref(lng, flow.id, summaryStep, answers, keep)}>
          {t('moreHelp.back')}
        </Link>
      </nav>
      <h1 className="heading-xl">{t('moreHelp.title')}</h1>
      <p className="lead">
        <LinkedText text={text.moreHelp.intro} />
      </p>
      <SupportContact />
      <StepList blocks={text.moreHelp.steps} />
      <LinkList links={text.moreHelp.links} />
    </>
  );
}
