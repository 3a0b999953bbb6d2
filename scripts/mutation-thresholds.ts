/**
 * Checks the engine's mutation score file by file (`npm run test:mutation`,
 * after `stryker run`). Reads Stryker's JSON report, prints one row per file
 * (file | score | threshold | ok) and exits 1 when a file scores below its
 * threshold: the decision core at 90%, every other engine file at 80%.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** The files that decide where a reader goes: each at 90% or more. */
export const DECISION_CORE = [
  'src/engine/walk.ts',
  'src/engine/navigation.ts',
  'src/engine/graph.ts',
  'src/engine/paths.ts',
  'src/engine/validate.ts',
  'src/engine/url-state.ts',
] as const;
export const CORE_THRESHOLD = 90;
/** Every other mutated file. */
export const DEFAULT_THRESHOLD = 80;

export const DEFAULT_REPORT = 'reports/mutation/mutation.json';

export const USAGE = `Usage: tsx scripts/mutation-thresholds.ts [--report <file>] [--survivors]

Reads Stryker's JSON report (default ${DEFAULT_REPORT}) and checks each file's mutation score:
${DECISION_CORE.map((file) => file.replace('src/engine/', '')).join(', ')} at ${CORE_THRESHOLD}% or more, every other file at ${DEFAULT_THRESHOLD}% or more.
--survivors lists the mutants that survived (or no test ran) in the files below their threshold.

Exit status: 1 when a file is below its threshold, 2 when the report cannot be read, otherwise 0.`;

/** The parts of a mutant in Stryker's report (mutation-testing-report-schema) that the check reads. */
export interface ReportMutant {
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly status: string;
  readonly location: { readonly start: { readonly line: number; readonly column: number } };
}

export interface MutationReport {
  readonly files: Readonly<Record<string, { readonly mutants: readonly ReportMutant[] }>>;
}

export interface FileScore {
  readonly file: string;
  /** Killed or timed out: a test noticed the change. */
  readonly detected: number;
  /** Survived or not covered: no test noticed. */
  readonly undetected: number;
  /** Detected share of the valid mutants in percent; undefined when the file has none. */
  readonly score: number | undefined;
  readonly threshold: number;
  readonly ok: boolean;
  readonly survivors: readonly ReportMutant[];
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** The path relative to the repository, with forward slashes (Stryker writes it relative to its working directory). */
function normalise(file: string): string {
  return file.replaceAll('\\', '/').replace(/^\.\//, '');
}

export function thresholdOf(file: string): number {
  return (DECISION_CORE as readonly string[]).includes(normalise(file)) ? CORE_THRESHOLD : DEFAULT_THRESHOLD;
}

/**
 * The score of each file as Stryker computes it: (killed + timeout) / (killed +
 * timeout + survived + no coverage). Ignored mutants and ones that do not
 * compile or crash on load are not counted. A file without valid mutants passes.
 */
export function scoreFiles(report: MutationReport): FileScore[] {
  return Object.entries(report.files)
    .map(([path, { mutants }]) => {
      const file = normalise(path);
      const detected = mutants.filter((mutant) => DETECTED.has(mutant.status)).length;
      const survivors = mutants.filter((mutant) => UNDETECTED.has(mutant.status));
      const valid = detected + survivors.length;
      const score = valid === 0 ? undefined : (100 * detected) / valid;
      const threshold = thresholdOf(file);
      return {
        file,
        detected,
        undetected: survivors.length,
        score,
        threshold,
        ok: score === undefined || score >= threshold,
        survivors,
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** Stryker shows scores with two decimals; a file passes on its exact score, so 89.996 is not 90. */
function percent(score: number | undefined): string {
  return score === undefined ? 'n/a' : `${(Math.floor(score * 100) / 100).toFixed(2)}%`;
}

export function formatTable(scores: readonly FileScore[]): string {
  const rows = [
    ['file', 'score', 'threshold', 'ok'],
    ...scores.map((row) => [
      row.file,
      `${percent(row.score)} (${row.detected}/${row.detected + row.undetected})`,
      `${row.threshold}%`,
      row.ok ? 'ok' : 'BELOW',
    ]),
  ];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
  return [line(rows[0] ?? []), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.slice(1).map(line)].join(
    '\n',
  );
}

export function formatSurvivors(scores: readonly FileScore[]): string {
  return scores
    .filter((row) => !row.ok)
    .flatMap((row) =>
      row.survivors.map(
        ({ mutatorName, replacement, status, location }) =>
          `${row.file}:${location.start.line}:${location.start.column} ${mutatorName} ${status}${replacement === undefined ? '' : ` → ${replacement.replaceAll(/\s+/g, ' ').slice(0, 80)}`}`,
      ),
    )
    .join('\n');
}

function main(): number {
  const { values } = parseArgs({
    options: {
      report: { type: 'string', default: DEFAULT_REPORT },
      survivors: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  let report: MutationReport;
  try {
    report = JSON.parse(readFileSync(values.report, 'utf8')) as MutationReport;
  } catch (error) {
    console.error(`Cannot read the mutation report ${values.report}: ${(error as Error).message}`);
    return 2;
  }
  const scores = scoreFiles(report);
  console.log(formatTable(scores));
  const below = scores.filter((row) => !row.ok);
  if (values.survivors && below.length > 0) console.log(`\n${formatSurvivors(scores)}`);
  console.log(
    below.length === 0
      ? `\nEvery file meets its mutation score threshold (${scores.length} files).`
      : `\n${below.length} of ${scores.length} files below their mutation score threshold: ${below.map((row) => row.file).join(', ')}`,
  );
  return below.length === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main();
}
