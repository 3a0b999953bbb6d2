/**
 * `npm test` and `npm run test:exhaustive`: every check, one step after the
 * other, stopping at the first that fails, then a table of how long each
 * step took (so a slow step is seen, not guessed).
 *
 *   tsx scripts/test-run.ts [--exhaustive] [--from STEP] [--only STEP,…] [--list]
 *
 * `npm test` is what the README and CI run: each fact tested once, at the
 * cheapest level that sees it (10 minutes or less on two cores).
 * `--exhaustive` (for releases) keeps the earlier breadth: every question
 * through axe in both languages, every journey and hostile URL in the
 * browser, and the sub-path and nginx runs over their whole specs
 * (E2E_SCOPE=exhaustive, read by e2e/scope.ts).
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { E2E_SCOPE_VARIABLE } from '../e2e/scope.ts';

interface Step {
  /** The npm script run (its name is the step's name in the table). */
  readonly script: string;
  /** Why it is a step of its own, shown by --list. */
  readonly what: string;
}

/** In order: cheap checks first, so a typo fails in seconds, not after the browser tests. */
export const STEPS: readonly Step[] = [
  { script: 'typecheck', what: 'TypeScript, strict (the only tsc of the run)' },
  { script: 'lint', what: 'Biome' },
  { script: 'lint:deps', what: 'layer rules (dependency-cruiser)' },
  { script: 'flow:check', what: 'every flow validated' },
  { script: 'test:unit', what: 'engine, component and script tests (vitest)' },
  { script: 'build:app', what: 'vite build, pre-render, pre-compress (typechecked above)' },
  { script: 'size', what: 'size budget of the build' },
  { script: 'test:scale', what: '30 generated flows; a pseudo-language (a build each)' },
  { script: 'test:e2e:browser', what: 'ensure a Chromium, Playwright against dist/' },
  { script: 'test:e2e:subpath', what: 'a build under /help/wizard/: links, assets, canonical' },
  { script: 'test:e2e:nginx', what: 'deploy/nginx.conf as it is: hosting, headers, framing' },
];

const HELP = `Usage: tsx scripts/test-run.ts [--exhaustive] [--from STEP] [--only STEP,...] [--list]
  --exhaustive   the release breadth (${E2E_SCOPE_VARIABLE}=exhaustive for the browser tests)
  --from STEP    start at this step (after fixing what failed)
  --only STEPS   run only these steps (comma-separated)
  --list         print the steps and exit`;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const clock = (ms: number) => {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

export function chooseSteps(options: { from?: string; only?: string }): Step[] {
  const known = new Set(STEPS.map((step) => step.script));
  const only = options.only?.split(',').map((name) => name.trim());
  for (const name of [...(only ?? []), ...(options.from ? [options.from] : [])])
    if (!known.has(name)) throw new Error(`No step "${name}". Steps: ${[...known].join(', ')}`);
  const start = options.from ? STEPS.findIndex((step) => step.script === options.from) : 0;
  return STEPS.slice(start).filter((step) => !only || only.includes(step.script));
}

/** The table printed at the end: each step's time, and where the run stopped. */
export function timeTable(results: readonly { script: string; ms: number; ok: boolean }[], total: number): string {
  const width = Math.max(...STEPS.map((step) => step.script.length));
  return [
    'Time per step:',
    ...results.map(
      ({ script, ms, ok }) => `  ${script.padEnd(width)}  ${seconds(ms).padStart(8)}${ok ? '' : '  FAILED'}`,
    ),
    `  ${'total'.padEnd(width)}  ${seconds(total).padStart(8)}  (${clock(total)})`,
  ].join('\n');
}

function main(argv: readonly string[]): number {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      exhaustive: { type: 'boolean', default: false },
      from: { type: 'string' },
      only: { type: 'string' },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.list) {
    for (const step of STEPS) console.log(`${step.script.padEnd(18)} ${step.what}`);
    return 0;
  }
  const steps = chooseSteps(values);
  const env = { ...process.env, ...(values.exhaustive ? { [E2E_SCOPE_VARIABLE]: 'exhaustive' } : {}) };
  const results: { script: string; ms: number; ok: boolean }[] = [];
  const began = performance.now();
  for (const step of steps) {
    console.log(`\n▶ npm run ${step.script}  (${step.what})`);
    const started = performance.now();
    const { status } = spawnSync('npm', ['run', '-s', step.script], { stdio: 'inherit', env });
    results.push({ script: step.script, ms: performance.now() - started, ok: status === 0 });
    if (status !== 0) break;
  }
  const failed = results.find((result) => !result.ok);
  console.log(`\n${timeTable(results, performance.now() - began)}`);
  if (failed) console.log(`\nFailed: npm run ${failed.script} (run the rest with --from ${failed.script})`);
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  }
}
