/**
 * The size budget, enforced by `npm test` (sizes are deterministic, unlike
 * timings): the JavaScript a step page loads before it is usable — its
 * module script, the chunks it preloads (its language's text) and the ones
 * the app imports at start (the config parser) — must stay within 130 KB
 * gzip, on every question page in both languages.
 *
 *   tsx scripts/check-size.ts [dist]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ssprAdmin } from '../flows/sspr-admin/flow.ts';
import { LANGUAGES } from '../src/app/languages.ts';
import { nodeEntries } from '../src/engine/graph.ts';

export const BUDGET_BYTES = 130 * 1000;

/** Modules the app imports as soon as it starts (not only on some pages). */
const STARTUP_IMPORTS = ['src/config/runtime-config.ts'];

type Manifest = Record<string, { file: string }>;

const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** The JavaScript files one pre-rendered page loads at start, as paths below dist/. */
export function initialScripts(html: string, manifest: Manifest, base: string): string[] {
  const urls = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? ''),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((match) => match[1] ?? ''),
  ].map((url) => url.slice(base.length));
  const startup = STARTUP_IMPORTS.map((source) => manifest[source]?.file).filter((file): file is string => !!file);
  return [...new Set([...urls, ...startup])];
}

export function measure(dist: string) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const base = /src="([^"]*)assets\//.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1] ?? '/';
  const questions = nodeEntries(ssprAdmin)
    .filter(([, node]) => node.kind === 'question')
    .map(([id]) => id);
  return LANGUAGES.flatMap((lng) =>
    questions.map((step) => {
      const page = `${lng}/${ssprAdmin.id}/${step}`;
      const files = initialScripts(readFileSync(join(dist, `${page}.html`), 'utf8'), manifest, base);
      const bytes = files.reduce((sum, file) => sum + gzipSize(join(dist, file)), 0);
      return { page, files, bytes };
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
  const pages = measure(dist);
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  console.log(`Initial JS of a step page (gzip): largest ${kb(largest.bytes)} (${largest.page}), budget ${kb(BUDGET_BYTES)}`);
  for (const file of largest.files) console.log(`  ${file}: ${kb(gzipSize(join(dist, file)))}`);
  const over = pages.filter((page) => page.bytes > BUDGET_BYTES);
  if (over.length > 0) {
    console.error(`Over budget: ${over.map((page) => `${page.page} ${kb(page.bytes)}`).join(', ')}`);
    process.exit(1);
  }
}
