/**
 * `npm run sources:check`: which cited pages changed since the register
 * checked them. Reads the "Sources read" table of every flows/*\/SOURCES.md
 * (scripts/register-table.ts), fetches each page on learn.microsoft.com or
 * support.microsoft.com (scripts/source-fetch.ts; other hosts are skipped
 * with a note), reads the page's own last-updated date (scripts/page-date.ts)
 * and lists the rows whose page was updated after their Checked day.
 *
 * Not part of `npm test`: it needs the network, and a page that changed is
 * work for a person (re-read it, fix the text, set the row's dates), not a
 * broken build. Offline, it says so in one line and exits 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ROOT } from './flows-on-disk.ts';
import { latestPageDate, pageDates } from './page-date.ts';
import { parseSourcesTable, type SourceRow } from './register-table.ts';
import { FETCHED_HOSTS, type Fetch, type Fetched, fetchPage, isFetchedHost, mapLimit } from './source-fetch.ts';

export const USAGE = `Usage: npm run sources:check [-- --help]

Reads the "Sources read" table of every flows/*/SOURCES.md, fetches each page it cites on
${FETCHED_HOSTS.join(' or ')} (other hosts are skipped), reads the page's own last-updated
date (Learn: ms.date and updated_at; support.microsoft.com: lastPublishedDate or "Last updated")
and lists the rows whose page was updated after their Checked day.

Exit status: 1 when a page changed after its Checked day, a page is gone (HTTP 404 or 410) or a
table does not parse; 2 when nothing changed but some pages could not be read (an HTTP error,
no date found); otherwise 0. Offline, it prints one line and exits 0.`;

export interface SourcesCheckIo {
  /** The project root: registers are read from `<root>/flows/*\/SOURCES.md`. */
  readonly root: string;
  readonly fetch: Fetch;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Per request, in ms. */
  readonly timeoutMs?: number;
  /** For the first request, which tells whether there is a network at all; short, so offline is quick. */
  readonly probeTimeoutMs?: number;
  /** Requests at once. */
  readonly concurrency?: number;
}

/** A table row with the register it is in, relative to the root. */
interface Row extends SourceRow {
  readonly file: string;
}

interface Verdict {
  readonly kind: 'unchanged' | 'changed' | 'gone' | 'not-checked';
  /** For the report: the dates compared, or why the page was not read. */
  readonly detail: string;
}

/** Every register's rows, or the problems of the tables that do not parse. */
function readRegisters(root: string): { rows: Row[]; problems: string[]; registers: number } {
  const flowsDir = join(root, 'flows');
  const files = readdirSync(flowsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(flowsDir, entry.name, 'SOURCES.md')))
    .map((entry) => `flows/${entry.name}/SOURCES.md`)
    .sort();
  const rows: Row[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const table = parseSourcesTable(readFileSync(join(root, file), 'utf8'));
    rows.push(...table.rows.map((row) => ({ ...row, file })));
    problems.push(...table.problems.map((problem) => `${file}: ${problem}`));
  }
  return { rows, problems, registers: files.length };
}

/** What a fetched page says about a row. */
function verdict(row: Row, fetched: Fetched): Verdict {
  if (fetched.kind === 'http-error')
    return { kind: [404, 410].includes(fetched.status) ? 'gone' : 'not-checked', detail: `HTTP ${fetched.status}` };
  if (fetched.kind !== 'page') return { kind: 'not-checked', detail: fetched.reason };
  const latest = latestPageDate(pageDates(fetched.html));
  if (latest === undefined) return { kind: 'not-checked', detail: 'date not found' };
  const detail = `page updated ${latest.date} (${latest.form}), checked ${row.checked}`;
  // Dates are days: a page updated on the day it was checked counts as read.
  return { kind: latest.date > row.checked ? 'changed' : 'unchanged', detail };
}

const where = (row: Row) => `${row.file}:${row.line} ${row.source}`;

/** Runs the check with these arguments; returns the exit code. */
export async function runSourcesCheck(args: readonly string[], io: SourcesCheckIo): Promise<number> {
  const { timeoutMs = 15_000, probeTimeoutMs = 5_000, concurrency = 4 } = io;
  let help: boolean | undefined;
  try {
    help = parseArgs({ args: [...args], strict: true, options: { help: { type: 'boolean', short: 'h' } } }).values.help;
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  if (help) {
    io.out(USAGE);
    return 0;
  }

  const { rows, problems, registers } = readRegisters(io.root);
  if (problems.length > 0) {
    io.err(`The "Sources read" tables do not parse:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    return 1;
  }
  const fetched = rows.filter((row) => isFetchedHost(row.source));
  const skipped = rows.filter((row) => !isFetchedHost(row.source));
  // A page cited by both registers is fetched once.
  const urls = [...new Set(fetched.map((row) => row.source))];

  const pages = new Map<string, Fetched>();
  const [first, ...rest] = urls;
  if (first !== undefined) {
    // A short first request tells offline from online quickly; a slow answer gets one full try.
    let probe = await fetchPage(first, io.fetch, probeTimeoutMs);
    if (probe.kind === 'network' && probe.reason.startsWith('no answer'))
      probe = await fetchPage(first, io.fetch, timeoutMs);
    if (probe.kind === 'network') {
      io.out(`Sources check: offline (${new URL(first).hostname}: ${probe.reason}); nothing was checked.`);
      return 0;
    }
    pages.set(first, probe);
    const results = await mapLimit(rest, concurrency, (url) => fetchPage(url, io.fetch, timeoutMs));
    rest.forEach((url, index) => {
      pages.set(url, results[index] as Fetched);
    });
  }

  const verdicts = fetched.map((row) => ({ row, verdict: verdict(row, pages.get(row.source) as Fetched) }));
  const of = (kind: Verdict['kind']) =>
    verdicts
      .filter(({ verdict }) => verdict.kind === kind)
      .map(({ row, verdict }) => `${where(row)}: ${verdict.detail}`);
  const changed = of('changed');
  const gone = of('gone');

  io.out(
    `Sources check: ${rows.length} row(s) in ${registers} register(s); ${urls.length} page(s) fetched, ` +
      `${skipped.length} row(s) on other hosts skipped.`,
  );
  const list = (title: string, lines: readonly string[]) => {
    if (lines.length > 0) io.out(`\n${title} (${lines.length}):\n${lines.map((line) => `  ${line}`).join('\n')}`);
  };
  list('Changed after the day they were checked', changed);
  list('Gone', gone);
  list('Could not check', of('not-checked'));
  list(`Skipped (not on ${FETCHED_HOSTS.join(' or ')})`, skipped.map(where));

  const attention = changed.length + gone.length;
  const unchecked = of('not-checked').length;
  if (attention > 0) {
    io.out(
      `\n${attention} row(s) to check again: re-read the page, update the text and the row, then set Page updated and Checked.`,
    );
    return 1;
  }
  // Not "all is well" when some pages could not be read (blocked, moved markup): say so, exit 2.
  if (unchecked > 0) {
    io.out(`\nNo page read changed, but ${unchecked} row(s) could not be checked: see above.`);
    return 2;
  }
  io.out('\nNo page changed after the day its row was checked.');
  return 0;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  process.exitCode = await runSourcesCheck(process.argv.slice(2), {
    root: ROOT,
    fetch: (url, init) => fetch(url, init),
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
}
