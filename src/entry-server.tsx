/**
 * Renders one public page to HTML at build time (scripts/prerender.ts), with
 * the same routes and components as the browser. The page is rendered
 * without its query string: answers are applied after hydration.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { pageResources } from './i18n/text-resource.ts';
import { App } from './routes.tsx';

export interface RenderedPage {
  /** The app's markup, for inside `<div id="root">`. */
  readonly html: string;
  /** The document title React rendered (moved into `<head>` by the caller). */
  readonly title: string | undefined;
}

export async function renderPage(path: string): Promise<RenderedPage> {
  await pageResources(path);
  // The router sees the full URL path, sub-path (BASE_PATH) included.
  const basename = import.meta.env.BASE_URL;
  let html = renderToString(
    <StrictMode>
      <StaticRouter location={`${basename.replace(/\/$/, '')}${path}`} basename={basename}>
        <App />
      </StaticRouter>
    </StrictMode>,
  );
  const titleMatch = html.match(/<title>([^<]*)<\/title>/);
  if (titleMatch) html = html.replace(titleMatch[0], '');
  return { html, title: titleMatch?.[1] };
}
