import { describe, expect, it } from 'vitest';
import {
  CORE_THRESHOLD,
  DECISION_CORE,
  DEFAULT_THRESHOLD,
  formatSurvivors,
  formatTable,
  type MutationReport,
  type ReportMutant,
  scoreFiles,
  thresholdOf,
} from './mutation-thresholds.ts';

const mutant = (status: string, line = 1): ReportMutant => ({
  mutatorName: 'ConditionalExpression',
  replacement: 'true',
  status,
  location: { start: { line, column: 3 } },
});
const times = (count: number, status: string) => Array.from({ length: count }, (_, index) => mutant(status, index + 1));

describe('thresholdOf', () => {
  it('holds the decision core to the core threshold and every other file to the default', () => {
    expect(CORE_THRESHOLD).toBeGreaterThan(DEFAULT_THRESHOLD);
    for (const file of DECISION_CORE) expect(thresholdOf(file)).toBe(CORE_THRESHOLD);
    expect(thresholdOf('src/engine/flow-layout.ts')).toBe(DEFAULT_THRESHOLD);
    // Stryker may write the path with ./ or backslashes.
    expect(thresholdOf('./src/engine/walk.ts')).toBe(CORE_THRESHOLD);
    expect(thresholdOf('src\\engine\\paths.ts')).toBe(CORE_THRESHOLD);
  });
});

describe('scoreFiles', () => {
  it('scores killed and timed-out mutants as detected, survived and uncovered ones as not', () => {
    const report: MutationReport = {
      files: {
        'src/engine/walk.ts': {
          mutants: [...times(8, 'Killed'), ...times(1, 'Timeout'), ...times(1, 'NoCoverage')],
        },
        'src/engine/mermaid.ts': { mutants: [...times(4, 'Killed'), ...times(1, 'Survived')] },
      },
    };
    const [mermaid, walk] = scoreFiles(report);
    expect(walk).toMatchObject({ file: 'src/engine/walk.ts', detected: 9, undetected: 1, score: 90, ok: true });
    expect(mermaid).toMatchObject({ file: 'src/engine/mermaid.ts', detected: 4, undetected: 1, score: 80, ok: true });
  });

  it('fails a file just below its threshold', () => {
    const report: MutationReport = {
      files: { 'src/engine/graph.ts': { mutants: [...times(899, 'Killed'), ...times(101, 'Survived')] } },
    };
    expect(scoreFiles(report)[0]).toMatchObject({ score: 89.9, threshold: 90, ok: false });
  });

  it('leaves out ignored mutants and ones that do not compile or crash, and passes a file without valid mutants', () => {
    const report: MutationReport = {
      files: {
        'src/engine/ids.ts': { mutants: [...times(2, 'Ignored'), ...times(1, 'CompileError')] },
        'src/engine/url-state.ts': { mutants: [...times(9, 'Killed'), ...times(5, 'RuntimeError')] },
      },
    };
    const [ids, urlState] = scoreFiles(report);
    expect(ids).toMatchObject({ score: undefined, ok: true });
    expect(urlState).toMatchObject({ score: 100, ok: true });
  });
});

describe('formatTable and formatSurvivors', () => {
  const report: MutationReport = {
    files: {
      'src/engine/paths.ts': { mutants: [...times(2, 'Killed'), mutant('Survived', 42), mutant('NoCoverage', 7)] },
      'src/engine/mermaid.ts': { mutants: [...times(5, 'Killed'), mutant('Survived', 9)] },
    },
  };

  it('prints one aligned row per file with its score, threshold and verdict', () => {
    expect(formatTable(scoreFiles(report)).split('\n')).toEqual([
      'file                  | score        | threshold | ok   ',
      '----------------------|--------------|-----------|------',
      'src/engine/mermaid.ts | 83.33% (5/6) | 80%       | ok   ',
      'src/engine/paths.ts   | 50.00% (2/4) | 90%       | BELOW',
    ]);
  });

  it('shows a score just under a threshold without rounding it up to the threshold', () => {
    const near: MutationReport = {
      files: { 'src/engine/walk.ts': { mutants: [...times(19_999, 'Killed'), ...times(2_223, 'Survived')] } },
    };
    const [row] = scoreFiles(near);
    expect(row?.ok).toBe(false);
    expect(formatTable(scoreFiles(near))).toContain('89.99% (19999/22222)');
  });

  it('lists the undetected mutants of the files below their threshold only', () => {
    expect(formatSurvivors(scoreFiles(report))).toBe(
      [
        'src/engine/paths.ts:42:3 ConditionalExpression Survived → true',
        'src/engine/paths.ts:7:3 ConditionalExpression NoCoverage → true',
      ].join('\n'),
    );
  });
});
