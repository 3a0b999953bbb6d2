import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from './flows-on-disk.ts';

/**
 * The layer rules (.dependency-cruiser.cjs) catch a wrong import: the same
 * command `npm run lint:deps` runs, over a small tree written for the test.
 */
const depcruise = join(ROOT, 'node_modules', '.bin', 'depcruise');
let dir = '';

function cruise(files: Record<string, string>): { ok: boolean; output: string } {
  dir = mkdtempSync(join(tmpdir(), 'layers-'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { allowImportingTsExtensions: true } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  try {
    const output = execFileSync(depcruise, ['src', '--config', join(ROOT, '.dependency-cruiser.cjs')], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Each case starts dependency-cruiser (a few seconds, more on a busy machine).
describe('layer rules', { timeout: 60_000 }, () => {
  it('let pages import the shell, the shell the engine', () => {
    const result = cruise({
      'src/engine/walk.ts': 'export const walk = 1;\n',
      'src/app/hook.ts': "import { walk } from '../engine/walk.ts';\nexport const hook = walk;\n",
      'src/steps/Page.ts': "import { hook } from '../app/hook.ts';\nexport const page = hook;\n",
    });
    expect(result.output).toContain('no dependency violations');
    expect(result.ok).toBe(true);
  });

  it.each([
    ['the engine imports the shell', 'src/engine/walk.ts', '../app/hook.ts', 'engine-layer'],
    ['the shell imports a page', 'src/app/hook.ts', '../steps/Page.ts', 'shell-layer'],
    ['text loading imports the shell', 'src/i18n/text.ts', '../app/hook.ts', 'data-layer'],
  ])('fail when %s', (_case, from, to, rule) => {
    const result = cruise({
      'src/engine/walk.ts': 'export const walk = 1;\n',
      'src/app/hook.ts': 'export const hook = 1;\n',
      'src/steps/Page.ts': 'export const page = 1;\n',
      [from]: `import * as wrong from '${to}';\nexport const uses = wrong;\n`,
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(rule);
  });
});
