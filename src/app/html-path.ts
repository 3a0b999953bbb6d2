/**
 * Static hosts serve every page under three names: `/en/flow/step`,
 * `/en/flow/step.html` and `/en/flow/step/index.html` (scripts/prerender.ts
 * writes both files). The router knows only the first, so a link that names
 * the file would hydrate a pre-rendered page as "not found" (React's
 * hydration error #418). Before the router starts, the address is rewritten
 * in place to the page's own name: a list or start page keeps its trailing
 * slash (`/en/`, `/en/flow/`), a step has none.
 *
 * `pathname` is below the base path (`/en/flow/step.html`); the result too.
 * Anything that does not end in `.html` is returned as it is.
 */
export function withoutHtmlName(pathname: string): string {
  const match = /^(.*?)(\/index)?\.html$/i.exec(pathname);
  if (!match) return pathname;
  // One leading slash: `//host/x` would be another host's address to the History API.
  const stem = `/${(match[1] ?? '').replace(/^\/+/, '')}`;
  const directory = `${stem.replace(/\/+$/, '')}/`;
  if (match[2] !== undefined) return directory;
  const segments = stem.split('/').filter((segment) => segment !== '').length;
  // `/nl.html` is the list (`/nl/`), `/nl/flow.html` a start page (`/nl/flow/`).
  return segments <= 2 ? directory : stem;
}

/**
 * The address a page is read at, before the router starts: the page's own
 * name (withoutHtmlName), and one leading slash. A support link glued from
 * `https://help.example.com/` and `/en/…` has two; the host serves the page
 * (nginx merges slashes), but the router would match no route and the app
 * would replace the pre-rendered page with nothing.
 *
 * `pathname` is the browser's, sub-path (`basePath`, '' at the root) included; the result too.
 */
export function ownAddress(pathname: string, basePath: string): string {
  const single = pathname.replace(/^\/+/, '/');
  const below = basePath && single.startsWith(basePath) ? single.slice(basePath.length) || '/' : single;
  return `${below === single ? '' : basePath}${withoutHtmlName(below)}`;
}
