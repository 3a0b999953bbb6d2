/**
 * The build output is deployed as it is (copied to a web server folder), so it
 * holds nothing but the site: no build tool folders (`.vite/`), no Vite
 * manifest, no source maps, and no path of the machine that built it. Build
 * metadata goes next to it (scripts/build-meta.ts). And every pre-rendered
 * page's markup holds together: unique ids, references that find them, links
 * and assets below the base path, one h1, the page's language, a title and
 * a description (what the browser sweeps check with scripts off, for every
 * page at once). Files only, no browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEFAULT_LANGUAGE } from '../src/i18n/languages.ts';
import { LANGUAGES, ROOT, SITE_BASE } from './support.ts';

/** The built output under test (OUT_DIR, as in playwright.config.ts). */
const DIST = resolve(ROOT, process.env.OUT_DIR ?? 'dist');

/** Every file and folder below `dir`, as paths relative to DIST with `/`. */
function entries(dir: string): { path: string; folder: boolean }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    const path = relative(DIST, full).split(sep).join('/');
    return entry.isDirectory() ? [{ path, folder: true }, ...entries(full)] : [{ path, folder: false }];
  });
}

test('the build output has no build tool folders, manifests or source maps', () => {
  const all = entries(DIST);
  expect(all.length).toBeGreaterThan(0);
  // Hidden folders are tools' (.vite/, .cache/): never part of a site.
  expect(all.filter(({ path, folder }) => folder && path.split('/').some((part) => part.startsWith('.')))).toEqual([]);
  const files = all.filter(({ folder }) => !folder).map(({ path }) => path);
  expect(files.filter((path) => /(?:^|\/)(?:ssr-)?manifest\.json$/.test(path))).toEqual([]);
  expect(files.filter((path) => path.endsWith('.map'))).toEqual([]);
});

test("no file names a source map or the build machine's folders", () => {
  const project = ROOT.replace(/[\\/]+$/, '');
  const leaks: string[] = [];
  for (const { path, folder } of entries(DIST)) {
    if (folder) continue;
    const text = readFileSync(join(DIST, path), 'latin1');
    if (text.includes(project)) leaks.push(`${path}: ${project}`);
    if (text.includes(DIST)) leaks.push(`${path}: ${DIST}`);
    if (/[#@] sourceMappingURL=/.test(text)) leaks.push(`${path}: sourceMappingURL`);
  }
  expect(leaks).toEqual([]);
});

/** Every pre-rendered page: its path below DIST and its HTML. */
const pages = () =>
  entries(DIST)
    .filter(({ path, folder }) => !folder && path.endsWith('.html'))
    .map(({ path }) => ({ path, html: readFileSync(join(DIST, path), 'utf8') }));

test('every pre-rendered page has unique ids, and every reference to an id finds one', () => {
  const problems: string[] = [];
  for (const { path, html } of pages()) {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] as string);
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${path}: id "${id}" twice`);
      seen.add(id);
    }
    // aria-describedby, aria-labelledby, aria-controls (lists of ids), label for, and in-page links.
    const references = [
      ...[...html.matchAll(/\saria-(?:describedby|labelledby|controls)="([^"]*)"/g)].flatMap((match) =>
        (match[1] as string).split(/\s+/).filter(Boolean),
      ),
      ...[...html.matchAll(/\sfor="([^"]+)"/g)].map((match) => match[1] as string),
      ...[...html.matchAll(/\shref="#([^"]+)"/g)].map((match) => match[1] as string),
    ];
    for (const reference of references) if (!seen.has(reference)) problems.push(`${path}: no id "${reference}"`);
  }
  expect(problems).toEqual([]);
});

test('every link and asset of a pre-rendered page stays below the base path', { tag: '@paths' }, () => {
  const problems: string[] = [];
  for (const { path, html } of pages())
    for (const match of html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)) {
      const target = match[1] as string;
      if (!target.startsWith(SITE_BASE) || target.startsWith('//')) problems.push(`${path}: ${target}`);
    }
  expect(problems).toEqual([]);
});

test('every pre-rendered page has one h1, its language, a title and a description', () => {
  const languages = new Set<string>(LANGUAGES);
  const problems: string[] = [];
  for (const { path, html } of pages()) {
    // 404.html and the root speak every language: their <html lang> is the default one.
    const own = path.split('/')[0]?.replace(/\.html$/, '') ?? '';
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
    if (languages.has(own) ? lang !== own : lang !== DEFAULT_LANGUAGE) problems.push(`${path}: lang="${lang}"`);
    const h1s = html.match(/<h1[\s>]/g)?.length ?? 0;
    if (h1s !== 1) problems.push(`${path}: ${h1s} h1`);
    if (!/<title>[^<\s][^<]*<\/title>/.test(html)) problems.push(`${path}: no title`);
    if (!/<meta name="description" content="[^"\s][^"]*"/.test(html)) problems.push(`${path}: no description`);
  }
  expect(problems).toEqual([]);
});
