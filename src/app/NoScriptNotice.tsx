import { Link } from 'react-router';
import { ALL_STEP, LINK_STEP } from '../engine/ids.ts';
import { catalog } from '../i18n/flow-text.ts';
import { useText } from './use-text.ts';

/**
 * What a reader whose browser runs no JavaScript sees at the top of a page
 * that needs it (a question's Continue, the summary's findings), with the way
 * forward: the troubleshooter's whole advice on one page (`/{lng}/{flow}/all`,
 * plain HTML). On the list, that page of every troubleshooter.
 *
 * Not on the whole-article page itself (it needs no script: it is the way
 * forward) nor on the link reader (it has a notice of its own). In the
 * browser with script, React renders nothing inside `<noscript>`.
 */
export function NoScriptNotice({ flowId, step }: { flowId: string | undefined; step: string | undefined }) {
  const { t, lng } = useText();
  if (step === ALL_STEP || step === LINK_STEP) return null;
  const articleOf = (id: string) => `/${lng}/${id}/${ALL_STEP}`;
  return (
    <noscript>
      <div className="notice">
        {flowId ? (
          <p>
            {t('noscript.flow')} <Link to={articleOf(flowId)}>{t('supportTools.articleLink')}</Link>
          </p>
        ) : (
          <>
            <p>{t('noscript.list')}</p>
            <ul className="link-list">
              {catalog(lng).map(({ id, title }) => (
                <li key={id}>
                  <Link to={articleOf(id)}>{title}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </noscript>
  );
}
