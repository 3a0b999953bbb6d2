import { useText } from '../app/use-text.ts';
import type { LinkText } from '../engine/locale-shape.ts';

/**
 * "(opens in a new tab)", visible as part of a link's text, as GOV.UK does:
 * a reader who sees it (not only one who hears it) knows that Back will not
 * return from there. Hidden on paper, where it means nothing.
 */
export function NewTabNote() {
  const { t } = useText();
  return <span className="new-tab-note"> {t('summary.newTab')}</span>;
}

/**
 * A link to another site. It opens in a new tab, so the reader keeps the
 * steps they are carrying out on the other site in view; inside an
 * intranet's iframe the other site would otherwise open in the frame (where
 * most sites refuse to show) or replace the intranet page.
 */
export function ExternalLink({ link }: { link: LinkText }) {
  return (
    <a href={link.href} target="_blank" rel="noopener noreferrer" className="external-link">
      {link.label}
      <NewTabNote />
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
