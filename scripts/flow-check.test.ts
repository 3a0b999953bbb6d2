import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brokenFixtures, latticeFlow, soundFlow, soundFlowText } from '../src/engine/fixtures.ts';
import { registerProblems } from '../src/testing/register-check.ts';
import { checkFlows, formatReport } from './flow-check.ts';

let root: string;

function write(relativePath: string, content: unknown) {
  const file = join(root, relativePath);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
}

const REGISTER = 'flows/fixture-sound/SOURCES.md';

/** A content register for the sound fixture: a sourced, dated section per finding, and a Sources read table. */
function soundRegister(): string {
  const link = 'https://learn.microsoft.com/en-us/entra/identity/x';
  const sections = Object.keys(soundFlow.findings).map(
    (id) => `### \`${id}\`\n\n- Claim. ${link} (checked 2026-11-26)\n`,
  );
  return [
    '- Source hosts: `learn.microsoft.com`, `support.microsoft.com`.',
    '',
    '## Sources read',
    '',
    '| Source | Page updated | Checked | Version read |',
    '| --- | --- | --- | --- |',
    `| ${link} | 2025-06-06 | 2026-11-26 | commit 1 |`,
    '',
    '## Findings',
    '',
    ...sections,
  ].join('\n');
}

/** A project with complete, matching text for the sound fixture in nl and en, and its content register. */
function writeSoundProject() {
  for (const language of ['nl', 'en']) {
    write(`locales/${language}/common.json`, { nav: { back: language === 'nl' ? 'Terug' : 'Back' } });
    write(`locales/${language}/fixture-sound.json`, soundFlowText());
  }
  write(REGISTER, soundRegister());
}

const brief = (problems: readonly { file: string; key?: string; code: string }[]) =>
  problems.map(({ file, key, code }) => ({ file, key, code }));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'flow-check-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('checkFlows', () => {
  it('reports no problems and counts the flow when everything is in place', () => {
    writeSoundProject();
    const report = checkFlows({ flows: [soundFlow], root });
    expect(report.problems).toEqual([]);
    expect(report.languages).toEqual(['nl', 'en']);
    // 3 colours × (big: 2 details × 2 help answers + small: 2 help answers)
    const lengths = { paths: 6n, min: 3, median: 4, max: 4 };
    expect(report.flows).toEqual([
      {
        id: 'fixture-sound',
        nodes: 6,
        questions: 5,
        findings: 5,
        paths: 18n,
        lengths: [
          {
            from: undefined,
            paths: 18n,
            byFirstAnswer: ['red', 'blue', 'not-sure'].map((first) => ({ first, ...lengths })),
          },
        ],
      },
    ]);
  });

  it('reports a missing locale file instead of crashing', () => {
    writeSoundProject();
    rmSync(join(root, 'locales/en/fixture-sound.json'));
    const report = checkFlows({ flows: [soundFlow], root });
    expect(brief(report.problems)).toEqual([
      { file: 'locales/en/fixture-sound.json', key: undefined, code: 'missing-file' },
    ]);
  });

  it('reports a file that is not valid JSON', () => {
    writeSoundProject();
    write('locales/nl/common.json', '{ "nav": ');
    const report = checkFlows({ flows: [soundFlow], root });
    expect(brief(report.problems)).toEqual([{ file: 'locales/nl/common.json', key: undefined, code: 'invalid-json' }]);
  });

  it('reports a missing locales directory, and a missing required language', () => {
    write(REGISTER, soundRegister());
    expect(brief(checkFlows({ flows: [soundFlow], root }).problems)).toEqual([
      { file: 'locales/', key: undefined, code: 'missing-directory' },
    ]);
    writeSoundProject();
    rmSync(join(root, 'locales/en'), { recursive: true });
    expect(brief(checkFlows({ flows: [soundFlow], root }).problems)).toEqual([
      { file: 'locales/en/', key: undefined, code: 'missing-directory' },
    ]);
  });

  it('checks every language directory found, not only the required ones', () => {
    writeSoundProject();
    write('locales/de/common.json', { nav: { back: 'Zurück' } });
    const report = checkFlows({ flows: [soundFlow], root });
    expect(report.languages).toEqual(['nl', 'en', 'de']);
    expect(brief(report.problems)).toEqual([
      { file: 'locales/de/fixture-sound.json', key: undefined, code: 'missing-file' },
    ]);
  });

  it('names the file and key path of each text problem, and a missing needed text only once', () => {
    writeSoundProject();
    const english = soundFlowText();
    delete english.questions.colour?.title;
    english.findings['red-cause'] = {
      ...english.findings['red-cause'],
      steps: ['Do this.', { text: 'Run:', code: 'Do-It -Now' }],
    };
    write('locales/en/fixture-sound.json', english);
    write('locales/nl/common.json', { nav: { back: ' ' } });
    const report = checkFlows({ flows: [soundFlow], root });
    expect(brief(report.problems)).toEqual([
      { file: 'locales/nl/common.json', key: 'nav.back', code: 'empty-text' },
      { file: 'locales/*/fixture-sound.json', key: 'findings.red-cause.steps.1.code', code: 'code-differs' },
      { file: 'locales/en/fixture-sound.json', key: 'questions.colour.title', code: 'missing-text' },
    ]);
  });

  it('reports structural problems against the flow file and does not count paths of a broken flow', () => {
    const cycle = brokenFixtures.find((fixture) => fixture.code === 'cycle')?.flow;
    if (!cycle) throw new Error('cycle fixture missing');
    const report = checkFlows({ flows: [cycle], root });
    expect(report.problems).toContainEqual(
      expect.objectContaining({ file: 'flows/fixture-cycle/flow.ts', key: 'first', code: 'cycle' }),
    );
    expect(report.flows[0]?.paths).toBeUndefined();
  });

  it("checks the content register with the flow tests' own function: a missing section fails here too", () => {
    writeSoundProject();
    const [first = ''] = Object.keys(soundFlow.findings);
    write(REGISTER, soundRegister().replace(`### \`${first}\``, '### `renamed`'));
    const report = checkFlows({ flows: [soundFlow], root });
    const expected = registerProblems(soundFlow, readFileSync(join(root, REGISTER), 'utf8'));
    expect(expected).toEqual([`no "### \`${first}\`" section`]);
    expect(report.problems).toEqual(expected.map((message) => ({ file: REGISTER, code: 'register', message })));
    expect(formatReport(report)).toContain(`  ${REGISTER}\n    no "### \`${first}\`" section [register]`);
  });

  it('reports a Sources read table that does not parse, and a missing register', () => {
    writeSoundProject();
    write(REGISTER, soundRegister().replace('| 2025-06-06 |', '| 06/06/2025 |'));
    expect(checkFlows({ flows: [soundFlow], root }).problems).toEqual([
      {
        file: REGISTER,
        code: 'register',
        message: 'Sources read: line 7: Page updated "06/06/2025" is not a date (YYYY-MM-DD) or "unknown"',
      },
    ]);
    rmSync(join(root, REGISTER));
    expect(brief(checkFlows({ flows: [soundFlow], root }).problems)).toEqual([
      { file: REGISTER, key: undefined, code: 'missing-file' },
    ]);
  });

  it('reports a flow listed twice', () => {
    writeSoundProject();
    const report = checkFlows({ flows: [soundFlow, soundFlow], root });
    expect(brief(report.problems)).toEqual([
      { file: 'flows/fixture-sound/flow.ts', key: undefined, code: 'duplicate-flow' },
    ]);
  });
});

