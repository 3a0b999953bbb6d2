import { languageName } from '../i18n/languages.ts';
import { BASE_PATH } from './base-path.ts';
import { EveryLanguagePage, everyLanguage } from './EveryLanguage.tsx';

/**
 * The root `/` as HTML: a link to each language, named in that language.
 * With JavaScript the app sends the reader on to their browser's language at
 * once (RootRedirect); without it, this is the way in. Plain links (with the
 * sub-path): no router is needed for them to work.
 */
export function LanguageChoice() {
  return (
    <EveryLanguagePage heading={({ t }) => t('languageChoice.title')}>
      <ul className="link-list">
        {everyLanguage().map(({ lng }) => (
          <li key={lng} lang={lng}>
            <a href={`${BASE_PATH}/${lng}/`} hrefLang={lng}>
              {languageName(lng)}
            </a>
          </li>
        ))}
      </ul>
    </EveryLanguagePage>
  );
}
