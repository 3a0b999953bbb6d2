import { useEffect } from 'react';
import { isRouteErrorResponse, Link, useLocation, useRouteError } from 'react-router';
import { DocumentTitle } from './DocumentTitle.tsx';
import { NotFound } from './NotFound.tsx';
import { useText } from './use-text.ts';

/**
 * The error boundary of every route: a 404 shows the not-found page; anything
 * else a friendly page that keeps the address (and so the answers) and lets
 * the reader try again.
 */
export function RouteError() {
  const error = useRouteError();
  const { t, lng } = useText();
  const { pathname, search } = useLocation();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  useEffect(() => {
    // The details are for developers; the reader gets the way forward.
    if (!notFound) console.error(error);
  }, [error, notFound]);
  if (notFound) return <NotFound />;
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
