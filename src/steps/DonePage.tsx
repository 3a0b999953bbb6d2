import { Link } from 'react-router';
import { DocumentTitle } from '../app/DocumentTitle.tsx';
import { flowHref, languageHref } from '../app/hrefs.ts';
import { useText } from '../app/use-text.ts';
import type { WizardState } from '../app/use-wizard.ts';
import { LinkedText } from './LinkedText.tsx';

/** After "Yes, this solved it". */
export function DonePage({ wizard }: { wizard: WizardState }) {
  const { t } = useText();
  return (
    <div className="panel panel--done">
      <DocumentTitle parts={[t('done.title'), wizard.text?.meta.title]} />
      <h1 className="heading-xl">{t('done.title')}</h1>
      <p>{t('done.body')}</p>
      {wizard.text && (
        <p>
          <LinkedText text={wizard.text.done.body} />
        </p>
      )}
      <ul className="link-list">
        <li>
          <Link to={flowHref(wizard.lng, wizard.flow.id, wizard.keep)}>{t('done.again')}</Link>
        </li>
        <li>
          <Link to={languageHref(wizard.lng, wizard.keep)}>{t('done.home')}</Link>
        </li>
      </ul>
    </div>
  );
}
