/**
 * Renders one public page to HTML at build time (scripts/prerender.ts), with
 * the same routes and components as the browser. The page is rendered
 * without its query string: answers are applied after hydration.
 *
 * React 19's `prerender` (react-dom/static) waits for everything that
 * suspends, lazily loaded pages included (the support tools in src/support/),
 * so their full content is in the HTML. What waits for hydration
 * (useHydrated: the summary's body, the answers) is still left out.
 *
 * The root `/` and `404.html` are written in every language at once
 * (renderEveryLanguagePage): nothing can know the reader's language before a
 * script runs.
 */
import { type ReactNode, StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { LanguageChoice } from './app/LanguageChoice.tsx';
import { NotFoundInEveryLanguage } from './app/NotFound.tsx';
import { isFlowId } from './i18n/flow-registry.ts';
import { flowText } from './i18n/flow-text.ts';
import { i18n } from './i18n/i18n.ts';
import { isLanguage, LANGUAGES } from './i18n/languages.ts';
import { languageText, pageResources } from './i18n/text-resource.ts';
import { App } from './routes.tsx';

export interface RenderedPage {
  /** The app's markup, for inside `<div id="root">`. */
  readonly html: string;
  /** The document title React rendered (moved into `<head>` by the caller). */
  readonly title: string | undefined;
  /** The page's `<meta name="description">`, in the page's language(s). */
  readonly description: string;
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

/** React's static HTML of a tree, without its `<title>` (returned apart, for `<head>`). */
async function renderToHtml(tree: ReactNode): Promise<{ html: string; title: string | undefined }> {
  const errors: unknown[] = [];
  const { prelude } = await prerender(<StrictMode>{tree}</StrictMode>, {
    onError: (error) => void errors.push(error),
    // Every boundary inline, however large: React outlines big ones (a hidden copy
    // and a script that moves it), which a page without scripts cannot run.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  // A page that fails to render fails the build; it must not ship an empty boundary.
  if (errors.length > 0) throw errors[0];
  return takeTitle(await streamToString(prelude));
}

/** What React escapes in text (react-dom's escapeTextForBrowser), back to the characters. */
const REACT_ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
};

/**
 * The `<title>` taken out of React's markup, as plain text: the caller
 * escapes it once for `<head>`. Left escaped, `'` would reach readers
 * without JavaScript (and search results) as `&amp;#x27;`.
 */
export function takeTitle(markup: string): { html: string; title: string | undefined } {
  const titleMatch = markup.match(/<title>([^<]*)<\/title>/);
  if (!titleMatch) return { html: markup, title: undefined };
  const title = (titleMatch[1] ?? '').replace(
    /&(?:amp|lt|gt|quot|#x27);/g,
    (entity) => REACT_ENTITIES[entity] ?? entity,
  );
  return { html: markup.replace(titleMatch[0], ''), title };
}

/** A page's description: its troubleshooter's own (in the page's language), else the site's. */
function description(lng: string, flowId: string): string {
  const own = isFlowId(flowId) ? flowText(lng, flowId)?.meta.description : undefined;
  return own ?? i18n.getFixedT(lng, 'common')('site.description');
}

export async function renderPage(path: string): Promise<RenderedPage> {
  const [, lng = '', flowId = ''] = path.split('/');
  if (!isLanguage(lng)) throw new Error(`${path} is not below a language`);
  await pageResources(path);
  // The router sees the full URL path, sub-path (BASE_PATH) included.
  const basename = import.meta.env.BASE_URL;
  const rendered = await renderToHtml(
    <StaticRouter location={`${basename.replace(/\/$/, '')}${path}`} basename={basename}>
      <App />
    </StaticRouter>,
  );
  return { ...rendered, description: description(lng, flowId) };
}

/** The pages written in every language at once: the root `/` and `404.html`. */
const EVERY_LANGUAGE_PAGES = { root: LanguageChoice, 'not-found': NotFoundInEveryLanguage };

export async function renderEveryLanguagePage(page: keyof typeof EVERY_LANGUAGE_PAGES): Promise<RenderedPage> {
  await Promise.all(LANGUAGES.map((lng) => languageText(lng)));
  const Page = EVERY_LANGUAGE_PAGES[page];
  const rendered = await renderToHtml(<Page />);
  return { ...rendered, description: LANGUAGES.map((lng) => description(lng, '')).join(' · ') };
}
