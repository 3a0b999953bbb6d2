import { use, useEffect } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { loadRuntimeConfig } from '../config/config-store.ts';
import { browserLanguage, isLanguage } from '../i18n/languages.ts';
import { settled } from '../i18n/readable-promise.ts';
import { languageText } from '../i18n/text-resource.ts';
import { Layout } from './Layout.tsx';
import { languageRedirect } from './language-redirect.ts';
import { RouteErrorBoundary } from './RouteErrorBoundary.tsx';

/**
 * Sends the reader to the right language once config.json has said which one
 * to fall back on: for `/` (no `pathname`), or to fix a path (languageRedirect).
 * Browser only: the build pre-renders no such page.
 */
function RedirectToReader({ pathname }: { pathname?: string }) {
  const navigate = useNavigate();
  const { search } = useLocation();
  useEffect(() => {
    let current = true;
    void loadRuntimeConfig().then((config) => {
      const reader = browserLanguage(config.defaultLanguage);
      const target = (pathname && languageRedirect(pathname, reader)) ?? `/${reader}/`;
      if (current) navigate(`${target}${search}`, { replace: true });
    });
    return () => {
      current = false;
    };
  }, [navigate, pathname, search]);
  return null;
}

/** `/`: to the reader's language (nl or en, else the configured default). */
export function RootRedirect() {
  return <RedirectToReader />;
}

const NOTHING_TO_LOAD = settled();

/**
 * `/:lng/*`: fixes the path if it must (see languageRedirect), waits for the
 * language's text, then renders the layout with an error boundary.
 */
export function LanguageRoute() {
  const { lng = '' } = useParams();
  const { pathname, key } = useLocation();
  const needsRedirect = !isLanguage(lng) || pathname !== pathname.toLowerCase();
  // Before the early return: React warns when a render retried after use() suspended no longer calls it.
  use(needsRedirect ? NOTHING_TO_LOAD : languageText(lng));
  if (needsRedirect) return <RedirectToReader pathname={pathname} />;
  return (
    <RouteErrorBoundary resetKey={key}>
      <Layout />
    </RouteErrorBoundary>
  );
}
