/**
 * The scale test (`npm run test:scale`, part of `npm test`): does the
 * plug-in design hold with many flows and one more language?
 *
 * In a temporary copy of the project (node_modules linked, no dist):
 * 1. with --compare only, builds it as it is (vite build + prerender) and
 *    runs the size check (npm test does that to the project itself);
 * 2. adds N generated flows (scripts/scale-flows.ts), exactly what a person
 *    adding a flow writes: flows/<id>/flow.ts and locales/<lng>/<id>.json;
 *    builds again and runs the size check (every page, every flow);
 * 3. adds a pseudo-language made from English (scripts/scale-pseudo.ts): one
 *    LANGUAGE_LIST entry and locales/<code>/*.json, nothing else; builds and
 *    checks that its pages exist, in that language, and that an English
 *    page's language switch links to them.
 * Fails when a build fails, a page is over the size budget, or a pseudo-
 * language check fails. Prints build times and the largest page.
 *
 *   tsx scripts/scale-build.ts [--flows 30] [--pseudo-code qps] [--skip-pseudo]
 *                              [--typecheck] [--source worktree|head] [--keep] [--compare]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateFlow, vocabulary } from './scale-flows.ts';
import { isPseudo, pseudoLocale } from './scale-pseudo.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const HELP = `Usage: tsx scripts/scale-build.ts [options]
  --flows N            generated flows to add (default 30)
  --pseudo-code CODE   the pseudo-language's code (default qps)
  --skip-pseudo        no pseudo-language run
  --typecheck          also run tsc in each build (off by default: it adds time, and vite builds without it)
  --source S           what to copy: "worktree" (files git does not ignore, as they are now; default) or "head" (the last commit)
  --keep               keep the temporary copy (its path is printed)
  --compare            also build the project as it is (npm test builds and size-checks it already), to compare`;

class ScaleFailure extends Error {}

/** Copies the project without node_modules and build output, and links node_modules. */
export function copyProject(from: string, to: string, source: 'worktree' | 'head'): void {
  mkdirSync(to, { recursive: true });
  const inGit = existsSync(join(from, '.git'));
  if (inGit && source === 'head') {
    const archive = execFileSync('git', ['archive', '--format=tar', 'HEAD'], { cwd: from, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', to], { input: archive });
  } else if (inGit) {
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: from,
      maxBuffer: 1 << 30,
    })
      .toString()
      .split('\0')
      .filter((file) => file !== '' && existsSync(join(from, file)));
    for (const file of files) {
      mkdirSync(dirname(join(to, file)), { recursive: true });
      cpSync(join(from, file), join(to, file));
    }
  } else {
    const skip = new Set(['node_modules', 'dist', 'dist-subpath', 'dist-bench', '.git', 'test-results']);
    cpSync(from, to, { recursive: true, filter: (path) => !skip.has(path.slice(from.length).split(/[\\/]/)[1] ?? '') });
  }
  symlinkSync(join(from, 'node_modules'), join(to, 'node_modules'), 'dir');
}

/** Runs a command in `cwd`; throws with its output when it fails. */
function run(cwd: string, command: string, args: readonly string[], what: string): string {
  const env = { ...process.env, OUT_DIR: 'dist', BASE_PATH: '/', NODE_ENV: 'production' };
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0)
    throw new ScaleFailure(`${what} failed (exit ${result.status ?? result.signal}):\n${output.slice(-4000)}`);
  return output;
}

