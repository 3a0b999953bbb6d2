import { describe, expect, it } from 'vitest';
import { soundFlow } from '../engine/fixtures.ts';
import { removalsBeforeAdding } from './content-rules.ts';
import { registerProblems, registerSection } from './flow-kit.ts';

const findings = Object.keys(soundFlow.findings);
const sourced = (id: string) =>
  `### \`${id}\`\n\n- Claim. https://learn.microsoft.com/en-us/entra/identity/x (checked 2026-11-26)\n`;

describe('the content-register check', () => {
  it('passes a register with a sourced, dated section per finding', () => {
    expect(registerProblems(soundFlow, findings.map(sourced).join('\n'))).toEqual([]);
  });

  it('names a finding without a section, without a source and without a date', () => {
    const [first = '', second = '', ...rest] = findings;
    const register = [
      `### \`${second}\`\n\n- Claim. https://example.com/page (checked 2026-11-26)\n`,
      ...rest.map((id) => sourced(id).replace(' (checked 2026-11-26)', '')),
    ].join('\n');
    const problems = registerProblems(soundFlow, register);
    expect(problems).toContain(`no "### \`${first}\`" section`);
    expect(problems).toContain(`"${second}" cites no learn.microsoft.com or support.microsoft.com page`);
    for (const id of rest)
      expect(problems).toContain(`"${id}" does not say when it was checked ("checked YYYY-MM-DD")`);
  });

  it('reads a section only up to the next heading', () => {
    expect(registerSection('### `a`\none\n### `b`\ntwo\n', 'a')).toBe('one\n');
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
