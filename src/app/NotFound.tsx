import { Link } from 'react-router';
import { DocumentTitle } from './DocumentTitle.tsx';
import { flowHref, type KeptParams, languageHref } from './hrefs.ts';
import { useText } from './use-text.ts';

/**
 * The localized "page not found": for an unknown path, flow or step. With a
 * known flow it offers that flow's start, and always the list of flows.
 */
export function NotFound({ flow, keep = [] }: { flow?: { id: string; title: string }; keep?: KeptParams }) {
  const { t, lng } = useText();
  return (
    <div className="not-found">
      <DocumentTitle parts={[t('notFound.title')]} />
      <h1 className="heading-l">{t('notFound.title')}</h1>
      <p>{flow ? t('notFound.flowBody') : t('notFound.body')}</p>
      <ul className="link-list">
        {flow && (
          <li>
            <Link to={flowHref(lng, flow.id, keep)}>{t('notFound.toFlow', { flow: flow.title })}</Link>
          </li>
        )}
        <li>
          <Link to={languageHref(lng, keep)}>{t('notFound.toHome')}</Link>
        </li>
      </ul>
    </div>
  );
}
