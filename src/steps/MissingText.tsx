import { Link } from 'react-router';
import { DocumentTitle } from '../app/DocumentTitle.tsx';
import { useText } from '../app/use-text.ts';

/**
 * Shown if a page's text is missing in this language. The build checks make
 * that impossible for published flows; this keeps a gap from ever becoming a
 * blank page.
 */
export function MissingText() {
  const { t, lng } = useText();
  return (
    <>
      <DocumentTitle parts={[t('missingText.title')]} />
      <h1 className="heading-l">{t('missingText.title')}</h1>
      <p>{t('missingText.body')}</p>
      <p>
        <Link to={`/${lng}/`}>{t('notFound.toHome')}</Link>
      </p>
    </>
  );
}
