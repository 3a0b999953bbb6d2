import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { MAP_STEP } from '../engine/ids.ts';
import { isFlowId } from '../i18n/flow-registry.ts';
import { runsEmbedded, showEmbedded } from './embed-mode.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NoScriptNotice } from './NoScriptNotice.tsx';
import { RouteErrorBoundary } from './RouteErrorBoundary.tsx';
import { useEmbedded, useReportHeight } from './use-embed.ts';
import { useFocusOnNavigation } from './use-focus-on-navigation.ts';
import { useText } from './use-text.ts';

/**
 * The page frame for every language route: skip link, header, main, footer.
 * Embedded (in an intranet's iframe) it drops the site's header and footer,
 * keeps the language switch, and reports its height to the host page.
 */
export function Layout() {
  const { t, lng } = useText();
  const frame = useRef<HTMLDivElement>(null);
  const main = useRef<HTMLElement>(null);
  const embedded = useEmbedded();
  const { key, pathname, search } = useLocation();
  const { flowId = '' } = useParams();
  const announcement = useFocusOnNavigation(main);
  useReportHeight(frame, embedded);

  useEffect(() => {
    document.documentElement.lang = lng;
  }, [lng]);

  // The entry script set the class before the app started; this keeps it
  // true after navigation. From the address itself, not `embedded`, which is
  // false while hydrating and would take the layout away for a moment.
  useEffect(() => {
    showEmbedded(runsEmbedded(search));
  }, [search]);

  return (
    <div className="frame" ref={frame}>
      {!embedded && (
        <a className="skip-link" href="#main">
          {t('site.skipLink')}
        </a>
      )}
      {embedded ? (
        <div className="embed-bar">
          <LanguageSwitch />
        </div>
      ) : (
        <header className="site-header">
          <div className="site-header__inner">
            <Link className="site-header__name" to={`/${lng}/`}>
              {t('site.name')}
            </Link>
            <LanguageSwitch />
          </div>
        </header>
      )}
      <main className="page" id="main" ref={main} tabIndex={-1}>
        {/* Without JavaScript: why the page cannot go on, and where to read on instead. */}
        <NoScriptNotice flowId={isFlowId(flowId) ? flowId : undefined} step={pathname.split('/')[3]} />
        {/* A failing page keeps the header, the language switch and the footer. */}
        <RouteErrorBoundary resetKey={key}>
          <Outlet />
        </RouteErrorBoundary>
      </main>
      {!embedded && (
        <footer className="site-footer">
          <p className="site-footer__text">{t('site.footer')}</p>
          {/* Every page of a flow links to its map, for support staff building links for customers. */}
          {isFlowId(flowId) && (
            <p className="site-footer__text site-footer__support">
              <Link to={`/${lng}/${flowId}/${MAP_STEP}`}>{t('supportTools.footerLink')}</Link>
            </p>
          )}
        </footer>
      )}
      {/* Silent when focus moved to the new page's h1 (which a screen reader reads): only a page without one is announced here. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
