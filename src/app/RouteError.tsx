import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { DocumentTitle } from './DocumentTitle.tsx';
import { useText } from './use-text.ts';

/**
 * What the error boundary shows when a page fails: a friendly page that keeps
 * the address (and so the answers) and lets the reader try again.
 */
export function RouteError({ error }: { error: unknown }) {
  const { t, lng } = useText();
  const { pathname, search } = useLocation();
  useEffect(() => {
    // The details are for developers; the reader gets the way forward.
    console.error(error);
  }, [error]);
  return (
    <div className="route-error">
      <DocumentTitle parts={[t('error.title')]} />
      <h1 className="heading-l">{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <ul className="link-list">
        <li>
          <a href={`${import.meta.env.BASE_URL.replace(/\/$/, '')}${pathname}${search}`}>{t('error.retry')}</a>
        </li>
        <li>
          <Link to={`/${lng}/`}>{t('error.toHome')}</Link>
        </li>
      </ul>
    </div>
  );
}
