/**
 * Checks every flow on disk (`flows/<id>/flow.ts`) and its text: structure
 * (`validate`), the locale files of every language against each other
 * (`compareLocales`) and against the flow (`flowTextProblems`), and its
 * content register (`flows/<id>/SOURCES.md`) with the function the flow
 * tests use (`registerProblems`: a sourced, dated section per finding and
 * note, on the hosts the register allows, and a "Sources read" table that
 * parses), so the check never passes where the tests fail. Reports per
 * flow its size, its exact number of paths in each era of its dates (counted,
 * not listed) and the questions per path; times itself. Prints a short report
 * and exits 1 on any problem.  Run: `npm run flow:check` (tsx scripts/flow-check.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compareLocales, flowTextProblems, type LocaleProblem } from '../src/engine/locale-check.ts';
import { countPaths, eras, type LengthStats, questionsPerPath } from '../src/engine/paths.ts';
import type { AnyFlow } from '../src/engine/types.ts';
import { validate } from '../src/engine/validate.ts';
import { LANGUAGES } from '../src/i18n/languages.ts';
import { registerFile, registerProblems } from '../src/testing/register-check.ts';
import { loadFlowsFromDisk } from './flows-on-disk.ts';

/** The languages the site speaks (src/i18n/languages.ts); their directories must exist. */
export const REQUIRED_LANGUAGES: readonly string[] = LANGUAGES;

/** The namespace every language has besides one per flow. */
const COMMON = 'common';

export interface CheckProblem {
  /** The file the problem is in, relative to the project root. */
  readonly file: string;
  /** The dotted key path or node id, where there is one. */
  readonly key?: string;
  readonly code: string;
  readonly message: string;
}

export interface FlowCounts {
  readonly id: string;
  readonly nodes: number;
  readonly questions: number;
  readonly findings: number;
  /** Distinct complete paths before the first date (exact); undefined when the flow is broken. */
  readonly paths: bigint | undefined;
  /**
   * Questions per path by first answer, per era of the flow's dates (before
   * the first date, then from each date on); empty when the flow is broken.
   */
  readonly lengths: readonly {
    readonly from: string | undefined;
    /** Distinct complete paths in this era (exact). */
    readonly paths: bigint;
    readonly byFirstAnswer: readonly LengthStats[];
  }[];
}

export interface FlowCheckReport {
  readonly languages: readonly string[];
  readonly flows: readonly FlowCounts[];
  readonly problems: readonly CheckProblem[];
}

export interface FlowCheckOptions {
  readonly flows: readonly AnyFlow[];
  /**
   * The project root; locale files are read from `<root>/locales/<lng>/<namespace>.json`,
   * content registers from `<root>/flows/<id>/SOURCES.md`.
   */
  readonly root: string;
  readonly requiredLanguages?: readonly string[];
}

type Loaded = { ok: true; json: unknown } | { ok: false; problem: CheckProblem };

function loadJson(root: string, file: string): Loaded {
  const shown = relative(root, file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, problem: { file: shown, code: 'missing-file', message: 'file is missing' } };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { file: shown, code: 'invalid-json', message: `not valid JSON: ${detail}` } };
  }
}

