import { useText } from '../app/use-text.ts';
import { useRuntimeConfig } from '../config/config-store.ts';
import { NewTabNote } from './ExternalLink.tsx';

/** The deployer's own support desk (config.json `support`), where the summary says who can help. */
export function SupportContact() {
  const { t } = useText();
  const { support } = useRuntimeConfig();
  if (!support) return null;
  return (
    <section className="support-contact" aria-labelledby="support-contact-heading">
      <h3 className="heading-m" id="support-contact-heading">
        {support.name ?? t('support.heading')}
      </h3>
      <p>{t('support.intro')}</p>
      <dl className="support-contact__list">
        {support.email && (
          <div>
            <dt>{t('support.email')}</dt>
            <dd>
              <a href={`mailto:${support.email}`}>{support.email}</a>
            </dd>
          </div>
        )}
        {support.phone && (
          <div>
            <dt>{t('support.phone')}</dt>
            <dd>
              <a href={`tel:${support.phone.replace(/[^+\d]/g, '')}`}>{support.phone}</a>
            </dd>
          </div>
        )}
        {support.url && (
          <div>
            <dt>{t('support.website')}</dt>
            <dd>
              <a href={support.url} target="_blank" rel="noopener noreferrer">
                {support.url}
                <NewTabNote />
              </a>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
