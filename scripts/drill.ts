/**
 * `npm run test:drill`: the defect drill. Proves that `npm test` fails on
 * realistic mistakes: each `drill/NN-name.patch` seeds one defect in product
 * code (its first line says which). For each patch, one after the other:
 * 1. a scratch copy of the project (a detached `git worktree` under the
 *    system's temporary folder, node_modules linked from this checkout, its
 *    own Vite cache), at a snapshot of this working tree taken when the drill
 *    starts (committed or not, files git ignores left out), or at `--ref`;
 * 2. `git apply` the patch there (a patch that does not apply is reported as
 *    such, never as caught);
 * 3. `npm test` there with DRILL=1 (playwright.config.ts then stops at the
 *    first failure) and E2E_PORT=5421 (the e2e servers stay off the ports a
 *    test run in this checkout uses), its output in a log file;
 * 4. caught if it fails, MISSED if it passes: printed with the step that
 *    failed (the npm script), the first failing test and the time.
 * Exits 1 when a defect is missed, a patch does not apply, or a run errs
 * (a port in use, a time-out); 0 when every defect is caught.
 *
 * Runs take minutes each (up to a whole `npm test` for a defect only the
 * browser tests see): never two at once, the e2e ports are fixed.
 *
 *   tsx scripts/drill.ts [--only NAME,...] [--list] [--ref REF] [--baseline]
 *                        [--logs DIR] [--port N] [--timeout MINUTES] [--keep]
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ROOT } from './flows-on-disk.ts';

export const DRILL_DIR = join(ROOT, 'drill');
/** The wizard's port for the drill's e2e runs (their host pages are 10 and 11 above): not a default of `npm test`. */
export const DRILL_PORT = 5421;

export const USAGE = `Usage: npm run test:drill [-- options]

Applies each seeded defect in drill/*.patch to a scratch copy of the project and runs
\`npm test\` there; every defect must make it fail. Prints, for each, caught or MISSED, the
step that failed, the first failing test and the time; exits 1 if any is missed.

  --only NAMES       only these defects (comma-separated: 07, 07-focus-outline-removed or focus-outline-removed)
  --list             list the defects and exit
  --ref REF          drill the suite of another commit (default: this working tree as it is now)
  --baseline         first run \`npm test\` without a defect: it must pass, or nothing is proven
  --logs DIR         where the logs go (default: a new folder under ${tmpdir()})
  --port N           E2E_PORT for the runs (default ${DRILL_PORT}; host pages on N+10 and N+11)
  --timeout MINUTES  a run that takes longer is stopped and counts as not caught (default 40)
  --keep             keep the scratch copies (their paths are printed)
  --help             this text`;

export interface Defect {
  /** The file name without `.patch`: `07-focus-outline-removed`. */
  readonly name: string;
  readonly file: string;
  /** The patch's first line, before the diff. */
  readonly description: string;
}

