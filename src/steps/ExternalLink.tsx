import { useText } from '../app/use-text.ts';
import type { LinkText } from '../engine/locale-shape.ts';

/** A link to another site: opens in a new tab, and says so to every reader. */
export function ExternalLink({ link }: { link: LinkText }) {
  const { t } = useText();
  return (
    <a href={link.href} target="_blank" rel="noopener noreferrer" className="external-link">
      {link.label}
      <span className="external-link__icon" aria-hidden="true">
        {' '}
        {t('summary.newTabIcon')}
      </span>
      <span className="visually-hidden"> {t('summary.newTab')}</span>
    </a>
  );
}

export function LinkList({ links }: { links: readonly LinkText[] }) {
  return (
    <ul className="link-list">
      {links.map((link) => (
        <li key={link.href}>
          <ExternalLink link={link} />
        </li>
      ))}
    </ul>
  );
}
