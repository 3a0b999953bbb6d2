import { Link } from 'react-router';
import { flows } from '../../flows/index.ts';
import { DocumentTitle } from '../app/DocumentTitle.tsx';
import { flowText } from '../i18n/flow-text.ts';
import { flowHref } from '../app/hrefs.ts';
import { useQuery } from '../app/use-hydrated.ts';
import { useText } from '../app/use-text.ts';
import { useReportStep } from '../embed/use-embed.ts';
import { reservedFromSearch } from '../engine/url-state.ts';

/** `/{lng}/`: the troubleshooters on offer. */
export function FlowList() {
  const { t, lng } = useText();
  const keep = reservedFromSearch(useQuery());
  useReportStep({ flow: null, step: 'list', lng });
  return (
    <>
      <DocumentTitle parts={[t('home.title')]} />
      <h1 className="heading-xl">{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <ul className="flow-list">
        {flows.map((flow) => {
          const meta = flowText(lng, flow.id)?.meta;
          return (
            <li className="flow-list__item" key={flow.id}>
              <h2 className="heading-m">
                <Link to={flowHref(lng, flow.id, keep)}>{meta?.title ?? flow.id}</Link>
              </h2>
              {meta && <p>{meta.description}</p>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
