/**
 * The size budget, enforced by `npm test` (sizes are deterministic, unlike
 * timings): the JavaScript a step page loads before it is usable — its
 * module script, the app and the config parser it imports at start, and its
 * language's text — must stay within 130 KB
 * gzip, on every question page in both languages.
 *
 *   tsx scripts/check-size.ts [dist]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ssprAdmin } from '../flows/sspr-admin/flow.ts';
import { LANGUAGES } from '../src/i18n/languages.ts';
import { questionIds } from '../src/engine/graph.ts';

export const BUDGET_BYTES = 130 * 1000;

/** Modules the page imports as soon as it starts: the app itself (after first paint) and the config parser. */
const STARTUP_IMPORTS = ['src/start.tsx', 'src/config/runtime-config.ts'];

type Manifest = Record<string, { file: string; imports?: string[] }>;

const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** A manifest entry's file and those of everything it imports statically. */
function withImports(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  const entry = manifest[key];
  if (!entry || seen.has(key)) return [];
  seen.add(key);
  return [entry.file, ...(entry.imports ?? []).flatMap((imported) => withImports(manifest, imported, seen))];
}

/** The chunks with a language's text that every step page loads: the UI text and the flows' step text. */
export function localeChunks(manifest: Manifest, lang: string): string[] {
  return Object.entries(manifest)
    .filter(
      ([source]) =>
        source === `locales/${lang}/common.json` ||
        (source.includes(`/locales/${lang}/`) && source.endsWith('.json?part=steps')),
    )
    .map(([, chunk]) => chunk.file);
}

/** The JavaScript files one pre-rendered page loads at start, as paths below dist/. */
export function initialScripts(html: string, manifest: Manifest, base: string, lang: string): string[] {
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) =>
    (match[1] ?? '').slice(base.length),
  );
  const startup = STARTUP_IMPORTS.flatMap((source) => withImports(manifest, source));
  return [...new Set([...scripts, ...startup, ...localeChunks(manifest, lang)])];
}

export function measure(dist: string) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const base = /src="([^"]*)assets\//.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1] ?? '/';
  const questions = questionIds(ssprAdmin);
  return LANGUAGES.flatMap((lng) =>
    questions.map((step) => {
      const page = `${lng}/${ssprAdmin.id}/${step}`;
      const files = initialScripts(readFileSync(join(dist, `${page}.html`), 'utf8'), manifest, base, lng);
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
  console.log(
    `Initial JS of a step page (gzip): largest ${kb(largest.bytes)} (${largest.page}), budget ${kb(BUDGET_BYTES)}`,
  );
  for (const file of largest.files) console.log(`  ${file}: ${kb(gzipSize(join(dist, file)))}`);
  const over = pages.filter((page) => page.bytes > BUDGET_BYTES);
  if (over.length > 0) {
    console.error(`Over budget: ${over.map((page) => `${page.page} ${kb(page.bytes)}`).join(', ')}`);
    process.exit(1);
  }
}
