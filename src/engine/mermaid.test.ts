import { describe, expect, it } from 'vitest';
import { ssprAdmin } from '../../flows/sspr-admin/flow.ts';
import { ssprUser } from '../../flows/sspr-user/flow.ts';
import { aliasedFlow, brokenFixtures, datedFlow, soundFlow } from './fixtures.ts';
import { nodeEntries, targetsOf } from './graph.ts';
import { flowMermaid, mermaidText } from './mermaid.ts';
import type { AnyFlow } from './types.ts';

/**
 * The lines a flowchart of ours may have: the header, a comment, a node
 * (box or stadium) with a quoted label, an edge with a quoted label. Inside
 * quotes no `"` (escaped as `#quot;`), no line break.
 */
const LINE = [
  /^flowchart TD$/,
  /^ {2}%% [^\n]*$/,
  /^ {2}[A-Za-z][A-Za-z0-9_]*\["[^"\n]*"\]$/,
  /^ {2}[A-Za-z][A-Za-z0-9_]*\(\["[^"\n]*"\]\)$/,
  /^ {2}[A-Za-z][A-Za-z0-9_]* -->\|"[^"\n]*"\| [A-Za-z][A-Za-z0-9_]*$/,
];

function expectValidShape(text: string) {
  expect(text.endsWith('\n')).toBe(true);
  const lines = text.trimEnd().split('\n');
  for (const line of lines)
    expect(
      LINE.some((pattern) => pattern.test(line)),
      line,
    ).toBe(true);
  return lines;
}

describe('flowMermaid', () => {
  it('draws the sound fixture: nodes, a terminal, labelled edges with rules and findings', () => {
    expect(flowMermaid(soundFlow)).toBe(
      [
        'flowchart TD',
        '  %% fixture-sound: start at colour',
        '  colour["colour"]',
        '  size["size"]',
        '  red_detail["red-detail"]',
        '  blue_detail["blue-detail"]',
        '  help["help"]',
        '  summary(["summary"])',
        '  colour -->|"red / red-cause"| size',
        '  colour -->|"blue / blue-cause"| size',
        '  colour -->|"not-sure / check-colour"| size',
        '  size -->|"big (if colour = red)"| red_detail',
        '  size -->|"big (otherwise)"| blue_detail',
        '  size -->|"small / small-cause"| help',
        '  red_detail -->|"yes / red-cause, small-cause"| help',
        '  red_detail -->|"no"| help',
        '  blue_detail -->|"yes"| help',
        '  blue_detail -->|"no / blue-cause"| help',
        '  help -->|"yes / ask-help"| summary',
        '  help -->|"no"| summary',
        '',
      ].join('\n'),
    );
  });

  it('shows the date of a dated rule and aliases as comments', () => {
    const dated = flowMermaid(datedFlow);
    expect(dated).toContain('  ask -->|"yes (if ask = yes, since 2030-01-01) / early-cause"| extra\n');
    expect(dated).toContain('  ask -->|"yes (otherwise) / early-cause"| summary\n');
    expect(flowMermaid(aliasedFlow)).toContain('  new_ask["new-ask"]\n  %% alias old-ask -> new-ask\n');
    const admin = flowMermaid(ssprAdmin);
    for (const alias of Object.keys(ssprAdmin.aliases ?? {})) expect(admin).toContain(`%% alias ${alias} -> `);
  });

  it.each([soundFlow, aliasedFlow, datedFlow, ssprAdmin, ssprUser].map((flow) => [flow.id, flow] as const))(
    '%s: one node per step and an edge for every option target',
    (_id, flow: AnyFlow) => {
      const lines = expectValidShape(flowMermaid(flow));
      const nodes = lines.filter((line) => /^ {2}\w+(\[|\()/.test(line));
      expect(nodes).toHaveLength(Object.keys(flow.nodes).length);
      expect(nodes.filter((line) => line.includes('(["'))).toEqual(['  summary(["summary"])']);
      const edges = lines.filter((line) => line.includes('-->'));
      for (const [id, node] of nodeEntries(flow)) {
        if (node.kind !== 'question') continue;
        for (const option of node.options)
          for (const target of targetsOf(option.next)) {
            const from = id.replace(/-/g, '_');
            const to = target.replace(/-/g, '_');
            expect(
              edges.some((line) => line.startsWith(`  ${from} -->|"${option.id}`) && line.endsWith(`| ${to}`)),
              `${id} ${option.id} → ${target}`,
            ).toBe(true);
          }
      }
    },
  );

  it('uses the labels given, quoted and escaped', () => {
    const text = flowMermaid(soundFlow, {
      step: (id) => (id === 'colour' ? 'Which "colour"? <b>#1</b>\nnext line' : `Step ${id}`),
      option: (question, option) => `${question}:${option} \`code\``,
    });
    expectValidShape(text);
    expect(text).toContain('  colour["Which #quot;colour#quot;? #lt;b#gt;#35;1#lt;/b#gt; next line"]\n');
    expect(text).toContain('  summary(["Step summary"])\n');
    expect(text).toContain('  colour -->|"colour:red #96;code#96; / red-cause"| size\n');
  });

  it('gives keywords and odd ids safe node ids, and still draws a broken flow', () => {
    for (const { flow } of brokenFixtures) expectValidShape(flowMermaid(flow));
    const terminalId = brokenFixtures.find((fixture) => fixture.code === 'terminal-id')?.flow as AnyFlow;
    const text = flowMermaid(terminalId);
    expect(text).not.toMatch(/^ {2}end\b/m);
    expect(text).toMatch(/^ {2}step_\d+\(\["end"\]\)$/m);
    const unknownTarget = brokenFixtures.find((fixture) => fixture.code === 'unknown-target')?.flow as AnyFlow;
    expect(flowMermaid(unknownTarget)).toContain('["ghost (missing)"]');
  });
});

describe('mermaidText', () => {
  it('escapes what would end or change a quoted label', () => {
    expect(mermaidText('a "b" <c> #d `e`\r\nf')).toBe('a #quot;b#quot; #lt;c#gt; #35;d #96;e#96; f');
  });
});
