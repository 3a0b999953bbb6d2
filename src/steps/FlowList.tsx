import { use } from 'react';
import { Link } from 'react-router';
import { DocumentTitle } from '../app/DocumentTitle.tsx';
import { flowHref } from '../app/hrefs.ts';
import { useReportStep } from '../app/use-embed.ts';
import { useQuery } from '../app/use-hydrated.ts';
import { useText } from '../app/use-text.ts';
import { reservedFromSearch } from '../engine/url-state.ts';
import { catalog } from '../i18n/flow-text.ts';
import { catalogText } from '../i18n/text-resource.ts';

/** `/{lng}/`: the troubleshooters on offer, by title in the reader's language. */
export function FlowList() {
  const { t, lng } = useText();
  const keep = reservedFromSearch(useQuery());
  useReportStep({ flow: null, step: 'list', lng });
  use(catalogText(lng));
  const entries = catalog(lng);
  return (
    <>
      <DocumentTitle parts={[t('home.title')]} />
      <h1 className="heading-xl">{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <ul className="flow-list">
        {entries.map(({ id, title, description }) => (
          <li className="flow-list__item" key={id}>
            <h2 className="heading-m">
              <Link to={flowHref(lng, id, keep)}>{title}</Link>
            </h2>
            <p>{description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
