import { Link } from 'react-router';
import { BASE_PATH } from './base-path.ts';
import { DocumentTitle } from './DocumentTitle.tsx';
import { EveryLanguagePage, everyLanguage } from './EveryLanguage.tsx';
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

/**
 * `404.html`, which a static host serves for any unknown URL, before anything
 * can know the reader's language: the message in every language, each part
 * with its `lang`, each with a plain link to its language's list. With
 * JavaScript the app replaces it at once with NotFound for the real URL.
 */
export function NotFoundInEveryLanguage() {
  return (
    <EveryLanguagePage heading={({ t }) => t('notFound.title')}>
      {everyLanguage().map(({ lng, t }) => (
        <div className="not-found" key={lng} lang={lng}>
          <p>{t('notFound.body')}</p>
          <ul className="link-list">
            <li>
              <a href={`${BASE_PATH}/${lng}/`} hrefLang={lng}>
                {t('notFound.toHome')}
              </a>
            </li>
          </ul>
        </div>
      ))}
    </EveryLanguagePage>
  );
}