function languageDirectories(localesDir: string): string[] | undefined {
  try {
    return readdirSync(localesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return undefined;
  }
}

/** Runs every check and returns the report; reads files, never exits or prints. */
export function checkFlows({ flows, root, requiredLanguages = REQUIRED_LANGUAGES }: FlowCheckOptions): FlowCheckReport {
  const problems: CheckProblem[] = [];
  const localesDir = join(root, 'locales');
  const localeFile = (language: string, namespace: string) => join(localesDir, language, `${namespace}.json`);
  const shownFile = (language: string | undefined, namespace: string) =>
    language === undefined
      ? `locales/*/${namespace}.json`
      : relative(root, localeFile(language, namespace)).split('\\').join('/');
  const fromLocale = (problem: LocaleProblem): CheckProblem => ({
    file: shownFile(problem.language, problem.namespace),
    key: problem.path === '' ? undefined : problem.path,
    code: problem.code,
    message: problem.message,
  });

  const found = languageDirectories(localesDir);
  if (found === undefined)
    problems.push({ file: 'locales/', code: 'missing-directory', message: 'the locales directory is missing' });
  // The required languages first, in their order (nl is the source), then any others.
  const languages = [
    ...requiredLanguages.filter((language) => found?.includes(language)),
    ...(found ?? []).filter((language) => !requiredLanguages.includes(language)),
  ];
  for (const language of requiredLanguages)
    if (found !== undefined && !found.includes(language))
      problems.push({ file: `locales/${language}/`, code: 'missing-directory', message: `no texts for "${language}"` });

  /** Parsed files of one namespace, by language; files that fail to load are reported. */
  const loadNamespace = (namespace: string) => {
    const byLanguage: Record<string, unknown> = {};
    for (const language of languages) {
      const loaded = loadJson(root, localeFile(language, namespace));
      if (loaded.ok) byLanguage[language] = loaded.json;
      else problems.push({ ...loaded.problem, file: shownFile(language, namespace) });
    }
    return byLanguage;
  };

  problems.push(...compareLocales(loadNamespace(COMMON), COMMON).map(fromLocale));

  const counts: FlowCounts[] = [];
  const seen = new Set<string>();
  for (const flow of flows) {
    const flowFile = `flows/${flow.id}/flow.ts`;
    if (seen.has(flow.id))
      problems.push({ file: flowFile, code: 'duplicate-flow', message: `flow "${flow.id}" is listed twice` });
    seen.add(flow.id);

    const structural = validate(flow);
    for (const problem of structural)
      problems.push({ file: flowFile, key: problem.id, code: problem.code, message: problem.message });

    const nodes = Object.values(flow.nodes) as { kind: string }[];
    counts.push({
      id: flow.id,
      nodes: nodes.length,
      questions: nodes.filter((node) => node.kind === 'question').length,
      findings: Object.keys(flow.findings).length,
      paths: structural.length === 0 ? countPaths(flow) : undefined,
      lengths:
        structural.length === 0
          ? eras(flow).map(({ from, reached }) => ({
              from,
              paths: countPaths(flow, reached),
              byFirstAnswer: questionsPerPath(flow, reached),
            }))
          : [],
    });

    const byLanguage = loadNamespace(flow.id);
    const textProblems = Object.entries(byLanguage).flatMap(([language, json]) =>
      flowTextProblems(flow, json, language),
    );
    // A text the flow needs is reported once, as missing-text, not also as missing in one language.
    const needed = new Set(textProblems.map((problem) => `${problem.language}:${problem.path}`));
    const differences = compareLocales(byLanguage, flow.id).filter(
      (problem) => !(problem.code === 'missing-key' && needed.has(`${problem.language}:${problem.path}`)),
    );
    problems.push(...differences.map(fromLocale), ...textProblems.map(fromLocale));

    const sourcesFile = `flows/${flow.id}/SOURCES.md`;
    let register: string | undefined;
    try {
      register = readFileSync(registerFile(root, flow.id), 'utf8');
    } catch {
      problems.push({ file: sourcesFile, code: 'missing-file', message: 'file is missing' });
    }
    for (const message of register === undefined ? [] : registerProblems(flow, register))
      problems.push({ file: sourcesFile, code: 'register', message });
  }

  return { languages, flows: counts, problems };
}

/** The report as text for a terminal; with `elapsedMs`, how long the check took. */
export function formatReport(report: FlowCheckReport, elapsedMs?: number): string {
  const took = elapsedMs === undefined ? '' : ` in ${Math.round(elapsedMs)} ms`;
  const lines = [
    `Flow check: ${report.flows.length} flow(s)${took}; languages: ${report.languages.join(', ') || '(none)'}`,
    '',
  ];
  for (const flow of report.flows) {
    lines.push(
      `  ${flow.id}: ${flow.nodes} nodes (${flow.questions} questions), ${flow.findings} findings, ` +
        `${flow.paths === undefined ? 'paths not counted (flow has problems)' : `${flow.paths} complete paths`}`,
    );
    if (flow.lengths.length > 0) lines.push('    questions per path (min / median / max) by first answer:');
    flow.lengths.forEach(({ from, paths, byFirstAnswer }, index) => {
      const next = flow.lengths[index + 1]?.from;
      const era = from === undefined ? (next === undefined ? 'always' : `before ${next}`) : `from ${from}`;
      const cells = byFirstAnswer.map(({ first, min, median, max }) => `${first} ${min} / ${median} / ${max}`);
      lines.push(`      ${era} (${paths} paths): ${cells.join('; ')}`);
    });
  }
  lines.push('');
  if (report.problems.length === 0) {
    lines.push('No problems found.');
    return lines.join('\n');
  }
  lines.push(`${report.problems.length} problem(s):`);
  const byFile = new Map<string, CheckProblem[]>();
  for (const problem of report.problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  for (const [file, problems] of byFile) {
    lines.push(`  ${file}`);
    for (const { key, message, code } of problems) {
      // Locale messages already start with their key path; others get it in front.
      const text = key === undefined || message.startsWith(key) ? message : `${key}: ${message}`;
      lines.push(`    ${text} [${code}]`);
    }
  }
  return lines.join('\n');
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const started = performance.now();
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const flows = await loadFlowsFromDisk(root);
  const report = checkFlows({ flows, root });
  console.log(formatReport(report, performance.now() - started));
  process.exitCode = report.problems.length > 0 ? 1 : 0;
}
