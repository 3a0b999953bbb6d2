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
  const offHost =
    hosts === undefined
      ? []
      : table.rows
          .filter((row) => !allowed(row.source))
          .map((row) => `Sources read, line ${row.line}: ${row.source} is not on ${hosts.join(' or ')}`);
  return [...sections, ...table.problems.map((problem) => `Sources read: ${problem}`), ...offHost];
}
