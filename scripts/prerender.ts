/**
 * After `vite build`: renders every public page to real static HTML with the
 * app's own routes and components (src/entry-server.tsx), so the heading,
 * question, options and Continue button are in the HTML before any script
 * runs. The browser then hydrates it (src/main.tsx).
 *
 * Each page is written twice, as `page/index.html` and `page.html`: hosts that
 * map `/page` to `page.html` (Netlify, GitHub Pages, Cloudflare, nginx with
 * try_files) answer without a redirect, the rest redirect to `page/`.
 * Also writes the root `index.html` (a link to each language; with JavaScript
 * the app sends the reader on to theirs) and 404.html (the not-found message
 * in every language; the app re-renders it for the real URL): neither can
 * know the reader's language without a script.
 *
 * Every page gets `<meta name="description">` in its own language.
 *
 * The HTML has no inline script and no style attribute: it runs under
 * `script-src 'self'; style-src 'self' 'sha256-…'` (see the README), the hash
 * being that of the one inline `<style>` (inlineStylesheet below).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { DEFAULT_LANGUAGE } from '../src/i18n/languages.ts';
import { HASHED_ASSETS_DIR } from './deploy/headers.mjs';
import { inlineStyleText } from './inline-style.mjs';
import { type PublicPage, publicPages } from './public-pages.ts';

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface PageParts {
  readonly lang: string;
  readonly title: string;
  /** `<meta name="description">`: in the page's language. */
  readonly description: string;
  /** The path the markup was rendered for; the client hydrates only at that path. */
  readonly path?: string;
  readonly body: string;
  /** `<meta name="robots" content="noindex">`: a page for staff, not for search engines. */
  readonly noindex?: boolean;
  /** Leave out every `<script>` and modulepreload: the page is complete, and stays, as plain HTML. */
  readonly scriptFree?: boolean;
}

const DESCRIPTION = /<meta name="description" content="[^"]*" \/>/;
/** The stylesheet link Vite writes into index.html (the app's one stylesheet, scripts/inline-style-plugin.ts). */
const STYLESHEET = /<link rel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/;

/** The href of the template's stylesheet (a path under the base, e.g. `/assets/index-abc.css`). */
export function stylesheetHref(template: string): string {
  const links = template.match(new RegExp(STYLESHEET.source, 'g')) ?? [];
  const href = STYLESHEET.exec(template)?.[1];
  if (links.length !== 1 || !href) throw new Error(`index.html has ${links.length} stylesheet links, not 1`);
  return href;
}

/**
 * The template with its stylesheet inline: one `<style>` in the head, allowed
 * by its hash in the CSP (scripts/inline-style.mjs), so the page paints after
 * the HTML's one round trip. The same rules stay reachable as the stylesheet:
 * - without JavaScript, through `<noscript>` (a host whose CSP lacks the hash
 *   refuses the `<style>`, and the link still styles the page);
 * - with JavaScript, the app adds the link itself when the `<style>` was
 *   refused (src/app/style-fallback.ts reads its `data-href`).
 * With JavaScript and the hash, nothing but the HTML is fetched to paint.
 */
export function inlineStylesheet(template: string, css: string): string {
  const href = escapeHtml(stylesheetHref(template));
  return template.replace(
    STYLESHEET,
    () =>
      `<style data-href="${href}">${css}</style>\n    <noscript><link rel="stylesheet" href="${href}" /></noscript>`,
  );
}