const PATCH_NAME = /^(\d{2,3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.patch$/;

/** The defects in `dir`, in file-name order; throws on a file that is not `NN-name.patch` with a description. */
export function readDefects(dir = DRILL_DIR): Defect[] {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.patch'))
    .sort();
  return files.map((file) => {
    if (!PATCH_NAME.test(file)) throw new Error(`drill/${file}: not named NN-short-name.patch`);
    const text = readFileSync(join(dir, file), 'utf8');
    const header = text.slice(0, Math.max(0, text.search(/^diff --git /m)));
    const description = header.trim().split('\n')[0]?.trim() ?? '';
    if (!/^diff --git /m.test(text)) throw new Error(`drill/${file}: no diff (make it with git diff)`);
    if (description === '') throw new Error(`drill/${file}: no one-line description before the diff`);
    return { name: file.replace(/\.patch$/, ''), file: join(dir, file), description };
  });
}

/** The defects `--only` names, by number, whole name or name without the number; throws on an unknown one. */
export function chooseDefects(defects: readonly Defect[], only: string | undefined): Defect[] {
  if (only === undefined) return [...defects];
  const names = only
    .split(',')
    .map((name) => name.trim().replace(/\.patch$/, ''))
    .filter(Boolean);
  return names.map((wanted) => {
    const found = defects.find((defect) => {
      const [, number = '', rest = ''] = PATCH_NAME.exec(`${defect.name}.patch`) ?? [];
      return defect.name === wanted || number === wanted || rest === wanted;
    });
    if (!found) throw new Error(`No defect "${wanted}" in drill/ (--list shows them)`);
    return found;
  });
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what ANSI colours start with.
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

export const withoutColours = (text: string) => text.replace(ANSI, '');

/**
 * The npm script that failed: the test runner's "Failed: npm run X" line
 * (scripts/test-run.ts); else the innermost script that exited non-zero, from
 * npm's verbose log (npm_config_loglevel=verbose: "title npm run X" and
 * "exit N" lines), outer scripts first (`test:e2e › test:e2e:subpath`); else
 * the last script npm announced (`> name@version script`).
 */
export function failedStep(log: string): string | undefined {
  const text = withoutColours(log);
  const runner = [...text.matchAll(/^Failed: npm run (\S+)/gm)].at(-1)?.[1];
  if (runner) return runner;
  const stack: string[] = [];
  let failed: string[] | undefined;
  for (const line of text.split('\n')) {
    const title = /^npm verbose title npm (?:run(?:-script)? (\S+)|(test|start))\b/.exec(line);
    if (title) stack.push(title[1] ?? title[2] ?? '');
    const exit = /^npm verbose exit (\d+)/.exec(line);
    if (exit) {
      if (exit[1] !== '0' && !failed) failed = [...stack];
      stack.pop();
    }
  }
  const chain = failed?.filter((name) => name !== 'test' && name !== '');
  if (chain && chain.length > 0) return chain.join(' › ');
  return [...text.matchAll(/^> \S+@\S+ (\S+)$/gm)].at(-1)?.[1];
}

/** The part of the log from the failed step's start (the last time it was announced), or all of it. */
function sectionOf(text: string, step: string | undefined): string {
  const innermost = step?.split(' › ').at(-1);
  if (!innermost) return text;
  const escaped = innermost.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const starts = [...text.matchAll(new RegExp(`^(?:▶ npm run ${escaped}\\b|> \\S+@\\S+ ${escaped}$)`, 'gm'))];
  const start = starts.at(-1)?.index;
  return start === undefined ? text : text.slice(start);
}

/**
 * What failed first, in words: the first failing vitest test (`FAIL … > …`,
 * else a `×` line), the first failing Playwright test (`✘ … [chromium] › …`,
 * else a numbered `1) [chromium] › …` line), the first tsc error, Biome
 * diagnostic or dependency-cruiser rule; undefined when none is recognised.
 */
export function firstFailure(log: string, step = failedStep(log)): string | undefined {
  const text = sectionOf(withoutColours(log), step);
  const first = (pattern: RegExp) => pattern.exec(text)?.[1]?.trim();
  // Vitest: " FAIL  engine src/x.test.ts > describe > test" (the project's name is optional).
  const vitest = first(/^\s*FAIL\s+(?:\S+\s+)?(\S+\.(?:test|spec)\.[cm]?[jt]sx?(?:\s+>\s+.*|\s+\[.*\])?)$/m);
  if (vitest) return vitest;
  // Playwright's list reporter: "  ✘  12 [chromium] › e2e/x.spec.ts:3:5 › title (2.1s)".
  const playwright =
    first(/^\s*✘\s+(?:\d+\s+)?(\[[^\]]+\] › .+?)(?:\s+\(\d+(?:\.\d+)?m?s\))?$/m) ??
    first(/^\s*\d+\) (\[[^\]]+\] › .+?)(?:\s+─+)?$/m);
  if (playwright) return playwright;
  const tsc = /^(\S+\(\d+,\d+\)): error (TS\d+: .*)$/m.exec(text);
  if (tsc) return `${tsc[1]}: ${tsc[2]}`;
  // Before vitest's "×": Biome marks its messages with one too.
  const biome = /^(\S+?(?::\d+:\d+)?) ((?:lint|format|assist|parse)\S*) +━/m.exec(text);
  if (biome) return `${biome[1]} ${biome[2]}`;
  const depcruise = first(/^\s*(?:error|warn) ((?:no|not)-[\w-]+: .+)$/m);
  if (depcruise) return depcruise;
  // flow:check: "1 problem(s):", the file, then the problem.
  const flowCheck = /^\d+ problem\(s\):\n\s+(\S+)\n\s+(.+)$/m.exec(text);
  if (flowCheck) return `${flowCheck[1]}: ${flowCheck[2]}`;
  // A vitest test that failed without its FAIL line (the run was cut short).
  return first(/^\s{3,}[×✗]\s+(.+?)(?:\s+\d+m?s)?$/m);
}

