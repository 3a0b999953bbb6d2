/**
 * The size budget, enforced by `npm test` (sizes are deterministic, unlike
 * timings): the JavaScript a page loads before it is usable must stay within
 * 130 KB gzip, on every pre-rendered page of every flow in every language.
 *
 * A page's initial JavaScript is what the browser fetches to make it work:
 * - its module script (from the pre-rendered HTML) and what the app imports
 *   at start (the app itself, the config parser), with their static imports;
 * - what `pageResources` (src/i18n/text-resource.ts) loads for that page:
 *   its language's UI text (common), and either the catalog (the list page,
 *   `/<lng>/`) or its flow's definition and step text (every page of a flow).
 * The summary's findings and body load after start; they are reported, not
 * budgeted.
 *
 * The support tools (src/support/support-pages.ts) have entries of their own
 * in the report and a budget of their own: the map and the link reader load their
 * page's chunk at start, the map with the findings' titles
 * (findingsPartAtStart); a script-free page (the article) loads nothing.
 * No other page may load a chunk of src/support/: the check fails if a
 * question, summary or any other wizard page does (`supportLeaks`).
 *
 * Pages come from scripts/public-pages.ts (what prerender writes); chunks
 * come from the build's Vite manifest, read in one place (`buildChunks`).
 *
 *   tsx scripts/check-size.ts [dist]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DONE_STEP, MORE_HELP_STEP } from '../src/engine/ids.ts';
import { findingsPartAtStart } from '../src/i18n/locale-parts.ts';
import { type SupportPage, supportPage, supportSource } from '../src/support/support-pages.ts';
import { manifestFile } from './build-meta.ts';
import { loadFlowsFromDisk, ROOT } from './flows-on-disk.ts';
import { type PublicPage, publicPages } from './public-pages.ts';

/** Every page a reader sees: the list, start, question, summary, done and more-help pages. */
export const BUDGET_BYTES = 130 * 1000;
/**
 * The support tools (map, link reader) are for staff at a desk, not for a
 * reader on a slow phone, and carry the most text: each step and finding of
 * a flow, in a language whose words may be a third longer than English (the
 * scale test's pseudo-language). A budget of their own, 10 KB over the
 * readers' (they measure about 129 KB in Dutch, 131.5 KB in the
 * pseudo-language).
 */
export const SUPPORT_BUDGET_BYTES = 140 * 1000;

/** The budget of a page of this kind. */
export const budgetOf = (kind: PageKind, budget = BUDGET_BYTES) =>
  kind.startsWith('support:') ? Math.max(budget, SUPPORT_BUDGET_BYTES) : budget;

/** Modules the page imports as soon as it starts: the app itself (after first paint) and the config parser. */
const STARTUP_IMPORTS = ['src/start.tsx', 'src/config/runtime-config.ts'];
/** Loaded by the summary after start, with the findings. */
const SUMMARY_BODY = 'src/steps/SummaryBody.tsx';

/** The files (paths below dist/) that make up each source's chunk, with their static imports. */
export interface BuildChunks {
  /** What the app imports at start. */
  readonly startup: readonly string[];
  /** The summary's body, loaded after start. */
  readonly summaryBody: readonly string[];
  /** By language: its UI text (`locales/<lng>/common.json`). */
  readonly common: ReadonlyMap<string, readonly string[]>;
  /** By language: the list page's catalog (`common.json?part=catalog`). */
  readonly catalog: ReadonlyMap<string, readonly string[]>;
  /** By flow id: the flow's definition (`flows/<id>/flow.ts`). */
  readonly flow: ReadonlyMap<string, readonly string[]>;
  /** By `<lng>/<flow id>`: the step text (`locales/<lng>/<id>.json?part=steps`). */
  readonly steps: ReadonlyMap<string, readonly string[]>;
  /** By `<lng>/<flow id>`: the findings (`…?part=findings`), loaded by the summary after start. */
  readonly findings: ReadonlyMap<string, readonly string[]>;
  /** By `<lng>/<flow id>`: the findings' titles (`…?part=titles`), for the map. */
  readonly titles: ReadonlyMap<string, readonly string[]>;
  /** By source (`src/support/MapPage.tsx`): a support page's chunk with its static imports. */
  readonly support: ReadonlyMap<string, readonly string[]>;
  /** The chunks of src/support/ modules themselves (without what they import): never on a wizard page. */
  readonly supportFiles: ReadonlySet<string>;
}

