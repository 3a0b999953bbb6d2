import { useEffect, useRef } from 'react';
import { Link, Outlet, ScrollRestoration } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { useFocusOnNavigation } from './use-focus-on-navigation.ts';
import { useText } from './use-text.ts';

/** The page frame for every language route: skip link, header, main, footer. */
export function Layout() {
  const { t, lng } = useText();
  const main = useRef<HTMLElement>(null);
  const announcement = useFocusOnNavigation(main);

  useEffect(() => {
    document.documentElement.lang = lng;
  }, [lng]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('site.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="site-header__name" to={`/${lng}/`}>
            {t('site.name')}
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <main className="page" id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p className="site-footer__text">{t('site.footer')}</p>
      </footer>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <ScrollRestoration />
    </>
  );
}