/** Output that says the run could not test anything (the machine's fault, not the defect's). */
const ENVIRONMENT_FAILURES = [
  // Playwright's web server: the port is taken (another run, another engineer's server).
  /is already used, make sure that nothing is running on the port/,
  /^Error: listen EADDRINUSE/m,
  /ENOSPC: no space left on device/,
];

export function environmentFailure(log: string): string | undefined {
  const text = withoutColours(log);
  for (const pattern of ENVIRONMENT_FAILURES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const start = text.lastIndexOf('\n', match.index) + 1;
    const end = text.indexOf('\n', match.index);
    return text.slice(start, end === -1 ? undefined : end).trim();
  }
  return undefined;
}

export type Verdict = 'caught' | 'MISSED' | 'does not apply' | 'error' | 'timed out';

export interface Outcome {
  readonly defect: Defect;
  readonly verdict: Verdict;
  readonly step?: string | undefined;
  readonly failure?: string | undefined;
  readonly ms: number;
  /** The run's output ('' when there was no run). */
  readonly logFile: string;
}

/**
 * The verdict on a finished run: MISSED when it passed; caught when it
 * failed, with the step and what failed; an error when it failed for the
 * machine's sake (a port in use, a full disk) and no test failed.
 */
export function judge(
  exitCode: number,
  log: string,
): { verdict: Verdict; step?: string | undefined; failure?: string | undefined } {
  if (exitCode === 0) return { verdict: 'MISSED' };
  const step = failedStep(log);
  const failure = firstFailure(log, step);
  const environment = environmentFailure(sectionOf(withoutColours(log), step));
  if (environment && failure === undefined) return { verdict: 'error', step, failure: environment };
  return { verdict: 'caught', step, failure };
}

const git = (cwd: string, args: readonly string[], env?: NodeJS.ProcessEnv) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: env ?? process.env, maxBuffer: 1 << 28 }).trim();

/**
 * A commit of this working tree as it is (tracked files with their changes,
 * new files git does not ignore), made with an index of its own: nothing in
 * the checkout, its index or its branches changes. Every defect is then
 * drilled against the same suite, whatever is edited while the drill runs.
 */
export function snapshotWorkingTree(root = ROOT): string {
  const scratch = mkdtempSync(join(tmpdir(), 'drill-index-'));
  try {
    const env = { ...process.env, GIT_INDEX_FILE: join(scratch, 'index') };
    git(root, ['read-tree', 'HEAD'], env);
    git(root, ['add', '--all', '--', '.'], env);
    const tree = git(root, ['write-tree'], env);
    return git(root, ['commit-tree', tree, '-p', 'HEAD', '-m', 'defect drill: the working tree'], env);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Entries of node_modules not linked into a scratch copy: caches each copy keeps for itself. */
const OWN_CACHES = new Set(['.vite', '.cache', '.vitest']);

/** A detached worktree at `commit`, with this checkout's node_modules linked entry by entry. */
export function makeScratch(commit: string, root = ROOT): string {
  const dir = mkdtempSync(join(tmpdir(), 'drill-'));
  git(root, ['worktree', 'add', '--detach', '--quiet', dir, commit]);
  const modules = join(root, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(modules))
    if (!OWN_CACHES.has(entry)) symlinkSync(join(modules, entry), join(dir, 'node_modules', entry));
  return dir;
}

export function removeScratch(dir: string, root = ROOT): void {
  try {
    git(root, ['worktree', 'remove', '--force', dir]);
  } catch {
    // Removed below; the worktree's record goes with prune.
  }
  rmSync(dir, { recursive: true, force: true });
  try {
    git(root, ['worktree', 'prune']);
  } catch {
    // Nothing to prune.
  }
}

/** The error git gives when the patch does not apply in `dir`, or undefined when it does. */
export function applyError(dir: string, patch: string): string | undefined {
  try {
    git(dir, ['apply', '--check', patch]);
    return undefined;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer | string }).stderr;
    return String(stderr ?? error)
      .trim()
      .split('\n')[0];
  }
}

