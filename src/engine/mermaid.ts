import { flowMap, type MapTarget } from './flow-map.ts';
import type { AnyFlow } from './types.ts';

/**
 * A flow's tree as a Mermaid flowchart, for documentation and reviews
 * (`npm run flow:graph`): one node per step in path order (the summary as a
 * terminal shape), one edge per option and target labelled with the option
 * (its rule for a branch: `if symptom = sms or both, since 2027-02-01`;
 * `otherwise`) and the findings it records (`sms / sms-retired`), aliases
 * as comments. Every label is quoted and escaped.
 */

export interface MermaidLabels {
  /** The text for a step (a question's title); the step id by default. */
  readonly step?: (id: string) => string;
  /** The text for an option of a question (its label); the option id by default. */
  readonly option?: (question: string, option: string) => string;
}

/** Words Mermaid's flowchart grammar reads as keywords, never usable as a node id. */
const KEYWORDS = new Set([
  'end',
  'graph',
  'flowchart',
  'subgraph',
  'direction',
  'style',
  'class',
  'classdef',
  'click',
  'linkstyle',
  'default',
  'call',
  'href',
]);

/**
 * Text for inside a quoted Mermaid label: `#` starts an entity code in
 * Mermaid, so it is written as one, then `"`, `<`, `>` and the backtick
 * (which would start a Markdown string) likewise; line breaks become spaces.
 */
export function mermaidText(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/[\r\n\t]+/g, ' ')
    .trim();
}

/** Node ids Mermaid reads safely: kebab-case ids with `_` for `-`, others (and keywords) numbered. */
function nodeIds(steps: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  steps.forEach((step, index) => {
    const plain = step.replace(/-/g, '_');
    const safe = /^[A-Za-z][A-Za-z0-9_]*$/.test(plain) && !KEYWORDS.has(plain.toLowerCase()) && !used.has(plain);
    const id = safe ? plain : `step_${index}`;
    used.add(id);
    ids.set(step, id);
  });
  return ids;
}

function ruleText(flow: AnyFlow, target: MapTarget): string | undefined {
  if (target.otherwise) return 'otherwise';
  if (!target.when) return undefined;
  const dates: Readonly<Record<string, string>> = flow.dates ?? {};
  const since = target.when.since;
  const day = since === undefined ? undefined : Object.hasOwn(dates, since) ? dates[since] : since;
  return `if ${target.when.question} = ${target.when.anyOf.join(' or ')}${day === undefined ? '' : `, since ${day}`}`;
}

/** The flow as a Mermaid `flowchart TD` (see the module's comment). */
export function flowMermaid(flow: AnyFlow, labels: MermaidLabels = {}): string {
  const { steps } = flowMap(flow);
  const stepText = labels.step ?? ((id: string) => id);
  const optionText = labels.option ?? ((_question: string, option: string) => option);
  const known = new Set(steps.map((step) => step.id));
  const targets = steps.flatMap((step) =>
    step.options.flatMap((option) => option.targets.map((target) => target.step)),
  );
  const ids = nodeIds([...steps.map((step) => step.id), ...targets.filter((target) => !known.has(target))]);
  const lines = ['flowchart TD'];
  lines.push(`  %% ${mermaidText(flow.id)}: start at ${mermaidText(flow.start)}`);
  for (const step of steps) {
    const label = `"${mermaidText(stepText(step.id))}"`;
    const id = ids.get(step.id) as string;
    lines.push(step.kind === 'terminal' ? `  ${id}([${label}])` : `  ${id}[${label}]`);
    for (const alias of step.aliases) lines.push(`  %% alias ${mermaidText(alias)} -> ${mermaidText(step.id)}`);
  }
  // A target the flow does not have (a broken flow): shown, marked.
  for (const target of new Set(targets))
    if (!known.has(target)) lines.push(`  ${ids.get(target)}["${mermaidText(`${target} (missing)`)}"]`);
  for (const step of steps)
    for (const option of step.options) {
      const findings = option.findings.length > 0 ? ` / ${option.findings.join(', ')}` : '';
      const seen = new Set<string>();
      for (const target of option.targets) {
        const rule = ruleText(flow, target);
        const text = `${optionText(step.id, option.id)}${rule === undefined ? '' : ` (${rule})`}${findings}`;
        const line = `  ${ids.get(step.id)} -->|"${mermaidText(text)}"| ${ids.get(target.step)}`;
        // Two rules of one option to the same step draw one edge each: they differ in their label.
        if (seen.has(line)) continue;
        seen.add(line);
        lines.push(line);
      }
    }
  return `${lines.join('\n')}\n`;
}
