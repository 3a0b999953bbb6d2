/**
 * The inline markup of a flow's running text: a command, parameter or value
 * quoted in a sentence is written between backticks, as in Markdown
 * ("use `Get-MgUser` to …"), and shown as code. An unpaired backtick is
 * plain text. Pure, so the page, the content rules and any plain-text copy
 * read the markup the same way.
 */

export interface InlinePart {
  readonly text: string;
  /** True for a part that was between backticks. */
  readonly code: boolean;
}

const CODE_SPAN = /`([^`\n]+)`/g;

/** The text in order as plain and code parts, without the backticks; empty parts left out. */
export function inlineParts(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let last = 0;
  for (const match of text.matchAll(CODE_SPAN)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), code: false });
    parts.push({ text: match[1] ?? '', code: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), code: false });
  return parts;
}

/** The text without its markup, for plain text (a support ticket). */
export const plainText = (text: string): string =>
  inlineParts(text)
    .map((part) => part.text)
    .join('');

/** The code parts of a text, in order. */
export const codeParts = (text: string): string[] =>
  inlineParts(text)
    .filter((part) => part.code)
    .map((part) => part.text);
