import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './flows-on-disk.ts';
import { isIsoDate, parseSourcesTable, UNKNOWN } from './register-table.ts';

const HEAD = '## Sources read\n\n| Source | Page updated | Checked | Version read |\n| --- | --- | --- | --- |\n';
const table = (...rows: string[]) => `# Register\n\n${HEAD}${rows.join('\n')}\n\n## Next\n\n| not | this |\n`;

/** Every content register in the project. */
const registers = readdirSync(join(ROOT, 'flows'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => {
    try {
      return [[entry.name, readFileSync(join(ROOT, 'flows', entry.name, 'SOURCES.md'), 'utf8')] as const];
    } catch {
      return [];
    }
  });

describe('the Sources read table of the real registers', () => {
  it('finds the registers', () => {
    expect(registers.map(([id]) => id)).toEqual(expect.arrayContaining(['sspr-admin', 'sspr-user']));
  });

  it.each(registers)(
    '%s: parses, and every row has a URL, a Page updated date or "unknown", and a Checked date',
    (_id, text) => {
      const { rows, problems } = parseSourcesTable(text);
      expect(problems).toEqual([]);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.source).toMatch(/^https:\/\/[^\s]+$/);
        expect(row.pageUpdated === UNKNOWN || isIsoDate(row.pageUpdated), row.pageUpdated).toBe(true);
        expect(isIsoDate(row.checked), row.checked).toBe(true);
        // A page is not updated after the day it was checked against.
        if (row.pageUpdated !== UNKNOWN) expect(row.pageUpdated <= row.checked, row.source).toBe(true);
      }
    },
  );
});

describe('parseSourcesTable', () => {
  it('reads each row, with its line, and stops at the end of the table', () => {
    const { rows, problems } = parseSourcesTable(
      table(
        '| https://learn.microsoft.com/a | 2025-06-06 | 2026-11-26 | commit 1, ms.date 06/06/2025 |',
        '| https://www.example.com/printer | unknown | 2026-11-26 | a \\| pipe |',
      ),
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 7,
        source: 'https://learn.microsoft.com/a',
        pageUpdated: '2025-06-06',
        checked: '2026-11-26',
        versionRead: 'commit 1, ms.date 06/06/2025',
      },
      {
        line: 8,
        source: 'https://www.example.com/printer',
        pageUpdated: 'unknown',
        checked: '2026-11-26',
        versionRead: 'a | pipe',
      },
    ]);
  });

  it('names each bad cell with its line', () => {
    const { rows, problems } = parseSourcesTable(
      table(
        '| https://learn.microsoft.com/a and https://learn.microsoft.com/b | 2025-06-06 | 2026-11-26 | two |',
        '| http://learn.microsoft.com/a | 06/06/2025 | 2026-02-30 | old form |',
        '| https://learn.microsoft.com/c | 2026-11-26 |',
      ),
    );
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      'line 7: Source "https://learn.microsoft.com/a and https://learn.microsoft.com/b" is not one https address',
      'line 8: Source "http://learn.microsoft.com/a" is not one https address',
      'line 8: Page updated "06/06/2025" is not a date (YYYY-MM-DD) or "unknown"',
      'line 8: Checked "2026-02-30" is not a date (YYYY-MM-DD)',
      'line 9: 2 cells, not 4',
    ]);
  });

  it('reports a page updated after the day it was checked, and a page listed twice', () => {
    const { problems } = parseSourcesTable(
      table(
        '| https://learn.microsoft.com/a | 2026-12-08 | 2026-12-07 | read |',
        '| https://learn.microsoft.com/b | 2026-12-01 | 2026-12-07 | read |',
        '| https://learn.microsoft.com/b | unknown | 2026-12-07 | again |',
      ),
    );
    expect(problems).toEqual([
      'line 7: Page updated 2026-12-08 is after Checked 2026-12-07',
      'line 9: https://learn.microsoft.com/b is already on line 8',
    ]);
  });

  it('reports a register without the section, the table, the columns or a row', () => {
    expect(parseSourcesTable('# Register\n').problems).toEqual(['no "## Sources read" section']);
    expect(parseSourcesTable('## Sources read\n\nNone yet.\n\n## Next\n| a |\n').problems).toEqual([
      '"## Sources read" has no table',
    ]);
    expect(parseSourcesTable('## Sources read\n\n| Source | Version read |\n| --- | --- |\n').problems).toEqual([
      "line 3: the table's columns are not | Source | Page updated | Checked | Version read |",
    ]);
    expect(parseSourcesTable(HEAD).problems).toEqual(['"## Sources read" lists no source']);
  });
});
