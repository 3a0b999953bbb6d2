/**
 * Prints a flow's tree as Mermaid, for documentation and reviews:
 * `npm run flow:graph -- <flow> [--lang en]`. Without `--lang` the nodes and
 * edges show the ids; with it, the question titles and option labels from
 * `locales/<lng>/<flow>.json` (an id where a text is missing). An unknown
 * flow or language prints what there is and exits 1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { flowMermaid, type MermaidLabels } from '../src/engine/mermaid.ts';
import type { AnyFlow } from '../src/engine/types.ts';
import { LANGUAGES } from '../src/i18n/languages.ts';
import { loadFlowsFromDisk, ROOT } from './flows-on-disk.ts';

export const USAGE = 'Usage: npm run flow:graph -- <flow> [--lang <language>]';

/** The parts of a flow's locale file the graph uses. */
interface GraphText {
  readonly questions?: Readonly<
    Record<
      string,
      { readonly title?: unknown; readonly options?: Readonly<Record<string, { readonly label?: unknown }>> }
    >
  >;
}

const textOrUndefined = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** Labels from a flow's locale file: question titles and option labels; ids where a text is missing. */
export function labelsFromLocale(text: unknown): MermaidLabels {
  const { questions = {} } = (typeof text === 'object' && text !== null ? text : {}) as GraphText;
  const question = (id: string) => (Object.hasOwn(questions, id) ? questions[id] : undefined);
  return {
    step: (id) => textOrUndefined(question(id)?.title) ?? id,
    option: (questionId, option) => {
      const options = question(questionId)?.options ?? {};
      return textOrUndefined(Object.hasOwn(options, option) ? options[option]?.label : undefined) ?? option;
    },
  };
}

export interface GraphIo {
  readonly flows: readonly AnyFlow[];
  /** Where `locales/` is. */
  readonly root: string;
  readonly languages: readonly string[];
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Runs the command with these arguments; returns the exit code. */
export function runFlowGraph(args: readonly string[], io: GraphIo): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  const flowIds = io.flows.map((flow) => flow.id).sort();
  if (values.help) {
    io.out(`${USAGE}\nFlows: ${flowIds.join(', ')}\nLanguages: ${io.languages.join(', ')}`);
    return 0;
  }
  const [flowId, ...extra] = positionals;
  if (flowId === undefined || extra.length > 0) {
    io.err(
      `${flowId === undefined ? 'Name one flow.' : `One flow at a time, not ${positionals.join(', ')}.`}\n${USAGE}\nFlows: ${flowIds.join(', ')}`,
    );
    return 1;
  }
  const flow = io.flows.find((candidate) => candidate.id === flowId);
  if (!flow) {
    io.err(`Unknown flow "${flowId}". Flows: ${flowIds.join(', ')}\n${USAGE}`);
    return 1;
  }
  const lang = values.lang;
  if (lang === undefined) {
    io.out(flowMermaid(flow));
    return 0;
  }
  if (!io.languages.includes(lang)) {
    io.err(`Unknown language "${lang}". Languages: ${io.languages.join(', ')}`);
    return 1;
  }
  const file = join(io.root, 'locales', lang, `${flow.id}.json`);
  let text: unknown;
  try {
    text = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    io.err(
      `Cannot read ${join('locales', lang, `${flow.id}.json`)}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  io.out(flowMermaid(flow, labelsFromLocale(text)));
  return 0;
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { lang: { type: 'string', short: 'l' }, help: { type: 'boolean', short: 'h' } },
  });
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const flows = await loadFlowsFromDisk(ROOT);
  process.exitCode = runFlowGraph(process.argv.slice(2), {
    flows,
    root: ROOT,
    languages: LANGUAGES,
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
}
