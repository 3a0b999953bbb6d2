/**
 * The content-register rule (flows/<id>/SOURCES.md), in one place: the flow
 * tests (flow-kit.ts) and `npm run flow:check` both call `registerProblems`,
 * so the check can never pass where the tests fail. No vitest here, so a
 * plain script can import it.
 *
 * The rule: every finding and note has a section `### \`id\`` that cites a
 * source (an https link) and says when it was checked ("checked
 * YYYY-MM-DD"), and the "Sources read" table parses. A register may restrict
 * its sources to some hosts with a line
 *
 *   - Source hosts: `learn.microsoft.com`, `support.microsoft.com`.
 *
 * (the sspr registers do: readers act on that advice with their only admin
 * account); without one, any https page counts, so a troubleshooter about a
 * printer can cite its maker's site.
 */
import { join } from 'node:path';
import { parseSourcesTable } from '../../scripts/register-table.ts';
import type { AnyFlow } from '../engine/types.ts';

/** Where a flow's register is. */
export const registerFile = (root: string, id: string) => join(root, 'flows', id, 'SOURCES.md');

const CHECKED = /checked 20\d\d-\d\d-\d\d/;
const LINK = /https:\/\/[^\s|<>()[\]`"']+/g;

/** The hosts a register allows its sources on (lowercase); undefined when it names none, so any host is allowed. */
export function sourceHosts(register: string): readonly string[] | undefined {
  const line = /^(?:- )?Source hosts:(.*)$/m.exec(register)?.[1];
  if (line === undefined) return undefined;
  return [...line.matchAll(/`([^`]+)`/g)].map((match) => (match[1] ?? '').toLowerCase());
}

/** The host of an https link, lowercase; undefined when it is not a valid address. */
function hostOf(link: string): string | undefined {
  try {
    return new URL(link).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * A cited page as one key, however the link was written: host and path, without a locale
 * segment (`/en-us/`), query, fragment, trailing slash or the sentence's closing punctuation.
 */
export function pageKey(link: string): string {
  const trimmed = link.replace(/[.,;:!?*_]+$/, '');
  try {
    const url = new URL(trimmed);
    const path = url.pathname.replace(/^\/[a-z]{2}-[a-z]{2}(?=\/)/i, '').replace(/\/+$/, '');
    return `${url.hostname.toLowerCase()}${path}`;
  } catch {
    return trimmed;
  }
}

/** The content register's section for one finding or note: from its `### \`id\`` heading to the next heading. */
export function registerSection(register: string, id: string): string | undefined {
  const start = register.search(new RegExp(`^### \`${id}\`\\s*$`, 'm'));
  if (start === -1) return undefined;
  const rest = register.slice(register.indexOf('\n', start) + 1);
  const end = rest.search(/^#{2,3} /m);
  return end === -1 ? rest : rest.slice(0, end);
}

/** What the content register lacks: a sourced, dated section per finding and note, and a valid "Sources read" table. */
export function registerProblems(flow: AnyFlow, register: string): string[] {
  const hosts = sourceHosts(register);
  if (hosts !== undefined && hosts.length === 0) return ['the "Source hosts:" line names no host (write `host`)'];
  const allowed = (link: string) => {
    const host = hostOf(link);
    return host !== undefined && (hosts === undefined || hosts.includes(host));
  };
  const where = hosts === undefined ? 'no source (an https link)' : `no page on ${hosts.join(' or ')}`;

  const ids: string[] = [...Object.keys(flow.findings), ...(flow.notes ?? [])];
  const sections = ids.flatMap((id) => {
    const text = registerSection(register, id);
    if (text === undefined) return [`no "### \`${id}\`" section`];
    // Other links may appear in a claim (an address the text gives); one allowed source is what counts.
    if (!(text.match(LINK) ?? []).some(allowed)) return [`"${id}" cites ${where}`];
    if (!CHECKED.test(text)) return [`"${id}" does not say when it was checked ("checked YYYY-MM-DD")`];
    return [];
  });

  const table = parseSourcesTable(register);
  // Every page a register cites on its source hosts has a row, so `sources:check` watches it.
  const listed = new Set(table.rows.map((row) => pageKey(row.source)));
  // (Only once the table parses: a row it could not read is reported as such, not as missing.)
  const unlisted =
    hosts === undefined || table.problems.length > 0
      ? []
      : [...new Set((register.match(LINK) ?? []).filter(allowed).map(pageKey))]
          .filter((key) => !listed.has(key))
          .map((key) => `cites https://${key} but "Sources read" has no row for it`);
  const offHost =
    hosts === undefined
      ? []
      : table.rows
          .filter((row) => !allowed(row.source))
          .map((row) => `Sources read, line ${row.line}: ${row.source} is not on ${hosts.join(' or ')}`);
  return [...sections, ...table.problems.map((problem) => `Sources read: ${problem}`), ...offHost, ...unlisted];
}
