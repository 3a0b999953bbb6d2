import { Link, useParams } from 'react-router';
import { DocumentTitle } from '../app/DocumentTitle.tsx';
import { stepHref } from '../app/hrefs.ts';
import { NotFound } from '../app/NotFound.tsx';
import { useReportStep } from '../app/use-embed.ts';
import { useText } from '../app/use-text.ts';
import { useWizard } from '../app/use-wizard.ts';
import { LinkedText } from './LinkedText.tsx';
import { MissingText } from './MissingText.tsx';

/** `/{lng}/{flow}/`: what this helps with, the symptoms, what to have at hand, Start. */
export function StartPage() {
  const { t } = useText();
  const { flowId } = useParams();
  const wizard = useWizard();
  useReportStep({ flow: wizard?.flow.id ?? null, step: wizard ? 'start' : 'not-found', lng: wizard?.lng ?? '' });
  if (!wizard) return <NotFound key={flowId} />;
  const { lng, flow, keep, text, walk } = wizard;
  if (!text) return <MissingText />;
  return (
    <>
      <DocumentTitle parts={[text.meta.title]} />
      <h1 className="heading-xl">{text.meta.title}</h1>
      <p className="lead">
        <LinkedText text={text.start.intro} />
      </p>
      <h2 className="heading-m">{t('start.symptomsHeading')}</h2>
      <ul className="bullet-list">
        {text.start.symptoms.map((symptom) => (
          <li key={symptom}>{symptom}</li>
        ))}
      </ul>
      <h2 className="heading-m">{t('start.needsHeading')}</h2>
      <ul className="bullet-list">
        {text.start.needs.map((need) => (
          <li key={need}>
            <LinkedText text={need} />
          </li>
        ))}
      </ul>
      <p>
        {text.start.duration} {t('start.changeAnswers')}
      </p>
      <Link className="button button--start" to={stepHref(lng, flow.id, flow.start, [], keep)}>
        {t('start.button')}
      </Link>
      {walk.answers.length > 0 && (
        <p>
          <Link to={stepHref(lng, flow.id, walk.current, wizard.answers, keep)}>{t('start.resume')}</Link>
        </p>
      )}
    </>
  );
}
