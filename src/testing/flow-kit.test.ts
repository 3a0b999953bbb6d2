import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/flows-on-disk.ts';
import { soundFlow } from '../engine/fixtures.ts';
import { removalsBeforeAdding } from './content-rules.ts';
import { registerProblems, registerSection, sourceHosts } from './flow-kit.ts';

const findings = Object.keys(soundFlow.findings);
const section = (id: string, link: string) => `### \`${id}\`\n\n- Claim. ${link} (checked 2026-11-26)\n`;
const sourced = (id: string) => section(id, 'https://learn.microsoft.com/en-us/entra/identity/x');
const MICROSOFT = '- Source hosts: `learn.microsoft.com`, `support.microsoft.com`. Sources are pages on these only.\n';
/** A "Sources read" table citing these pages. */
const table = (...sources: string[]) =>
  `## Sources read\n\n| Source | Page updated | Checked | Version read |\n| --- | --- | --- | --- |\n${sources
    .map((source) => `| ${source} | unknown | 2026-11-26 | read |`)
    .join('\n')}\n\n`;
/** A register: the hosts line (if any), a table and a section per finding citing `link`. */
const register = (hosts: string, link: string) =>
  `${hosts}\n${table(link)}## Findings\n\n${findings.map((id) => section(id, link)).join('\n')}`;

describe('the content-register check', () => {
  it('passes a register with a sourced, dated section per finding and a Sources read table', () => {
    expect(
      registerProblems(
        soundFlow,
        // The sections cite /en-us/entra/identity/x; the row without the locale is the same page.
        MICROSOFT + table('https://learn.microsoft.com/entra/identity/x') + findings.map(sourced).join('\n'),
      ),
    ).toEqual([]);
  });

  it('with source hosts, names a cited page that has no row in Sources read (sources:check would miss it)', () => {
    const text = MICROSOFT + table('https://learn.microsoft.com/a') + findings.map(sourced).join('\n');
    expect(registerProblems(soundFlow, text)).toEqual([
      'cites https://learn.microsoft.com/entra/identity/x but "Sources read" has no row for it',
    ]);
  });

  it('names a finding without a section, without a source on the allowed hosts and without a date', () => {
    const [first = '', second = '', ...rest] = findings;
    const text = [
      MICROSOFT,
      table('https://learn.microsoft.com/a'),
      `### \`${second}\`\n\n- Claim. https://example.com/page (checked 2026-11-26)\n`,
      ...rest.map((id) => sourced(id).replace(' (checked 2026-11-26)', '')),
    ].join('\n');
    const problems = registerProblems(soundFlow, text);
    expect(problems).toContain(`no "### \`${first}\`" section`);
    expect(problems).toContain(`"${second}" cites no page on learn.microsoft.com or support.microsoft.com`);
    for (const id of rest)
      expect(problems).toContain(`"${id}" does not say when it was checked ("checked YYYY-MM-DD")`);
  });

  it('reads a section only up to the next heading', () => {
    expect(registerSection('### `a`\none\n### `b`\ntwo\n', 'a')).toBe('one\n');
  });
});

describe('the hosts a register allows', () => {
  const printer = 'https://support.example-printers.com/manuals/p100';

  it('without a "Source hosts" line, any https source counts: a printer troubleshooter cites its maker', () => {
    expect(sourceHosts(register('', printer))).toBeUndefined();
    expect(registerProblems(soundFlow, register('', printer))).toEqual([]);
  });

  it('still needs a source: an http link or none is not one', () => {
    const problems = registerProblems(soundFlow, register('', 'http://support.example-printers.com/p100'));
    expect(problems).toContain(`"${findings[0]}" cites no source (an https link)`);
  });

  it('with the line, only pages on those hosts count, in the sections and in the table', () => {
    const hosts = '- Source hosts: `support.example-printers.com`.\n';
    expect(sourceHosts(hosts)).toEqual(['support.example-printers.com']);
    expect(registerProblems(soundFlow, register(hosts, printer))).toEqual([]);
    const problems = registerProblems(soundFlow, register(hosts, 'https://learn.microsoft.com/a'));
    expect(problems).toContain(`"${findings[0]}" cites no page on support.example-printers.com`);
    expect(problems).toContain(
      'Sources read, line 7: https://learn.microsoft.com/a is not on support.example-printers.com',
    );
  });

  it('a Microsoft register rejects a printer maker’s page', () => {
    expect(registerProblems(soundFlow, register(MICROSOFT, printer))).toContain(
      `"${findings[0]}" cites no page on learn.microsoft.com or support.microsoft.com`,
    );
  });

  it('a "Source hosts" line that names no host is a problem, not "any host"', () => {
    expect(registerProblems(soundFlow, register('- Source hosts: none yet\n', printer))).toEqual([
      'the "Source hosts:" line names no host (write `host`)',
    ]);
  });

  it.each(['sspr-admin', 'sspr-user'])('%s keeps to learn.microsoft.com and support.microsoft.com', (id) => {
    const text = readFileSync(`${ROOT}/flows/${id}/SOURCES.md`, 'utf8');
    expect(sourceHosts(text)).toEqual(['learn.microsoft.com', 'support.microsoft.com']);
  });
});

describe('the Sources read table', () => {
  it('is part of the register check', () => {
    const withoutTable = MICROSOFT + findings.map(sourced).join('\n');
    expect(registerProblems(soundFlow, withoutTable)).toEqual(['Sources read: no "## Sources read" section']);
  });
});

describe('the lock-out rule', () => {
  it('flags removing a way to verify before adding one, in each language it knows', () => {
    const text = { findings: { a: { steps: ['Remove that number.', 'First add the app, then remove the number.'] } } };
    expect(removalsBeforeAdding('en', text)).toEqual(['findings.a.steps.0']);
    expect(removalsBeforeAdding('nl', { steps: ['Verwijder dat nummer.', 'Voeg eerst de app toe.'] })).toEqual([
      'steps.0',
    ]);
  });
});