type Manifest = Record<string, { file: string; src?: string; imports?: string[] }>;

const LOCALE_SOURCE = /(?:^|\/)locales\/([^/]+)\/([^/?]+)\.json(?:\?part=([a-z]+))?$/;
const FLOW_SOURCE = /(?:^|\/)flows\/([^/]+)\/flow\.ts$/;
const SUPPORT_SOURCE = /^src\/support\//;

/**
 * The one function that knows Vite's manifest (`<dist>-meta/manifest.json`,
 * scripts/build-meta.ts): which chunk holds which source, found by the
 * source's path (no flow or language named here). Pass a parsed manifest, or
 * it is read from the metadata of the build in `dist`.
 */
export function buildChunks(dist: string, parsed?: Manifest): BuildChunks {
  const file = manifestFile(dist);
  if (!parsed && !existsSync(file))
    throw new Error(`No ${file}: build ${dist} with \`OUT_DIR=${dist} npm run build:app\` (Vite writes it there).`);
  const manifest = parsed ?? (JSON.parse(readFileSync(file, 'utf8')) as Manifest);
  const withImports = (key: string, seen = new Set<string>()): string[] => {
    const entry = manifest[key];
    if (!entry || seen.has(key)) return [];
    seen.add(key);
    return [entry.file, ...(entry.imports ?? []).flatMap((imported) => withImports(imported, seen))];
  };
  const common = new Map<string, string[]>();
  const catalog = new Map<string, string[]>();
  const flow = new Map<string, string[]>();
  const steps = new Map<string, string[]>();
  const findings = new Map<string, string[]>();
  const titles = new Map<string, string[]>();
  const support = new Map<string, string[]>();
  const supportFiles = new Set<string>();
  for (const key of Object.keys(manifest)) {
    // Virtual modules (the locale parts) have a `\0` prefix and a plugin's name in front of the path.
    const source = key.replace(/^\0/, '');
    const files = withImports(key);
    const flowMatch = FLOW_SOURCE.exec(source);
    if (flowMatch?.[1]) flow.set(flowMatch[1], files);
    const entry = manifest[key];
    if (SUPPORT_SOURCE.test(source) && entry) {
      support.set(source, files);
      supportFiles.add(entry.file);
    }
    const locale = LOCALE_SOURCE.exec(source);
    if (!locale?.[1] || !locale[2]) continue;
    const [, lng, ns, part] = locale;
    if (ns === 'common' && part === undefined) common.set(lng, files);
    else if (ns === 'common' && part === 'catalog') catalog.set(lng, files);
    else if (part === 'steps') steps.set(`${lng}/${ns}`, files);
    else if (part === 'findings') findings.set(`${lng}/${ns}`, files);
    else if (part === 'titles') titles.set(`${lng}/${ns}`, files);
  }
  return {
    startup: [...new Set(STARTUP_IMPORTS.flatMap((key) => withImports(key)))],
    summaryBody: withImports(SUMMARY_BODY),
    common,
    catalog,
    flow,
    steps,
    findings,
    titles,
    support,
    supportFiles,
  };
}

export type PageKind =
  | 'list'
  | 'start'
  | 'question'
  | 'summary'
  | 'done'
  | 'more-help'
  | 'alias'
  /** A support tool, by its step id (`map`, `link`, `all`). */
  | `support:${string}`;

/** The kind of a public page, from its path and its flow's nodes. */
export function pageKind(
  path: string,
  nodeKinds: (flowId: string, step: string) => 'question' | 'terminal' | undefined,
): PageKind {
  const [, flowId, step] = path.split('/');
  if (flowId === undefined) return 'list';
  if (step === undefined) return 'start';
  if (step === DONE_STEP) return 'done';
  if (step === MORE_HELP_STEP) return 'more-help';
  if (supportPage(step)) return `support:${step}`;
  const kind = nodeKinds(flowId, step);
  return kind === 'terminal' ? 'summary' : kind === 'question' ? 'question' : 'alias';
}