let running: ChildProcess | undefined;

/**
 * `npm test` in `cwd`, its output to `logFile`: the exit code (null when a
 * signal ended it), and whether it was stopped after `timeoutMs`.
 */
function npmTest(
  cwd: string,
  logFile: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ code: number | null; timedOut: boolean }> {
  const fd = openSync(logFile, 'w');
  return new Promise((resolve) => {
    // A process group of its own, so that a time-out or Ctrl-C stops every server the run started.
    const child = spawn('npm', ['test'], { cwd, env, stdio: ['ignore', fd, fd], detached: true });
    running = child;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stopGroup(child);
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      closeSync(fd);
      running = undefined;
      // Anything the run left behind (a server whose parent died) goes too.
      stopGroup(child);
      resolve({ code, timedOut });
    });
  });
}

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** Scripts in the copy's package.json that set E2E_PORT themselves: their runs ignore --port. */
export function fixedPorts(packageJson: string): string[] {
  const { scripts = {} } = JSON.parse(packageJson) as { scripts?: Record<string, string> };
  return Object.entries(scripts)
    .filter(([, command]) => /\bE2E_PORT=\d+/.test(command))
    .map(([name, command]) => `${name} (E2E_PORT=${/\bE2E_PORT=(\d+)/.exec(command)?.[1]})`);
}