/** Fills the built index.html with one page. */
export function pageHtml(template: string, page: PageParts): string {
  if (!DESCRIPTION.test(template)) throw new Error('index.html has no <meta name="description" content="…" />');
  const root = page.path
    ? `<div id="root" data-path="${escapeHtml(page.path)}">${page.body}</div>`
    : `<div id="root">${page.body}</div>`;
  // The app's script goes last, at low priority: the page is already complete
  // without it (it only makes it interactive), so it must not compete with
  // the HTML and CSS for a slow phone's connection.
  const script = /\s*(<script type="module"[^>]*><\/script>)/.exec(template);
  const moved = page.scriptFree
    ? template
        .replace(/\s*<script\b[^>]*>[\s\S]*?<\/script>/g, '')
        .replace(/\s*<link\b[^>]*\brel="modulepreload"[^>]*>/g, '')
    : script?.[1]
      ? template
          .replace(script[0], '')
          .replace('</body>', `  ${script[1].replace('<script ', '<script fetchpriority="low" ')}\n  </body>`)
      : template;
  return moved
    .replace(/<html lang="[^"]*"/, `<html lang="${page.lang}"`)
    .replace(DESCRIPTION, () => `<meta name="description" content="${escapeHtml(page.description)}" />`)
    .replace(/<title>[^<]*<\/title>/, () =>
      [
        `<title>${escapeHtml(page.title)}</title>`,
        ...(page.noindex ? ['<meta name="robots" content="noindex" />'] : []),
      ].join('\n    '),
    )
    .replace('<div id="root"></div>', root);
}

function write(dist: string, path: string, html: string) {
  const directory = join(dist, path);
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, 'index.html'), html);
  if (path !== '') writeFileSync(`${directory}.html`, html);
}

export async function prerender(root: string, dist: string): Promise<number> {
  const linked = readFileSync(join(dist, 'index.html'), 'utf8');
  // The stylesheet the build wrote must be exactly the text the CSP's hash is of.
  const href = stylesheetHref(linked);
  const css = readFileSync(join(dist, href.slice(href.indexOf(`/${HASHED_ASSETS_DIR}/`) + 1)), 'utf8');
  if (css !== inlineStyleText(root))
    throw new Error(`${href} is not the inline styles' text (scripts/inline-style.mjs): is the build stale?`);
  const inlined = inlineStylesheet(linked, css);
  const vite = await createServer({
    root,
    // A build step: no file watcher (an edit elsewhere in the tree mid-render would reload
    // modules, i18n's text included, under the pages being rendered) and no HMR socket (its
    // fixed port clashes with any other dev server or build running on the machine).
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    const { renderPage, renderEveryLanguagePage } = (await vite.ssrLoadModule(
      '/src/entry-server.tsx',
    )) as typeof import('../src/entry-server.tsx');
    const pages: PublicPage[] = await publicPages(root);
    for (const page of pages) {
      const path = `/${page.path}${page.path.split('/').length < 3 ? '/' : ''}`;
      const { html, title, description } = await renderPage(path);
      if (!title) throw new Error(`${path} rendered no <title>`);
      if (!description) throw new Error(`${path} has no description`);
      const { noindex, scriptFree } = page;
      if (scriptFree && /<script\b|modulepreload/.test(html))
        throw new Error(`${path} is script-free but rendered a script`);
      // A script-free page keeps its stylesheet link: no script could restore refused inline styles.
      write(
        dist,
        page.path,
        pageHtml(scriptFree ? linked : inlined, {
          lang: page.lang,
          title,
          description,
          path,
          body: html,
          noindex,
          scriptFree,
        }),
      );
    }
    // The root and any other URL (404.html): in every language, for readers without JavaScript.
    // Without a data-path the app does not hydrate them: it renders the real URL afresh (start.tsx).
    // The document's language is the default one; each part carries its own `lang`.
    for (const [file, kind] of [
      ['index.html', 'root'],
      ['404.html', 'not-found'],
    ] as const) {
      const { html, title, description } = await renderEveryLanguagePage(kind);
      if (!title) throw new Error(`${file} rendered no <title>`);
      writeFileSync(join(dist, file), pageHtml(inlined, { lang: DEFAULT_LANGUAGE, title, description, body: html }));
    }
    return pages.length;
  } finally {
    await vite.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = process.env.OUT_DIR ?? 'dist';
  const count = await prerender(root, resolve(root, outDir));
  console.log(
    `Pre-rendered ${count} pages (each as page.html and page/index.html), index.html and 404.html into ${outDir}/`,
  );
}
