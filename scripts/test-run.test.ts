import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './flows-on-disk.ts';
import { chooseSteps, STEPS, timeTable } from './test-run.ts';

describe('the npm test steps', () => {
  it('are npm scripts, each once, with one typecheck and no script that typechecks again', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const names = STEPS.map((step) => step.script);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(scripts[name], name).toBeDefined();
    expect(names.filter((name) => /\btsc\b/.test(scripts[name] ?? ''))).toEqual(['typecheck']);
    expect(scripts.test).toBe('tsx scripts/test-run.ts');
  });

  it('--from starts at a step, --only picks steps, and a name that is no step is an error', () => {
    expect(chooseSteps({ from: 'build:app' }).map((step) => step.script)[0]).toBe('build:app');
    expect(chooseSteps({ only: 'lint, size' }).map((step) => step.script)).toEqual(['lint', 'size']);
    expect(() => chooseSteps({ only: 'lnt' })).toThrow(/No step "lnt"/);
  });

  it('prints each step with its time, the failed one marked, and the total in minutes', () => {
    const table = timeTable(
      [
        { script: 'typecheck', ms: 12_345, ok: true },
        { script: 'test:unit', ms: 90_000, ok: false },
      ],
      102_345,
    );
    expect(table).toMatch(/typecheck\s+12\.3 s\n/);
    expect(table).toMatch(/test:unit\s+90\.0 s {2}FAILED/);
    expect(table).toMatch(/total\s+102\.3 s {2}\(1:42\)/);
  });
});