/** The module scripts of a pre-rendered page, as paths below dist/. */
export function moduleScripts(html: string, base: string): string[] {
  return [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => {
    const src = match[1] ?? '';
    return src.startsWith(base) ? src.slice(base.length) : src.replace(/^\//, '');
  });
}

/**
 * The JavaScript files one page loads before it is usable, as paths below
 * dist/: its module scripts, the startup imports and what `pageResources`
 * loads for its path (`<lng>`, `<lng>/<flow>` or `<lng>/<flow>/<step>`).
 */
export function initialScripts(
  path: string,
  scripts: readonly string[],
  chunks: BuildChunks,
  support?: SupportPage,
): string[] {
  // A script-free page (the article) is complete as HTML: it loads no script at all.
  if (support?.scriptFree) return [...scripts];
  const [lng = '', flowId] = path.split('/');
  const need = (map: ReadonlyMap<string, readonly string[]>, key: string, what: string) => {
    const files = map.get(key);
    if (!files) throw new Error(`${path}: the build has no chunk for ${what} (${key})`);
    return files;
  };
  const resources =
    flowId === undefined
      ? [...need(chunks.common, lng, 'the UI text'), ...need(chunks.catalog, lng, 'the catalog')]
      : [
          ...need(chunks.common, lng, 'the UI text'),
          ...need(chunks.flow, flowId, 'the flow definition'),
          ...need(chunks.steps, `${lng}/${flowId}`, 'the step text'),
        ];
  // A support page loads its own chunk and (like pageResources) the findings' text it shows before hydrating.
  const findingsPart = support && findingsPartAtStart(support.step);
  const page = support
    ? [
        ...need(chunks.support, supportSource(support), 'the page'),
        ...(findingsPart ? need(chunks[findingsPart], `${lng}/${flowId}`, `the findings (${findingsPart})`) : []),
      ]
    : [];
  return [...new Set([...scripts, ...chunks.startup, ...resources, ...page])];
}

/**
 * Wizard pages (every page but the support tools) whose initial scripts
 * include a chunk of src/support/: the support tools' code must stay out of
 * question and summary pages. Each with the offending files.
 */
export function supportLeaks(
  pages: readonly PageSize[],
  chunks: Pick<BuildChunks, 'supportFiles'>,
): { page: string; files: string[] }[] {
  return pages
    .filter((page) => !page.kind.startsWith('support:'))
    .map((page) => ({ page: page.page, files: page.files.filter((file) => chunks.supportFiles.has(file)) }))
    .filter((leak) => leak.files.length > 0);
}

export interface PageSize {
  readonly page: string;
  readonly lang: string;
  readonly kind: PageKind;
  readonly files: readonly string[];
  readonly bytes: number;
}

export interface SizeReport {
  readonly pages: readonly PageSize[];
  readonly largest: PageSize;
  /** The largest page of each kind. */
  readonly byKind: readonly PageSize[];
  /** The largest summary with what it loads after start (findings, its body): not budgeted. */
  readonly summaryAfterStart: { readonly page: string; readonly bytes: number } | undefined;
  /** Each measured file's gzip size. */
  readonly fileBytes: ReadonlyMap<string, number>;
  /** Wizard pages that load support-tool code at start (must be none). */
  readonly leaks: readonly { page: string; files: string[] }[];
}

/** Measures every public page of the build in `dist` of the project at `root`. */
export async function measure(dist: string, root: string = ROOT): Promise<SizeReport> {
  const chunks = buildChunks(dist);
  const flows = new Map((await loadFlowsFromDisk(root)).map((flow) => [flow.id, flow]));
  const nodeKinds = (flowId: string, step: string) =>
    (flows.get(flowId)?.nodes as Record<string, { kind: 'question' | 'terminal' }> | undefined)?.[step]?.kind;
  const gzipped = new Map<string, number>();
  const gzipSize = (file: string) => {
    let size = gzipped.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
      gzipped.set(file, size);
    }
    return size;
  };
  const sum = (files: readonly string[]) => files.reduce((total, file) => total + gzipSize(file), 0);
  const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8');
  const base = /src="([^"]*)assets\//.exec(indexHtml)?.[1] ?? '/';

  const pages = (await publicPages(root)).map((page: PublicPage): PageSize => {
    const htmlFile = join(dist, page.path, 'index.html');
    if (!existsSync(htmlFile)) throw new Error(`${page.path}: not pre-rendered (no ${htmlFile})`);
    const html = readFileSync(htmlFile, 'utf8');
    if (page.scriptFree && /<script\b|modulepreload/.test(html))
      throw new Error(`${page.path}: a script-free page has a script or modulepreload`);
    const files = initialScripts(page.path, moduleScripts(html, base), chunks, page.support);
    return { page: page.path, lang: page.lang, kind: pageKind(page.path, nodeKinds), files, bytes: sum(files) };
  });
  if (pages.length === 0) throw new Error('No public pages');
  const larger = (a: PageSize, b: PageSize) => (b.bytes > a.bytes ? b : a);
  const byKind = new Map<PageKind, PageSize>();
  for (const page of pages) byKind.set(page.kind, larger(byKind.get(page.kind) ?? page, page));
  const summaries = pages
    .filter((page) => page.kind === 'summary')
    .map((page) => {
      const [lng, flowId] = page.page.split('/');
      const later = [...(chunks.findings.get(`${lng}/${flowId}`) ?? []), ...chunks.summaryBody];
      return { page: page.page, bytes: sum([...new Set([...page.files, ...later])]) };
    });
  return {
    pages,
    largest: pages.reduce(larger),
    byKind: [...byKind.values()],
    summaryAfterStart: summaries.length > 0 ? summaries.reduce((a, b) => (b.bytes > a.bytes ? b : a)) : undefined,
    fileBytes: gzipped,
    leaks: supportLeaks(pages, chunks),
  };
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** The report as lines, and the pages over budget. */
export function formatReport(
  report: SizeReport,
  budget = BUDGET_BYTES,
): { lines: string[]; over: PageSize[]; leaks: SizeReport['leaks'] } {
  const { pages, largest } = report;
  const languages = new Set(pages.map((page) => page.lang)).size;
  const lines = [
    `Initial JS per page (gzip), ${pages.length} pages in ${languages} languages: largest ${kb(largest.bytes)} (${largest.page}), budget ${kb(budget)} (support tools ${kb(budgetOf('support:', budget))})`,
    ...largest.files.map((file) => `  ${file}: ${kb(report.fileBytes.get(file) ?? 0)}`),
    'Largest by kind:',
    ...report.byKind.map((page) => `  ${page.kind.padEnd(12)} ${kb(page.bytes).padStart(9)}  ${page.page}`),
  ];
  if (report.summaryAfterStart)
    lines.push(
      `Summary after start, with findings and its body (not budgeted): ${kb(report.summaryAfterStart.bytes)} (${report.summaryAfterStart.page})`,
    );
  const over = pages.filter((page) => page.bytes > budgetOf(page.kind, budget));
  return { lines, over, leaks: report.leaks };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
  const { lines, over, leaks } = formatReport(await measure(dist));
  for (const line of lines) console.log(line);
  if (leaks.length > 0) {
    const shown = leaks
      .slice(0, 20)
      .map((leak) => `${leak.page} (${leak.files.join(', ')})`)
      .join(', ');
    console.error(
      `Support-tool code on wizard pages (${leaks.length} pages): ${shown}${leaks.length > 20 ? ', …' : ''}`,
    );
    process.exit(1);
  }
  if (over.length > 0) {
    const shown = over
      .slice(0, 20)
      .map((page) => `${page.page} ${kb(page.bytes)}`)
      .join(', ');
    console.error(`Over budget (${over.length} pages): ${shown}${over.length > 20 ? ', …' : ''}`);
    process.exit(1);
  }
}
