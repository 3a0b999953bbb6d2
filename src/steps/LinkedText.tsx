import { inlineParts } from '../engine/inline-code.ts';
import { NewTabNote } from './ExternalLink.tsx';

/** A web address in running text; a full stop or comma right after it is not part of it. */
const URL_PATTERN = /https?:\/\/[^\s)]+[^\s).,;:!?'"]/g;

/**
 * Text with its web addresses as links (opening in a new tab, like every
 * link to another site, and saying so visibly), so "go to
 * https://aka.ms/sspr" can be followed.
 */
function Linked({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    parts.push(text.slice(last, start));
    parts.push(
      <a key={start} href={match[0]} target="_blank" rel="noopener noreferrer" className="external-link">
        {match[0]}
        <NewTabNote />
      </a>,
    );
    last = start + match[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}

/**
 * Running text from a flow's locale file: a command or value between
 * backticks is code (never translated), web addresses elsewhere are links.
 */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {inlineParts(text).map((part, index) =>
        part.code ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, never reordered
          <code key={index} className="inline-code" translate="no">
            {part.text}
          </code>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, never reordered
          <Linked key={index} text={part.text} />
        ),
      )}
    </>
  );
}