describe('formatReport', () => {
  it('shows the counts and says when there is nothing wrong', () => {
    writeSoundProject();
    const text = formatReport(checkFlows({ flows: [soundFlow], root }));
    expect(text).toContain('fixture-sound: 6 nodes (5 questions), 5 findings, 18 complete paths');
    expect(text).toContain('always (18 paths): red 3 / 4 / 4; blue 3 / 4 / 4; not-sure 3 / 4 / 4');
    expect(text).toContain('languages: nl, en');
    expect(text).toContain('No problems found.');
  });

  it('says how long the check took, when told', () => {
    writeSoundProject();
    expect(formatReport(checkFlows({ flows: [soundFlow], root }), 12.4)).toContain('1 flow(s) in 12 ms;');
  });

  it('counts a flow with more paths than a double holds, exactly and at once', () => {
    writeSoundProject();
    const flow = latticeFlow({ questions: 300 });
    const started = performance.now();
    const [counts] = checkFlows({ flows: [flow], root }).flows;
    expect(performance.now() - started).toBeLessThan(2000);
    expect(counts?.paths).toBeGreaterThan(2n ** 53n);
    expect(formatReport(checkFlows({ flows: [flow], root }))).toContain(`${counts?.paths} complete paths`);
  });

  it('lists each problem under its file with the key path', () => {
    writeSoundProject();
    rmSync(join(root, 'locales/en/common.json'));
    write('locales/nl/fixture-sound.json', { ...soundFlowText(), meta: { title: 'Titel', description: '' } });
    const text = formatReport(checkFlows({ flows: [soundFlow], root }));
    expect(text).toContain('2 problem(s):');
    expect(text).toContain('  locales/en/common.json\n    file is missing [missing-file]');
    expect(text).toContain('  locales/nl/fixture-sound.json\n    meta.description is empty [empty-text]');
    expect(text).not.toContain('No problems found.');
    expect(text).not.toContain('meta.description: meta.description');
  });
});
