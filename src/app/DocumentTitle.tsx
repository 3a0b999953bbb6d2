import { useText } from './use-text.ts';

/**
 * Sets the document title: "Step – Troubleshooter – Site". React 19 hoists
 * `<title>` into `<head>`, on the server as well as in the browser.
 */
export function DocumentTitle({ parts, error = false }: { parts: readonly (string | undefined)[]; error?: boolean }) {
  const { t } = useText();
  const words = [...parts.filter((part): part is string => Boolean(part)), t('site.name')];
  const title = words.join(' – ');
  return <title>{error ? `${t('question.errorPrefix')} ${title}` : title}</title>;
}
