/**
 * Renders one public page to HTML at build time (scripts/prerender.ts), with
 * the same routes and components as the browser. The page is rendered
 * without its query string: answers are applied after hydration.
 *
 * React 19's `prerender` (react-dom/static) waits for everything that
 * suspends, lazily loaded pages included (the support tools in src/support/),
 * so their full content is in the HTML. What waits for hydration
 * (useHydrated: the summary's body, the answers) is still left out.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { pageResources } from './i18n/text-resource.ts';
import { App } from './routes.tsx';

export interface RenderedPage {
  /** The app's markup, for inside `<div id="root">`. */
  readonly html: string;
  /** The document title React rendered (moved into `<head>` by the caller). */
  readonly title: string | undefined;
}

async function streamToString(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

export async function renderPage(path: string): Promise<RenderedPage> {
  await pageResources(path);
  // The router sees the full URL path, sub-path (BASE_PATH) included.
  const basename = import.meta.env.BASE_URL;
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouter location={`${basename.replace(/\/$/, '')}${path}`} basename={basename}>
        <App />
      </StaticRouter>
    </StrictMode>,
    // Every boundary inline, however large: React outlines big ones (a hidden copy
    // and a script that moves it), which a page without scripts cannot run.
    { onError: (error) => void errors.push(error), progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  // A page that fails to render fails the build; it must not ship an empty boundary.
  if (errors.length > 0) throw errors[0];
  let html = await streamToString(prelude);
  const titleMatch = html.match(/<title>([^<]*)<\/title>/);
  if (titleMatch) html = html.replace(titleMatch[0], '');
  return { html, title: titleMatch?.[1] };
}