const clock = (ms: number) => {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

/** One line per defect for the report. */
export function reportLine(outcome: Pick<Outcome, 'defect' | 'verdict' | 'step' | 'failure' | 'ms'>): string {
  const where =
    outcome.verdict === 'caught'
      ? `by ${outcome.step ?? '?'}: ${outcome.failure ?? '(see the log)'}`
      : outcome.verdict === 'MISSED'
        ? 'npm test passed'
        : (outcome.failure ?? '');
  return `${outcome.verdict.padEnd(14)} ${outcome.defect.name}  ${clock(outcome.ms)}  ${where}`;
}

async function drill(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      only: { type: 'string' },
      list: { type: 'boolean', default: false },
      ref: { type: 'string' },
      baseline: { type: 'boolean', default: false },
      logs: { type: 'string' },
      port: { type: 'string', default: String(DRILL_PORT) },
      timeout: { type: 'string', default: '40' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const defects = chooseDefects(readDefects(), values.only);
  if (values.list) {
    for (const defect of defects) console.log(`${defect.name}\n    ${defect.description}`);
    return 0;
  }
  const port = Number(values.port);
  const timeoutMs = Number(values.timeout) * 60_000;
  if (!Number.isInteger(port) || port < 1024 || port > 65_000) throw new Error(`--port ${values.port}: not a port`);
  if (!(timeoutMs > 0)) throw new Error(`--timeout ${values.timeout}: not a number of minutes`);

  const commit = values.ref ? git(ROOT, ['rev-parse', '--verify', `${values.ref}^{commit}`]) : snapshotWorkingTree();
  const suite = values.ref ? `${values.ref} (${commit.slice(0, 10)})` : 'this working tree, as it is now';
  const logs = values.logs ?? mkdtempSync(join(tmpdir(), 'drill-logs-'));
  mkdirSync(logs, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DRILL: '1',
    E2E_PORT: String(port),
    // npm then logs each script's start and exit code: the failed step, nested scripts too.
    npm_config_loglevel: 'verbose',
  };
  const fixed = fixedPorts(git(ROOT, ['show', `${commit}:package.json`]));
  console.log(`Defect drill: ${defects.length} defect(s) against ${suite}; E2E_PORT=${port}; logs in ${logs}`);
  if (fixed.length > 0)
    console.log(
      `Note: ${fixed.join(', ')} ${fixed.length === 1 ? 'sets its' : 'set their'} own E2E_PORT: ` +
        'do not run npm test in this checkout while the drill runs.',
    );

  if (!values.ref && git(ROOT, ['status', '--porcelain']) !== '')
    console.log(
      'Note: uncommitted changes are drilled too; if the suite fails without a defect, every defect looks caught ' +
        '(--baseline checks that first).',
    );

  let scratch: string | undefined;
  const interrupted = () => {
    if (running) stopGroup(running);
    if (scratch && !values.keep) removeScratch(scratch);
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  const run = async (name: string, patch: string | undefined) => {
    scratch = makeScratch(commit);
    try {
      const refused = patch ? applyError(scratch, patch) : undefined;
      if (refused) return { code: null, timedOut: false, refused, log: '', ms: 0, logFile: '' };
      if (patch) git(scratch, ['apply', patch]);
      const logFile = join(logs, `${name}.log`);
      const started = performance.now();
      const { code, timedOut } = await npmTest(scratch, logFile, env, timeoutMs);
      const log = readFileSync(logFile, 'utf8');
      return { code, timedOut, refused, log, ms: performance.now() - started, logFile };
    } finally {
      if (values.keep) console.log(`  (kept ${scratch})`);
      else removeScratch(scratch);
      scratch = undefined;
    }
  };

  if (values.baseline) {
    console.log('Baseline: npm test without a defect …');
    const base = await run('00-baseline', undefined);
    if (base.code !== 0) {
      const step = failedStep(base.log);
      console.log(
        `Baseline FAILED (${clock(base.ms)}) in ${step ?? '?'}: ${firstFailure(base.log, step) ?? 'see the log'}; ` +
          `log: ${base.logFile}. Fix the suite first: a drill on a failing suite proves nothing.`,
      );
      return 1;
    }
    console.log(`Baseline passed (${clock(base.ms)}).`);
  }

  const outcomes: Outcome[] = [];
  for (const defect of defects) {
    const result = await run(defect.name, defect.file);
    let outcome: Outcome;
    if (result.refused !== undefined) {
      outcome = { defect, verdict: 'does not apply', failure: result.refused, ms: 0, logFile: '' };
    } else if (result.timedOut || result.code === null) {
      outcome = {
        defect,
        verdict: result.timedOut ? 'timed out' : 'error',
        failure: `${result.timedOut ? `stopped after ${values.timeout} min` : 'ended by a signal'}; log: ${result.logFile}`,
        ms: result.ms,
        logFile: result.logFile,
      };
    } else {
      outcome = { defect, ...judge(result.code, result.log), ms: result.ms, logFile: result.logFile };
    }
    outcomes.push(outcome);
    console.log(reportLine(outcome));
  }

  const caught = outcomes.filter((outcome) => outcome.verdict === 'caught').length;
  const bad = outcomes.filter((outcome) => outcome.verdict !== 'caught');
  console.log(`\n${caught} of ${outcomes.length} defects caught; logs in ${logs}`);
  for (const outcome of bad) console.log(`  ${outcome.verdict}: ${outcome.defect.name}: ${outcome.defect.description}`);
  const suspect = sameFailure(outcomes);
  if (suspect)
    console.log(
      `\nWarning: ${suspect.count} defects were caught by the same failure (${suspect.failure}): ` +
        'does the suite fail without a defect? Check with --baseline.',
    );
  return bad.length > 0 ? 1 : 0;
}

/** The failure most catches share, when more than one does: a suite failing on its own catches everything. */
export function sameFailure(
  outcomes: readonly Pick<Outcome, 'verdict' | 'step' | 'failure'>[],
): { failure: string; count: number } | undefined {
  const counts = new Map<string, number>();
  for (const { verdict, step, failure } of outcomes)
    if (verdict === 'caught' && failure !== undefined) {
      const key = `${step ?? '?'}: ${failure}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  const [failure, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return count > 1 ? { failure, count } : undefined;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  try {
    process.exitCode = await drill(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  }
}
