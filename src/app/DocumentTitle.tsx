import { useLayoutEffect, useRef } from 'react';
import { useText } from './use-text.ts';

/**
 * The `<title>` elements in the HTML as it arrived (one, from pre-rendering),
 * read before React renders anything. Hydration adopts it; a page rendered
 * afresh (404.html, the root's redirect, a failed download) gets a new
 * `<title>` from React, and the old one would stay beside it.
 */
const arrived: Set<Element> = new Set(typeof document === 'undefined' ? [] : document.querySelectorAll('head title'));

/**
 * Sets the document title: "Step – Troubleshooter – Site". React 19 hoists
 * `<title>` into `<head>`, on the server as well as in the browser. The first
 * one mounted removes an arrived `<title>` that React did not adopt, so the
 * document has one title (which screen readers and tabs read) on every page.
 */
export function DocumentTitle({ parts, error = false }: { parts: readonly (string | undefined)[]; error?: boolean }) {
  const { t } = useText();
  const own = useRef<HTMLTitleElement>(null);
  useLayoutEffect(() => {
    // Only on the first mount: afterwards every <title> is React's own.
    if (arrived.size === 0 || !own.current) return;
    for (const stale of arrived) if (stale !== own.current) stale.remove();
    arrived.clear();
  });
  const words = [...parts.filter((part): part is string => Boolean(part)), t('site.name')];
  const title = words.join(' – ');
  return <title ref={own}>{error ? `${t('question.errorPrefix')} ${title}` : title}</title>;
}