/** CPU seconds (user + system) of the children waited for so far, from /proc (Linux); undefined elsewhere. */
function childCpuSeconds(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    // After the command: state is field 3, cutime and cstime are fields 16 and 17 (clock ticks, 100 a second).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

const bin = (cwd: string, name: string) => join(cwd, 'node_modules', '.bin', name);

interface BuildResult {
  readonly label: string;
  readonly flows: number;
  readonly languages: number;
  readonly pages: number;
  readonly seconds: { readonly tsc?: number; readonly vite: number; readonly prerender: number };
  /** CPU seconds of the build's processes (wall time depends on what else the machine runs). */
  readonly cpuSeconds: number | undefined;
  readonly largest: string;
  readonly largestBytes: number;
  readonly sizeReport: string;
}

/** vite build + prerender (and tsc with --typecheck) in the copy, timed, then the size check. */
function buildAndMeasure(cwd: string, label: string, typecheck: boolean): BuildResult {
  rmSync(join(cwd, 'dist'), { recursive: true, force: true });
  const timed = (fn: () => string) => {
    const started = performance.now();
    const output = fn();
    return { output, seconds: (performance.now() - started) / 1000 };
  };
  const cpuBefore = childCpuSeconds();
  const tsc = typecheck ? timed(() => run(cwd, bin(cwd, 'tsc'), ['-p', '.'], `${label}: tsc`)) : undefined;
  const vite = timed(() => run(cwd, bin(cwd, 'vite'), ['build', '--logLevel', 'warn'], `${label}: vite build`));
  const prerender = timed(() => run(cwd, bin(cwd, 'tsx'), ['scripts/prerender.ts'], `${label}: prerender`));
  const cpuAfter = childCpuSeconds();
  const pages = Number(/Pre-rendered (\d+) pages/.exec(prerender.output)?.[1] ?? Number.NaN);
  // The size check of the copy itself: it reads the copy's flows and languages.
  const size = spawnSync(bin(cwd, 'tsx'), ['scripts/check-size.ts', 'dist'], { cwd, encoding: 'utf8' });
  const sizeReport = `${size.stdout ?? ''}${size.stderr ?? ''}`.trim();
  const largest = /largest ([\d.]+) KB \(([^)]+)\)/.exec(sizeReport);
  if (size.status !== 0 || !largest)
    throw new ScaleFailure(`${label}: size check failed (exit ${size.status}):\n${sizeReport}`);
  const languages = readdirSync(join(cwd, 'dist'), { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && /^[a-z]{2,3}$/.test(entry.name),
  ).length;
  const flows = readdirSync(join(cwd, 'flows')).filter((id) => existsSync(join(cwd, 'flows', id, 'flow.ts'))).length;
  return {
    label,
    flows,
    languages,
    pages,
    seconds: { ...(tsc ? { tsc: tsc.seconds } : {}), vite: vite.seconds, prerender: prerender.seconds },
    cpuSeconds: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
    largest: largest[2] ?? '',
    largestBytes: Number(largest[1]) * 1000,
    sizeReport,
  };
}

/** Writes N generated flows into the copy, in every language it has. */
function addFlows(cwd: string, count: number): string[] {
  const languages = readdirSync(join(cwd, 'locales'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const vocabularies = Object.fromEntries(languages.map((lng) => [lng, vocabulary(cwd, lng)]));
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const flow = generateFlow(index, vocabularies);
    if (existsSync(join(cwd, 'flows', flow.id))) throw new ScaleFailure(`flows/${flow.id} exists already`);
    mkdirSync(join(cwd, 'flows', flow.id));
    writeFileSync(join(cwd, 'flows', flow.id, 'flow.ts'), flow.source);
    for (const [lng, text] of Object.entries(flow.locales))
      writeFileSync(join(cwd, 'locales', lng, `${flow.id}.json`), `${JSON.stringify(text, null, 2)}\n`);
    ids.push(flow.id);
  }
  return ids;
}

/**
 * Adds a pseudo-language the way the docs say a language is added: one
 * LANGUAGE_LIST entry and locales/<code>/ (every English file, pseudo-localised).
 */
function addPseudoLanguage(cwd: string, code: string): void {
  const file = join(cwd, 'src', 'i18n', 'languages.ts');
  const source = readFileSync(file, 'utf8');
  const end = /\n\] as const satisfies readonly LanguageInfo\[\];/.exec(source);
  if (!end)
    throw new ScaleFailure(
      'src/i18n/languages.ts: no `] as const satisfies readonly LanguageInfo[];` to add an entry before',
    );
  const entry = `\n  { code: '${code}', name: '${pseudoLocale('Pseudo')}', dateLocale: 'en-GB' },`;
  writeFileSync(file, source.slice(0, end.index) + entry + source.slice(end.index));
  mkdirSync(join(cwd, 'locales', code));
  for (const name of readdirSync(join(cwd, 'locales', 'en')).filter((name) => name.endsWith('.json'))) {
    const english = JSON.parse(readFileSync(join(cwd, 'locales', 'en', name), 'utf8')) as unknown;
    writeFileSync(join(cwd, 'locales', code, name), `${JSON.stringify(pseudoLocale(english), null, 2)}\n`);
  }
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();

/** The pseudo-language's pages: there, in that language, with pseudo text in the h1, and linked from English. */
async function checkPseudoPages(cwd: string, code: string, flowIds: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  const page = (path: string) => {
    const file = join(cwd, 'dist', path, 'index.html');
    if (!existsSync(file)) {
      problems.push(`/${path}: not pre-rendered`);
      return undefined;
    }
    return readFileSync(file, 'utf8');
  };
  const starts = new Map<string, string>();
  for (const id of flowIds) {
    const module = (await import(pathToFileURL(join(cwd, 'flows', id, 'flow.ts')).href)) as {
      default: { start: string };
    };
    starts.set(id, module.default.start);
  }
  const paths = [
    code,
    ...flowIds.flatMap((id) => [`${code}/${id}`, `${code}/${id}/${starts.get(id)}`, `${code}/${id}/summary`]),
  ];
  for (const path of paths) {
    const html = page(path);
    if (html === undefined) continue;
    if (!html.includes(`<html lang="${code}"`)) problems.push(`/${path}: no <html lang="${code}">`);
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
    if (h1 === undefined) problems.push(`/${path}: no h1`);
    else if (!isPseudo(decode(h1))) problems.push(`/${path}: the h1 is not pseudo text: "${decode(h1)}"`);
  }
  for (const id of flowIds) {
    const step = `${id}/${starts.get(id)}`;
    const html = page(`en/${step}`);
    const link = new RegExp(`<a [^>]*hrefLang="${code}"[^>]*href="/${code}/${step}"`);
    if (html !== undefined && !link.test(html))
      problems.push(`/en/${step}: the language switch has no link to /${code}/${step}`);
  }
  return problems;
}

const secondsOf = (result: BuildResult) => (result.seconds.tsc ?? 0) + result.seconds.vite + result.seconds.prerender;

function summarise(result: BuildResult): string {
  const { tsc, vite, prerender } = result.seconds;
  const parts = [
    tsc === undefined ? '' : `tsc ${tsc.toFixed(1)} s + `,
    `vite ${vite.toFixed(1)} s + prerender ${prerender.toFixed(1)} s`,
  ];
  return `${result.label}: ${result.flows} flows, ${result.languages} languages, ${result.pages} pages; build ${secondsOf(result).toFixed(1)} s (${parts.join('')}${result.cpuSeconds === undefined ? '' : `; ${result.cpuSeconds.toFixed(1)} s CPU`}); largest page ${(result.largestBytes / 1000).toFixed(1)} KB gzip (${result.largest})`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      flows: { type: 'string', default: '30' },
      'pseudo-code': { type: 'string', default: 'qps' },
      'skip-pseudo': { type: 'boolean', default: false },
      typecheck: { type: 'boolean', default: false },
      source: { type: 'string', default: 'worktree' },
      keep: { type: 'boolean', default: false },
      compare: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const count = Number(values.flows);
  const code = values['pseudo-code'];
  if (!Number.isInteger(count) || count < 1)
    throw new ScaleFailure(`--flows must be a whole number ≥ 1, not "${values.flows}"`);
  if (!/^[a-z]{2,3}$/.test(code))
    throw new ScaleFailure(`--pseudo-code must be 2 or 3 lowercase letters, not "${code}"`);
  if (values.source !== 'worktree' && values.source !== 'head')
    throw new ScaleFailure(`--source must be "worktree" or "head", not "${values.source}"`);

  const started = performance.now();
  const temp = mkdtempSync(join(tmpdir(), 'wizard-scale-'));
  const cwd = join(temp, 'app');
  const results: BuildResult[] = [];
  let pseudo = 'skipped';
  let pseudoResult: BuildResult | undefined;
  try {
    copyProject(ROOT, cwd, values.source);
    if (existsSync(join(cwd, 'locales', code)))
      throw new ScaleFailure(`locales/${code} exists already; pick another --pseudo-code`);
    // The project as it is is built and size-checked by npm test itself: built here only to compare.
    if (values.compare) {
      const baseline = buildAndMeasure(cwd, 'as is', values.typecheck);
      results.push(baseline);
      console.log(summarise(baseline));
    }

    if (!values['skip-pseudo']) {
      // On the project as it is (fewer pages to build than with the generated flows), then taken out again.
      const languagesFile = join(cwd, 'src', 'i18n', 'languages.ts');
      const languagesSource = readFileSync(languagesFile, 'utf8');
      addPseudoLanguage(cwd, code);
      const withPseudo = buildAndMeasure(cwd, `+${code}`, values.typecheck);
      pseudoResult = withPseudo;
      console.log(summarise(withPseudo));
      const flowIds = readdirSync(join(cwd, 'flows')).filter((id) => existsSync(join(cwd, 'flows', id, 'flow.ts')));
      const problems = await checkPseudoPages(cwd, code, flowIds);
      if (problems.length > 0) throw new ScaleFailure(`Pseudo-language "${code}":\n  ${problems.join('\n  ')}`);
      pseudo = `OK: /${code}/ and the start, first question and summary of ${flowIds.join(', ')} pre-rendered with lang="${code}" and a pseudo-text h1; the English pages' language switch links to them`;
      writeFileSync(languagesFile, languagesSource);
      rmSync(join(cwd, 'locales', code), { recursive: true });
    }

    addFlows(cwd, count);
    const scaled = buildAndMeasure(cwd, `+${count} flows`, values.typecheck);
    results.push(scaled);
    console.log(summarise(scaled));
    console.log(scaled.sizeReport.replace(/^/gm, '  '));
  } finally {
    if (values.keep) console.log(`Kept the copy: ${cwd}`);
    else rmSync(temp, { recursive: true, force: true });
  }

  const [baseline, scaled] = (values.compare ? results : [undefined, ...results]) as [
    BuildResult | undefined,
    BuildResult,
  ];
  console.log('\nScale report');
  if (!baseline)
    console.log(
      `  build time: ${secondsOf(scaled).toFixed(1)} s with ${scaled.flows} flows (${scaled.pages} pages${values.typecheck ? ', tsc included' : ', without tsc'}; CPU ${scaled.cpuSeconds?.toFixed(1) ?? '?'} s; --compare also builds the project as it is)`,
    );
  else
    console.log(
      `  build time: ${secondsOf(baseline).toFixed(1)} s with ${baseline.flows} flow(s), ${secondsOf(scaled).toFixed(1)} s with ${scaled.flows} flows (${baseline.pages} → ${scaled.pages} pages${values.typecheck ? ', tsc included' : ', without tsc'}; CPU ${baseline.cpuSeconds?.toFixed(1) ?? '?'} s → ${scaled.cpuSeconds?.toFixed(1) ?? '?'} s)`,
    );
  console.log(
    `  largest page (initial JS, gzip): ${baseline ? `${(baseline.largestBytes / 1000).toFixed(1)} KB with ${baseline.flows} flow(s), ` : ''}${(scaled.largestBytes / 1000).toFixed(1)} KB with ${scaled.flows} flows (${scaled.largest}); budget 130 KB`,
  );
  if (pseudoResult)
    console.log(
      `  pseudo-language build: ${secondsOf(pseudoResult).toFixed(1)} s, ${pseudoResult.pages} pages, largest ${(pseudoResult.largestBytes / 1000).toFixed(1)} KB (${pseudoResult.largest})`,
    );
  console.log(`  pseudo-locale: ${pseudo}`);
  console.log(`  total: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error(`Scale test FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
