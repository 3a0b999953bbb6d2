/**
 * Renders one public page to HTML at build time (scripts/prerender.ts), with
 * the same routes, loaders and components as the browser. The page is
 * rendered without its query string: answers are applied after hydration.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { routes } from './app/routes.tsx';

export interface RenderedPage {
  /** The app's markup, for inside `<div id="root">`. */
  readonly html: string;
  /** The document title React rendered (moved into `<head>` by the caller). */
  readonly title: string | undefined;
}

export async function renderPage(path: string): Promise<RenderedPage> {
  const basename = import.meta.env.BASE_URL;
  const handler = createStaticHandler(routes, { basename });
  const url = new URL(`${basename.replace(/\/$/, '')}${path}`, 'http://prerender.invalid');
  const context = await handler.query(new Request(url));
  if (context instanceof Response) throw new Error(`${path} redirects (${context.status}); it cannot be pre-rendered`);
  const router = createStaticRouter(handler.dataRoutes, context);
  // hydrate={false}: no inline script with the router's state (the page must
  // run under a CSP without 'unsafe-inline'); the client rebuilds it.
  let html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  const titleMatch = html.match(/<title>([^<]*)<\/title>/);
  if (titleMatch) html = html.replace(titleMatch[0], '');
  return { html, title: titleMatch?.[1] };
}
