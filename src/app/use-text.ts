import { useParams } from 'react-router';
import { i18n } from '../i18n/i18n.ts';
import { browserLanguage, isLanguage, type Language } from '../i18n/languages.ts';

/**
 * The UI text of the page's own language (from the URL), not i18next's global
 * language: during a language switch the old page keeps its words until the
 * new one is ready, so nothing flashes. The text is loaded before a page
 * renders (LanguageRoute waits for it), so there is nothing to wait for here.
 */
export function useText() {
  const { lng: param } = useParams();
  const lng: Language = isLanguage(param) ? param : browserLanguage();
  return { t: i18n.getFixedT(lng, 'common'), lng };
}
