/**
 * After `vite build`: renders every public page to real static HTML with the
 * app's own routes and components (src/entry-server.tsx), so the heading,
 * question, options and Continue button are in the HTML before any script
 * runs. The browser then hydrates it (src/main.tsx).
 *
 * Each page is written twice, as `page/index.html` and `page.html`: hosts that
 * map `/page` to `page.html` (Netlify, GitHub Pages, Cloudflare, nginx with
 * try_files) answer without a redirect, the rest redirect to `page/`.
 * Also writes 404.html (a not-found page the app re-renders for the real URL).
 *
 * The HTML has no inline script and no style attribute: it runs under
 * `script-src 'self'; style-src 'self'` (see the README).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import type { RenderedPage } from '../src/entry-server.tsx';
import { DEFAULT_LANGUAGE } from '../src/i18n/languages.ts';
import { type PublicPage, publicPages } from './public-pages.ts';

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface PageParts {
  readonly lang: string;
  readonly title: string;
  /** The path the markup was rendered for; the client hydrates only at that path. */
  readonly path?: string;
  readonly body: string;
  /** `<meta name="robots" content="noindex">`: a page for staff, not for search engines. */
  readonly noindex?: boolean;
  /** Leave out every `<script>` and modulepreload: the page is complete, and stays, as plain HTML. */
  readonly scriptFree?: boolean;
}

/** Fills the built index.html with one page. */
export function pageHtml(template: string, page: PageParts): string {
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
  const template = readFileSync(join(dist, 'index.html'), 'utf8');
  const vite = await createServer({ root, server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
  try {
    const { renderPage } = (await vite.ssrLoadModule('/src/entry-server.tsx')) as {
      renderPage: (path: string) => Promise<RenderedPage>;
    };
    const pages: PublicPage[] = await publicPages(root);
    for (const page of pages) {
      const path = `/${page.path}${page.path.split('/').length < 3 ? '/' : ''}`;
      const { html, title } = await renderPage(path);
      if (!title) throw new Error(`${path} rendered no <title>`);
      const { noindex, scriptFree } = page;
      if (scriptFree && /<script\b|modulepreload/.test(html))
        throw new Error(`${path} is script-free but rendered a script`);
      write(dist, page.path, pageHtml(template, { lang: page.lang, title, path, body: html, noindex, scriptFree }));
    }
    // Any other URL: a not-found page in the default language for readers without JavaScript;
    // the app re-renders it for the real URL (and language) when it starts.
    const notFound = await renderPage(`/${DEFAULT_LANGUAGE}/page-not-found`);
    if (!notFound.title) throw new Error('the not-found page rendered no <title>');
    writeFileSync(
      join(dist, '404.html'),
      pageHtml(template, {
        lang: DEFAULT_LANGUAGE,
        title: notFound.title,
        body: notFound.html,
      }),
    );
    return pages.length;
  } finally {
    await vite.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = process.env.OUT_DIR ?? 'dist';
  const count = await prerender(root, resolve(root, outDir));
  console.log(`Pre-rendered ${count} pages (each as page.html and page/index.html) and 404.html into ${outDir}/`);
}
