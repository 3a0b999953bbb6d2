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
import { type PublicPage, publicPages } from './public-pages.ts';

type Manifest = Record<string, { file: string }>;

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The chunks holding a page's text in its language, preloaded so hydration
 * need not wait for a second round trip: the UI text and the flows' step
 * text, plus the findings on the pages that show them.
 */
export function localeChunks(manifest: Manifest, lang: string, withFindings: boolean): string[] {
  const parts = withFindings ? ['steps', 'findings'] : ['steps'];
  const wanted = (source: string) =>
    source === `locales/${lang}/common.json` ||
    parts.some((part) => source.includes(`/locales/${lang}/`) && source.endsWith(`.json?part=${part}`));
  return Object.entries(manifest)
    .filter(([source]) => wanted(source))
    .map(([, chunk]) => chunk.file);
}

export interface PageParts {
  readonly lang: string;
  readonly title: string;
  /** The path the markup was rendered for; the client hydrates only at that path. */
  readonly path?: string;
  readonly body: string;
  readonly preload: readonly string[];
}

/** Fills the built index.html with one page. */
export function pageHtml(template: string, base: string, page: PageParts): string {
  const preload = page.preload.map((file) => `<link rel="modulepreload" href="${base}${file}" />`).join('\n    ');
  const root = page.path
    ? `<div id="root" data-path="${escapeHtml(page.path)}">${page.body}</div>`
    : `<div id="root">${page.body}</div>`;
  return template
    .replace(/<html lang="[^"]*"/, `<html lang="${page.lang}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace('</head>', preload ? `  ${preload}\n  </head>` : '</head>')
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
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const vite = await createServer({ root, server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
  const base = vite.config.base;
  try {
    const { renderPage } = (await vite.ssrLoadModule('/src/entry-server.tsx')) as {
      renderPage: (path: string) => Promise<RenderedPage>;
    };
    const pages: PublicPage[] = publicPages();
    for (const page of pages) {
      const path = `/${page.path}${page.path.split('/').length < 3 ? '/' : ''}`;
      const { html, title } = await renderPage(path);
      if (!title) throw new Error(`${path} rendered no <title>`);
      const preload = localeChunks(manifest, page.lang, page.showsFindings);
      write(dist, page.path, pageHtml(template, base, { lang: page.lang, title, path, body: html, preload }));
    }
    // Any other URL: a Dutch not-found page for readers without JavaScript;
    // the app re-renders it for the real URL (and language) when it starts.
    const notFound = await renderPage('/nl/pagina-niet-gevonden');
    writeFileSync(
      join(dist, '404.html'),
      pageHtml(template, base, {
        lang: 'nl',
        title: notFound.title ?? 'Pagina niet gevonden',
        body: notFound.html,
        preload: [],
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
