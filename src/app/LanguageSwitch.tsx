import { Link, useLocation } from 'react-router';
import { LANGUAGES, languageName } from '../i18n/languages.ts';
import { switchLanguagePath } from './hrefs.ts';
import { useQuery } from './use-hydrated.ts';
import { useText } from './use-text.ts';

/** Links to the same page (step and answers) in each other language, named in that language. */
export function LanguageSwitch() {
  const { t, lng } = useText();
  const { pathname } = useLocation();
  const query = useQuery();
  return (
    <nav className="language-switch" aria-label={t('site.languageSwitch')}>
      <ul className="language-switch__list">
        {LANGUAGES.filter((other) => other !== lng).map((other) => (
          <li key={other}>
            <Link
              className="language-switch__link"
              to={`${switchLanguagePath(pathname, other)}${query ? `?${query}` : ''}`}
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
