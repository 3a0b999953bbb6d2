import { Link, useLocation } from 'react-router';
import { answersFromSearch, reservedFromSearch, searchFromAnswers } from '../engine/url-state.ts';
import { LANGUAGES, languageName } from '../i18n/languages.ts';
import { switchLanguagePath } from './hrefs.ts';
import { useQuery } from './use-hydrated.ts';
import { useText } from './use-text.ts';

/**
 * Links to the same page (step and answers) in each other language, named in
 * that language. The answers and reserved parameters go along, in their one
 * form; tracking parameters (`utm_*`, `fbclid`, …) stay behind.
 */
export function LanguageSwitch() {
  const { t, lng } = useText();
  const { pathname } = useLocation();
  const query = useQuery();
  const search = searchFromAnswers(answersFromSearch(query), reservedFromSearch(query));
  return (
    <nav className="language-switch" aria-label={t('site.languageSwitch')}>
      <ul className="language-switch__list">
        {LANGUAGES.filter((other) => other !== lng).map((other) => (
          <li key={other}>
            <Link
              className="language-switch__link"
              to={`${switchLanguagePath(pathname, other)}${search}`}
              hrefLang={other}
              lang={other}
            >
              {languageName(other)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
