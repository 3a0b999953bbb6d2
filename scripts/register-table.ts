/**
 * The "Sources read" table of a content register (flows/<id>/SOURCES.md),
 * read as data. This is the one parser for it: the flow tests and
 * `npm run flow:check` (through src/testing/register-check.ts) and
 * `npm run sources:check` all import it, so they agree on what a valid table
 * is.
 *
 *   | Source | Page updated | Checked | Version read |
 *
 * One row per page: `Source` is one https address; `Page updated` is the
 * page's own last-updated date in the version read (YYYY-MM-DD, or
 * `unknown`); `Checked` is the day the row was last checked against the page
 * (YYYY-MM-DD); `Version read` is free text.
 */

/** The table's heading in the register. */
export const SOURCES_HEADING = '## Sources read';

/** The table's columns, in order. */
export const SOURCES_COLUMNS = ['Source', 'Page updated', 'Checked', 'Version read'] as const;

/** What `Page updated` says when the version read gave no date. */
export const UNKNOWN = 'unknown';

export interface SourceRow {
  /** The 1-based line of the row in the register, for messages. */
  readonly line: number;
  readonly source: string;
  /** YYYY-MM-DD, or `unknown`. */
  readonly pageUpdated: string;
  /** YYYY-MM-DD. */
  readonly checked: string;
  readonly versionRead: string;
}

export interface SourcesTable {
  readonly rows: readonly SourceRow[];
  /** Why the table is not valid; empty when it is. */
  readonly problems: readonly string[];
}

/** Whether `text` is a real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** A row's cells, trimmed; `\|` inside a cell is a pipe, not a cell boundary. */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replaceAll('\\|', '|'));
}

/** Whether `text` is one absolute https address (nothing else in the cell). */
function isHttpsUrl(text: string): boolean {
  if (!/^https:\/\/\S+$/.test(text)) return false;
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The table's lines after the heading, up to the next heading; `start` is the heading's index. */
function tableLines(lines: readonly string[], start: number): { text: string; line: number }[] {
  const found: { text: string; line: number }[] = [];
  for (let index = start + 1; index < lines.length; index += 1) {
    const text = lines[index] ?? '';
    if (/^#{1,6} /.test(text)) break;
    if (text.trim().startsWith('|')) found.push({ text, line: index + 1 });
    // The table ends at its first non-table line; prose may come before it.
    else if (found.length > 0) break;
  }
  return found;
}

/** Reads the "Sources read" table of a register; every problem is reported, none thrown. */
export function parseSourcesTable(register: string): SourcesTable {
  const lines = register.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === SOURCES_HEADING);
  if (start === -1) return { rows: [], problems: [`no "${SOURCES_HEADING}" section`] };
  const [header, delimiter, ...body] = tableLines(lines, start);
  const expected = `| ${SOURCES_COLUMNS.join(' | ')} |`;
  if (header === undefined) return { rows: [], problems: [`"${SOURCES_HEADING}" has no table`] };
  if (cells(header.text).join('|') !== SOURCES_COLUMNS.join('|'))
    return { rows: [], problems: [`line ${header.line}: the table's columns are not ${expected}`] };
  if (delimiter === undefined || !cells(delimiter.text).every((cell) => /^:?-+:?$/.test(cell)))
    return { rows: [], problems: [`line ${header.line + 1}: the header row is not followed by | --- | row`] };

  const rows: SourceRow[] = [];
  const problems: string[] = [];
  for (const { text, line } of body) {
    const found = cells(text);
    if (found.length !== SOURCES_COLUMNS.length) {
      problems.push(`line ${line}: ${found.length} cells, not ${SOURCES_COLUMNS.length}`);
      continue;
    }
    const [source = '', pageUpdated = '', checked = '', versionRead = ''] = found;
    const before = problems.length;
    if (!isHttpsUrl(source)) problems.push(`line ${line}: Source "${source}" is not one https address`);
    if (pageUpdated !== UNKNOWN && !isIsoDate(pageUpdated))
      problems.push(`line ${line}: Page updated "${pageUpdated}" is not a date (YYYY-MM-DD) or "${UNKNOWN}"`);
    if (!isIsoDate(checked)) problems.push(`line ${line}: Checked "${checked}" is not a date (YYYY-MM-DD)`);
    // A row cannot have been checked against a version from after the check.
    else if (isIsoDate(pageUpdated) && pageUpdated > checked)
      problems.push(`line ${line}: Page updated ${pageUpdated} is after Checked ${checked}`);
    if (problems.length === before) rows.push({ line, source, pageUpdated, checked, versionRead });
  }
  // One page per row: a second row for the same page would be checked against two dates.
  const seen = new Map<string, number>();
  for (const row of rows) {
    const first = seen.get(row.source);
    if (first !== undefined) problems.push(`line ${row.line}: ${row.source} is already on line ${first}`);
    else seen.set(row.source, row.line);
  }
  if (body.length === 0) problems.push(`"${SOURCES_HEADING}" lists no source`);
  return { rows, problems };
}
