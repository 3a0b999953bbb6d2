import { useText } from '../app/use-text.ts';

/** A web address in running text; a full stop or comma right after it is not part of it. */
const URL_PATTERN = /https?:\/\/[^\s)]+[^\s).,;:!?'"]/g;

/**
 * Text with its web addresses as links (opening in a new tab, like every
 * link to another site), so "go to https://aka.ms/sspr" can be followed.
 */
export function LinkedText({ text }: { text: string }) {
  const { t } = useText();
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    parts.push(text.slice(last, start));
    parts.push(
      <a key={start} href={match[0]} target="_blank" rel="noopener noreferrer" className="external-link">
        {match[0]}
        <span className="visually-hidden"> {t('summary.newTab')}</span>
      </a>,
    );
    last = start + match[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
