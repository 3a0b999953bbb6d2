import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { browserLanguage, isLanguage, type Language } from './languages.ts';

/**
 * The UI text of the page's own language (from the URL), not i18next's global
 * language: during a language switch the old page keeps its words until the
 * new one is ready, so nothing flashes.
 */
export function useText() {
  const { lng: param } = useParams();
  const lng: Language = isLanguage(param) ? param : browserLanguage();
  const { t } = useTranslation('common', { lng });
  return { t, lng };
}
