import { Fragment, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n.ts';
import { LANGUAGES, type Language } from '../i18n/languages.ts';

/** The UI text of one language, for a page that speaks every language at once. */
export interface LanguageText {
  readonly lng: Language;
  readonly t: ReturnType<typeof i18n.getFixedT<'common'>>;
}

/** Every language's UI text (each must be loaded: see renderEveryLanguagePage in entry-server). */
export const everyLanguage = (): LanguageText[] => LANGUAGES.map((lng) => ({ lng, t: i18n.getFixedT(lng, 'common') }));

/** One text in every language, each part marked with its `lang`, side by side. */
export function InEveryLanguage({ text }: { text: (language: LanguageText) => string }) {
  return everyLanguage().map((language, index) => (
    <Fragment key={language.lng}>
      {/* Spaces outside the hidden dot: the heading's name reads "Pagina niet gevonden Page not found". */}
      {index > 0 && (
        <>
          {' '}
          <span aria-hidden="true">·</span>{' '}
        </>
      )}
      <span lang={language.lng}>{text(language)}</span>
    </Fragment>
  ));
}

/**
 * A page written once for every language (the root `/` and `404.html`): a
 * reader without JavaScript gets it before anything can know their language,
 * so it speaks all of them, each part with its `lang`. One h1, in every
 * language; the title is each language's own, joined.
 */
export function EveryLanguagePage({
  heading,
  children,
}: {
  heading: (language: LanguageText) => string;
  children: ReactNode;
}) {
  const title = everyLanguage()
    .map((language) => `${heading(language)} – ${language.t('site.name')}`)
    .join(' · ');
  return (
    <>
      <title>{title}</title>
      <header className="site-header">
        <div className="site-header__inner">
          {/* Not a link, as in the app's header: this page has no language to go home to. */}
          <div className="site-header__name">
            <InEveryLanguage text={({ t }) => t('site.name')} />
          </div>
        </div>
      </header>
      <main className="page" id="main">
        <h1 className="heading-l">
          <InEveryLanguage text={heading} />
        </h1>
        {children}
      </main>
    </>
  );
}
