/**
 * After `vite build`: gives every public URL its own HTML entry in dist/, so
 * a plain static host serves each deep link without rewrite rules, and
 * writes 404.html for everything else. Each entry carries its language and
 * title, so even before the app starts the tab names the right page.
 *
 * Each page gets both `page/index.html` and `page.html`: hosts that map `/page`
 * to `step.html` (Netlify, GitHub Pages, Cloudflare, nginx with try_files)
 * answer without a redirect, and the rest redirect to `page/`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PublicPage, publicPages } from './public-pages.ts';

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function pageHtml(template: string, page: Pick<PublicPage, 'lang' | 'title'>): string {
  return template
    .replace(/<html lang="[^"]*"/, `<html lang="${page.lang}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`);
}

export function emitStaticPages(root: string, dist = join(root, 'dist')): number {
  const template = readFileSync(join(dist, 'index.html'), 'utf8');
  const pages = publicPages(root);
  for (const page of pages) {
    const html = pageHtml(template, page);
    const directory = join(dist, page.path);
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, 'index.html'), html);
    writeFileSync(`${directory}.html`, html);
  }
  writeFileSync(
    join(dist, '404.html'),
    pageHtml(template, { lang: 'nl', title: 'Pagina niet gevonden · Page not found' }),
  );
  return pages.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = process.env.OUT_DIR ?? 'dist';
  const count = emitStaticPages(root, resolve(root, outDir));
  console.log(`Wrote ${count} pages (each as page.html and page/index.html) and 404.html to ${outDir}/`);
}
