import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chooseDefects,
  type Defect,
  environmentFailure,
  failedStep,
  firstFailure,
  fixedPorts,
  judge,
  readDefects,
  reportLine,
  sameFailure,
} from './drill.ts';
import { ROOT } from './flows-on-disk.ts';

const defects = readDefects();

describe('the seeded defects (drill/)', () => {
  it('are at least 25 patches, each named NN-short-name with a one-line description', () => {
    expect(defects.length).toBeGreaterThanOrEqual(25);
    for (const defect of defects) {
      expect(defect.name).toMatch(/^\d{2,3}-[a-z0-9-]+$/);
      expect(defect.description.length, defect.name).toBeGreaterThan(20);
    }
    expect(new Set(defects.map((defect) => defect.name.split('-')[0])).size, 'numbers are unique').toBe(defects.length);
  });

  it('change no test: each is a mistake in product code, for the tests to catch', () => {
    for (const defect of defects) {
      const text = execFileSync('git', ['apply', '--numstat', defect.file], { cwd: ROOT, encoding: 'utf8' });
      const files = text
        .trim()
        .split('\n')
        .map((line) => line.split('\t')[2] ?? '');
      expect(files.length, defect.name).toBeGreaterThan(0);
      for (const file of files) expect(file, defect.name).not.toMatch(/(^e2e\/|\.test\.tsx?$|^playwright\.config)/);
    }
  });

  // Against the last commit (an index of its own: the checkout is not touched): a patch that no longer
  // applies is made again from a fresh edit (see drill/README.md). The drill itself reports it too.
  it.skipIf(!existsSync(join(ROOT, '.git')))('every patch applies to HEAD (git apply --check)', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'drill-check-'));
    try {
      const env = { ...process.env, GIT_INDEX_FILE: join(scratch, 'index') };
      execFileSync('git', ['read-tree', 'HEAD'], { cwd: ROOT, env });
      const refused = defects.flatMap((defect) => {
        try {
          execFileSync('git', ['apply', '--check', '--cached', defect.file], { cwd: ROOT, env, stdio: 'pipe' });
          return [];
        } catch (error) {
          return [`${defect.name}: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`];
        }
      });
      expect(refused).toEqual([]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('--only', () => {
  const some: Defect[] = [
    { name: '01-option-routes-elsewhere', file: '', description: 'x' },
    { name: '07-focus-outline-removed', file: '', description: 'y' },
  ];

  it('picks defects by number, whole name or name without the number, in the order given', () => {
    expect(chooseDefects(some, '07,01-option-routes-elsewhere').map((defect) => defect.name)).toEqual([
      '07-focus-outline-removed',
      '01-option-routes-elsewhere',
    ]);
    expect(chooseDefects(some, 'focus-outline-removed.patch')).toEqual([some[1]]);
    expect(chooseDefects(some, undefined)).toEqual(some);
  });

  it('refuses a name it does not know', () => {
    expect(() => chooseDefects(some, '99')).toThrow(/No defect "99"/);
  });
});

/** Output as the runs write it to the log (with colours). */
const VITEST_LOG = `
> diagnostic-wizard@0.1.0 test:unit
> vitest run

\u001b[1m\u001b[46m RUN \u001b[49m\u001b[22m v4.1.12 /tmp/drill-x

 \u001b[31m❯\u001b[39m \u001b[30m\u001b[46m engine \u001b[49m\u001b[39m src/app/html-path.test.ts (6 tests | 1 failed) 25ms
     \u001b[32m✓\u001b[39m names a step without .html or /index.html 10ms
\u001b[31m     \u001b[31m×\u001b[31m gives a path with doubled leading slashes one, so the router finds the page\u001b[39m\u001b[32m 10\u001b[2mms\u001b[22m\u001b[39m

\u001b[31m⎯⎯⎯⎯⎯⎯⎯\u001b[39m\u001b[1m\u001b[41m Failed Tests 1 \u001b[49m\u001b[22m\u001b[31m⎯⎯⎯⎯⎯⎯⎯\u001b[39m

\u001b[41m\u001b[1m FAIL \u001b[22m\u001b[49m \u001b[30m\u001b[46m engine \u001b[49m\u001b[39m src/app/html-path.test.ts\u001b[2m > \u001b[22mownAddress\u001b[2m > \u001b[22mgives a path with doubled leading slashes one, so the router finds the page
AssertionError: expected '//en/sspr-admin/symptom' to be '/en/sspr-admin/symptom'
`;

const PLAYWRIGHT_LOG = `
▶ npm run test:e2e:browser  (ensure a Chromium, Playwright against dist/)

Running 412 tests using 2 workers

  ✓   1 [chromium] › e2e/a11y.spec.ts:100:11 › axe › question symptom (3.1s)
  ✘   2 [chromium] › e2e/prerender.spec.ts:92:1 › only the language in use is downloaded, until the reader switches (2.4s)
  -   3 [chromium] › e2e/a11y.spec.ts:124:9 › axe › start, done and more-help pages

  1) [chromium] › e2e/prerender.spec.ts:92:1 › only the language in use is downloaded, until the reader switches ─

    Error: expect(received).toEqual(expected) // deep equality

  1 failed
  1 did not run
  1 passed (38.2s)

Time per step:
  typecheck           31.0 s
  test:e2e:browser    52.3 s  FAILED
  total               83.3 s  (1:23)

Failed: npm run test:e2e:browser (run the rest with --from test:e2e:browser)
`;

describe('reading a run’s log', () => {
  it('finds the first failing vitest test, with its file and describe blocks', () => {
    expect(firstFailure(VITEST_LOG)).toBe(
      'src/app/html-path.test.ts > ownAddress > gives a path with doubled leading slashes one, so the router finds the page',
    );
    expect(failedStep(VITEST_LOG)).toBe('test:unit');
  });

  it('finds the first failing Playwright test, without its number and time, and the runner’s failed step', () => {
    expect(failedStep(PLAYWRIGHT_LOG)).toBe('test:e2e:browser');
    expect(firstFailure(PLAYWRIGHT_LOG)).toBe(
      '[chromium] › e2e/prerender.spec.ts:92:1 › only the language in use is downloaded, until the reader switches',
    );
    // Only the numbered summary line left (another reporter's output).
    expect(firstFailure(PLAYWRIGHT_LOG.replace(/^ {2}✘.*$/m, ''))).toBe(
      '[chromium] › e2e/prerender.spec.ts:92:1 › only the language in use is downloaded, until the reader switches',
    );
  });

  it('names the innermost npm script that failed, from npm’s verbose log', () => {
    const log = [
      'npm verbose title npm test',
      '> x@1.0.0 test',
      'npm verbose title npm run typecheck',
      'npm verbose exit 0',
      'npm verbose title npm run test:e2e',
      'npm verbose title npm run test:e2e:subpath',
      'npm verbose title npm run build:app',
      'npm verbose exit 0',
      '> x@1.0.0 build:app',
      'npm verbose exit 1',
      'npm verbose exit 1',
      'npm verbose exit 1',
    ].join('\n');
    expect(failedStep(log)).toBe('test:e2e › test:e2e:subpath');
    // Without the verbose log: the last script npm announced.
    expect(failedStep('> x@1.0.0 test\n> x@1.0.0 lint\nerror')).toBe('lint');
  });

  it('names a type error, a Biome diagnostic and a layer rule when no test failed', () => {
    expect(
      firstFailure(`> x@1.0.0 typecheck\nsrc/app/clock.ts(11,9): error TS2322: Type 'number' is not assignable.\n`),
    ).toBe("src/app/clock.ts(11,9): TS2322: Type 'number' is not assignable.");
    expect(firstFailure(`> x@1.0.0 lint\nsrc/app/Layout.tsx:53:13 lint/a11y/useValidAnchor ━━━━━━━━━━━━━━━\n`)).toBe(
      'src/app/Layout.tsx:53:13 lint/a11y/useValidAnchor',
    );
    expect(firstFailure('> x@1.0.0 lint:deps\n  error no-circular: src/a.ts → src/b.ts\n')).toBe(
      'no-circular: src/a.ts → src/b.ts',
    );
    expect(
      firstFailure(
        '> x@1.0.0 flow:check\n1 problem(s):\n  locales/nl/sspr-admin.json\n    questions.other-admin.error is missing [missing-text]\n',
      ),
    ).toBe('locales/nl/sspr-admin.json: questions.other-admin.error is missing [missing-text]');
    expect(firstFailure('> x@1.0.0 size\nsomething else\n')).toBeUndefined();
    // Biome's own "×" is not a vitest test.
    expect(
      firstFailure(
        '▶ npm run lint  (Biome)\nsrc/app/FlowRoute.tsx:15:3 lint/correctness/useHookAtTopLevel ━━━━━\n\n  × This hook is called conditionally\n',
      ),
    ).toBe('src/app/FlowRoute.tsx:15:3 lint/correctness/useHookAtTopLevel');
  });

  it('tells a failure of the machine (a port in use) from a catch, and a pass from a catch', () => {
    const taken = 'Error: http://127.0.0.1:5421/ is already used, make sure that nothing is running on the port/url';
    expect(environmentFailure(`x\n${taken}\ny`)).toBe(taken);
    expect(judge(1, `> x@1.0.0 test:e2e\n${taken}\n`)).toEqual({ verdict: 'error', step: 'test:e2e', failure: taken });
    // A test that failed is a catch, whatever else the log says (a test named after EADDRINUSE, say).
    expect(judge(1, `${VITEST_LOG}\nError: listen EADDRINUSE: address already in use\n`)).toMatchObject({
      verdict: 'caught',
      step: 'test:unit',
    });
    expect(judge(1, VITEST_LOG).failure).toMatch(/^src\/app\/html-path\.test\.ts > ownAddress > /);
    expect(judge(0, VITEST_LOG)).toEqual({ verdict: 'MISSED' });
  });

  it('prints one line per defect', () => {
    const defect = { name: '22-double-slash-blank-page', file: '', description: 'x' };
    expect(reportLine({ defect, verdict: 'caught', step: 'test:unit', failure: 'a > b', ms: 75_400 })).toBe(
      'caught         22-double-slash-blank-page  1:15  by test:unit: a > b',
    );
    expect(reportLine({ defect, verdict: 'MISSED', ms: 600_000 })).toBe(
      'MISSED         22-double-slash-blank-page  10:00  npm test passed',
    );
  });
});

describe('ports', () => {
  it('lists the scripts that set E2E_PORT themselves', () => {
    const scripts = {
      'test:e2e:subpath': 'BASE_PATH=/help/wizard/ E2E_PORT=4322 playwright test',
      build: 'vite build',
    };
    expect(fixedPorts(JSON.stringify({ scripts }))).toEqual(['test:e2e:subpath (E2E_PORT=4322)']);
  });
});

describe('a suite that fails on its own', () => {
  it('is suspected when more than one defect is caught by the same failure', () => {
    const caught = { verdict: 'caught' as const, step: 'lint', failure: 'src/a.tsx:1:1 lint/x' };
    expect(sameFailure([caught, caught, { ...caught, failure: 'other' }])).toEqual({
      failure: 'lint: src/a.tsx:1:1 lint/x',
      count: 2,
    });
    expect(sameFailure([caught, { ...caught, failure: 'other' }])).toBeUndefined();
  });
});
