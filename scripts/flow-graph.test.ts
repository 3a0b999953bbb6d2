import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { soundFlow } from '../src/engine/fixtures.ts';
import { nodeEntries } from '../src/engine/graph.ts';
import { mermaidText } from '../src/engine/mermaid.ts';
import type { AnyFlow } from '../src/engine/types.ts';
import { LANGUAGES } from '../src/i18n/languages.ts';
import { labelsFromLocale, runFlowGraph } from './flow-graph.ts';
import { loadFlowsFromDisk, ROOT } from './flows-on-disk.ts';

let flows: AnyFlow[];

beforeAll(async () => {
  flows = await loadFlowsFromDisk();
});

function run(args: string[], root = ROOT, given: readonly AnyFlow[] = flows) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runFlowGraph(args, {
    flows: given,
    root,
    languages: LANGUAGES,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { code, out: out.join(''), err: err.join('') };
}

interface LocaleText {
  questions: Record<string, { title: string; options: Record<string, { label: string }> }>;
}

describe('flow:graph on every flow on disk', () => {
  it('has flows to draw', () => {
    expect(flows.length).toBeGreaterThan(0);
  });

  it('prints every flow with ids: a node per step, an edge per option', () => {
    for (const flow of flows) {
      const { code, out, err } = run([flow.id]);
      expect(code).toBe(0);
      expect(err).toBe('');
      expect(out.startsWith('flowchart TD\n')).toBe(true);
      for (const [id, node] of nodeEntries(flow)) {
        expect(out).toContain(`["${id}"]`);
        if (node.kind === 'question')
          for (const option of node.options) expect(out).toMatch(new RegExp(`-->\\|"${option.id}[ "]`));
      }
    }
  });

  it('prints the titles and labels of the language asked for', () => {
    for (const flow of flows)
      for (const lng of LANGUAGES) {
        const { code, out } = run([flow.id, '--lang', lng]);
        expect(code).toBe(0);
        const text = JSON.parse(readFileSync(join(ROOT, 'locales', lng, `${flow.id}.json`), 'utf8')) as LocaleText;
        for (const [id, question] of Object.entries(text.questions)) {
          expect(out).toContain(`["${mermaidText(question.title)}"]`);
          for (const option of Object.values(question.options))
            expect(out, `${lng} ${id}`).toContain(`-->|"${mermaidText(option.label)}`);
        }
        expect(out).toContain('(["summary"])');
      }
  });

  it('takes the language after = too', () => {
    const id = flows[0]?.id ?? '';
    expect(run([id, '--lang=en']).out).toBe(run([id, '--lang', 'en']).out);
  });
});

describe('flow:graph errors', () => {
  it('names the flows when the flow is unknown, and exits 1', () => {
    const { code, out, err } = run(['no-such-flow']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('Unknown flow "no-such-flow"');
    for (const flow of flows) expect(err).toContain(flow.id);
  });

  it('asks for a flow when there is none, or more than one', () => {
    expect(run([])).toMatchObject({ code: 1, out: '' });
    expect(run([]).err).toContain('Usage: npm run flow:graph');
    expect(run(['a', 'b']).code).toBe(1);
  });

  it('names the languages when the language is unknown', () => {
    const { code, err } = run([flows[0]?.id ?? '', '--lang', 'xx']);
    expect(code).toBe(1);
    expect(err).toContain('Unknown language "xx"');
    for (const lng of LANGUAGES) expect(err).toContain(lng);
  });

  it('rejects an unknown option with the usage', () => {
    const { code, err } = run([flows[0]?.id ?? '', '--colour']);
    expect(code).toBe(1);
    expect(err).toContain('Usage:');
  });

  it('prints the usage and the flows for --help', () => {
    const { code, out } = run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('Usage:');
  });
});

describe('flow:graph with a locale file of its own', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'flow-graph-'));
    mkdirSync(join(root, 'locales', 'en'), { recursive: true });
    writeFileSync(
      join(root, 'locales', 'en', 'fixture-sound.json'),
      JSON.stringify({ questions: { colour: { title: 'Which "colour"?', options: { red: { label: 'Red' } } } } }),
    );
    mkdirSync(join(root, 'locales', 'nl'), { recursive: true });
    writeFileSync(join(root, 'locales', 'nl', 'fixture-sound.json'), '{ not json');
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('uses the texts it has, ids for the rest, escaped', () => {
    const { code, out } = run(['fixture-sound', '--lang', 'en'], root, [soundFlow]);
    expect(code).toBe(0);
    expect(out).toContain('  colour["Which #quot;colour#quot;?"]\n');
    expect(out).toContain('  colour -->|"Red / red-cause"| size\n');
    expect(out).toContain('  colour -->|"blue / blue-cause"| size\n');
    expect(out).toContain('  size["size"]\n');
  });

  it('says which locale file it cannot read, and exits 1', () => {
    const { code, err } = run(['fixture-sound', '--lang', 'nl'], root, [soundFlow]);
    expect(code).toBe(1);
    expect(err).toContain(join('locales', 'nl', 'fixture-sound.json'));
    const missing = run(['fixture-sound', '--lang', 'en'], join(root, 'nowhere'), [soundFlow]);
    expect(missing.code).toBe(1);
  });

  it('ignores text of the wrong shape', () => {
    const labels = labelsFromLocale({ questions: { colour: { title: 7, options: { red: 'Red' } } } });
    expect(labels.step?.('colour')).toBe('colour');
    expect(labels.option?.('colour', 'red')).toBe('red');
    expect(labelsFromLocale(null).step?.('toString')).toBe('toString');
  });
});

describe('npm run flow:graph', () => {
  it('runs as a command: Mermaid on stdout, exit 1 with the flows on stderr for an unknown flow', () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const id = flows[0]?.id ?? '';
    const out = execFileSync(tsx, ['scripts/flow-graph.ts', id, '--lang', 'en'], { cwd: ROOT, encoding: 'utf8' });
    expect(out.startsWith('flowchart TD\n')).toBe(true);
    expect(() =>
      execFileSync(tsx, ['scripts/flow-graph.ts', 'no-such-flow'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' }),
    ).toThrow(/Unknown flow "no-such-flow"/);
  }, 30_000);
});
