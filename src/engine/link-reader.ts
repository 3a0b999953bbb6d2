import { nodeOf, resolveAlias } from './graph.ts';
import { isReservedStepId } from './ids.ts';
import { readUrlAnswers } from './navigation.ts';
import { isTrackingParam } from './tracking-params.ts';
import type { Answer, AnyFlow } from './types.ts';
import { isReservedParam, RESERVED_PARAMS, searchFromAnswers } from './url-state.ts';
import { now, type WalkContext, type WalkResult } from './walk.ts';

/**
 * Reads a wizard URL a customer sent to support: which flow, language and
 * step, the answers in words (for the page to put into words), the walk they
 * give and every parameter that was not used, with why. Only the path and the
 * query are read, never the host (support staff paste links from whichever
 * host served them); nothing here does any I/O.
 */

/** Why a parameter of a link was not used as an answer. */
export type LinkIgnoredReason =
  /** A parameter of the wizard itself (`embed`, kept for the frame; `lng`, `theme`, …). */
  | 'reserved'
  /** Added by a mail or ad platform (`utm_*`, `fbclid`, …). */
  | 'tracking'
  | 'unknown-question'
  | 'unknown-option'
  | 'duplicate'
  | 'not-on-path';

export interface LinkIgnored {
  /** The parameter's name as written in the link. */
  readonly name: string;
  /** Its value as written in the link. */
  readonly value: string;
  readonly reason: LinkIgnoredReason;
}

/** What kind of page the step in the path is. */
export type LinkStepKind =
  /** No step: the flow's start page. */
  | 'start'
  | 'question'
  | 'terminal'
  /** One of the UI's own pages (`done`, `more-help`, `map`, `link`, `all`). */
  | 'page'
  /** No step of the flow: the wizard shows "not found" for it. */
  | 'unknown';

/** Why a pasted text is no link to a flow. */
export interface LinkProblem {
  readonly ok: false;
  /** `not-a-url`: empty, or not a web address; `no-flow`: no /<lng>/<flow>/ segments found. */
  readonly problem: 'not-a-url' | 'no-flow';
}

/** The language and flow a link is for, spelt as the lists given spell them. */
export type LinkFlow = LinkProblem | { readonly ok: true; readonly lng: string; readonly flowId: string };

export type LinkReading =
  | LinkProblem
  | {
      readonly ok: true;
      readonly lng: string;
      readonly flowId: string;
      /** the step in the path, '' for the start page; after resolving an alias */
      readonly step: string;
      /** What the step is (an unknown step is kept as written, lower-cased). */
      readonly stepKind: LinkStepKind;
      /** The old id the link used, when the step in the path was an alias. */
      readonly alias?: string;
      /** The path before `/<lng>/`: the site's BASE_PATH ('' at the root, `/help/wizard` below it). */
      readonly basePath: string;
      /** kept, URL order (lower-cased); answers `not-on-path` are kept too, as the wizard keeps them */
      readonly answers: readonly Answer[];
      readonly walk: WalkResult;
      /** every parameter not used, with why (URL order) */
      readonly ignored: readonly LinkIgnored[];
      /** Whether the link had `embed=1`. */
      readonly embed: boolean;
    };

const reserved: ReadonlySet<string> = new Set(RESERVED_PARAMS);

/** Where relative links are resolved: never fetched, never shown. */
const NOWHERE = 'https://link-reader.invalid/';

/** The pasted text without what often comes around a link: spaces, <…>, quotes, a full stop after it. */
function cleaned(input: string): string {
  let text = input.trim();
  for (const [open, close] of [
    ['<', '>'],
    ['"', '"'],
    ["'", "'"],
    ['(', ')'],
  ] as const)
    if (text.length >= 2 && text.startsWith(open) && text.endsWith(close)) text = text.slice(1, -1).trim();
  return text.replace(/[.,;:!?)\]>'"]+$/, '');
}

/** The link as a URL (relative ones resolved against nowhere), or undefined for anything but a web address. */
function parse(text: string): URL | undefined {
  if (text === '') return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  let source = text;
  // `localhost:5173/en/…` or `wizard.example.com:8080/…`: a host and port, not a scheme.
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https' && /^[\w.-]+:\d+(?:[/?#]|$)/.test(text))
    source = `http://${text}`;
  else if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return undefined;
  try {
    const url = new URL(source, NOWHERE);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The path's segments, lower-cased, without `.html` on the last or a final `index`/`index.html`. */
function segmentsOf(pathname: string): string[] {
  const segments = pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => decoded(segment).trim().toLowerCase());
  const last = segments.at(-1);
  if (last !== undefined) {
    const bare = last.replace(/\.html?$/, '');
    if (bare === 'index') segments.pop();
    else segments[segments.length - 1] = bare;
  }
  return segments;
}

function stepKindOf(flow: AnyFlow, step: string): LinkStepKind {
  if (step === '') return 'start';
  const node = nodeOf(flow, step);
  if (node) return node.kind === 'question' ? 'question' : 'terminal';
  return isReservedStepId(step) ? 'page' : 'unknown';
}

/** Where a link points: its URL, its path's segments and the index of its language segment. */
type Located = Extract<LinkFlow, { ok: true }> & {
  readonly url: URL;
  readonly segments: string[];
  readonly at: number;
};

/**
 * Finds the flow of a link: at the first pair of path segments where the
 * first is a language and the second a flow id (any case; the ids are
 * returned as the lists spell them).
 */
function locate(input: string, flowIds: readonly string[], languages: readonly string[]): LinkProblem | Located {
  const url = parse(cleaned(input));
  if (!url) return { ok: false, problem: 'not-a-url' };
  const segments = segmentsOf(url.pathname);
  const lowerLanguages = new Map(languages.map((language) => [language.toLowerCase(), language]));
  const lowerIds = new Map(flowIds.map((id) => [id.toLowerCase(), id]));
  const at = segments.findIndex(
    (segment, index) => lowerLanguages.has(segment) && lowerIds.has(segments[index + 1] ?? '\u0000'),
  );
  if (at === -1) return { ok: false, problem: 'no-flow' };
  const lng = lowerLanguages.get(segments[at] as string) as string;
  const flowId = lowerIds.get(segments[at + 1] as string) as string;
  return { ok: true, lng, flowId, url, segments, at };
}

/**
 * The language and flow of any wizard URL, read as readLink reads it, from
 * the flows' ids alone: so a page can tell a link to a flow it has not
 * loaded (another troubleshooter) from a link to no flow at all.
 */
export function flowOfLink(input: string, flowIds: readonly string[], languages: readonly string[]): LinkFlow {
  const found = locate(input, flowIds, languages);
  return found.ok ? { ok: true, lng: found.lng, flowId: found.flowId } : found;
}

/**
 * Reads any wizard URL a customer sends: absolute or relative, from any host,
 * in any language of `languages`, with or without `embed=1`, under any
 * BASE_PATH, with `.html`, a trailing slash or `/index.html`, ids in any case.
 * The flow is found at the first pair of path segments where the first is a
 * language and the second a flow id. The answers are walked as the wizard
 * walks them (on `context.today`, the real clock by default).
 */
export function readLink(
  input: string,
  flows: readonly AnyFlow[],
  languages: readonly string[],
  context: WalkContext = now(),
): LinkReading {
  const found = locate(
    input,
    flows.map((flow) => flow.id),
    languages,
  );
  if (!found.ok) return found;
  const { url, segments, at, lng } = found;
  const flow = flows.find((candidate) => candidate.id === found.flowId) as AnyFlow;
  const written = segments.slice(at + 2).join('/');
  const alias = resolveAlias(flow, written);
  const step = alias ?? written;
  const stepKind = segments.length > at + 3 ? 'unknown' : stepKindOf(flow, step);
  const basePath = url.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .slice(0, at)
    .map((segment) => `/${segment}`)
    .join('');

  const ignored: { readonly position: number; readonly entry: LinkIgnored }[] = [];
  const raw: Answer[] = [];
  const sources = new Map<Answer, { readonly position: number; readonly name: string; readonly value: string }>();
  let embed = false;
  let position = 0;
  for (const [name, value] of url.searchParams) {
    position += 1;
    const key = name.trim().toLowerCase();
    if (isTrackingParam(key)) ignored.push({ position, entry: { name, value, reason: 'tracking' } });
    else if (reserved.has(key) || isReservedParam(key)) {
      if (key === 'embed' && value.trim() === '1') embed = true;
      ignored.push({ position, entry: { name, value, reason: 'reserved' } });
    } else {
      const answer = { question: key, option: value.trim().toLowerCase() };
      raw.push(answer);
      sources.set(answer, { position, name, value });
    }
  }
  const read = readUrlAnswers(flow, raw, context);
  for (const { answer, reason } of read.walk.ignored) {
    const source = sources.get(answer);
    if (source) ignored.push({ position: source.position, entry: { name: source.name, value: source.value, reason } });
  }
  ignored.sort((a, b) => a.position - b.position);
  return {
    ok: true,
    lng,
    flowId: flow.id,
    step,
    stepKind,
    ...(alias === undefined ? {} : { alias: written }),
    basePath,
    answers: read.answers,
    walk: read.walk,
    ignored: ignored.map(({ entry }) => entry),
    embed,
  };
}

/** The public path (below the base path) of a state: `/<lng>/<flow>/<step>?answers`, never with embed=1 or tracking parameters. */
export function linkPath(lng: string, flowId: string, step: string, answers: readonly Answer[]): string {
  const usable = answers.filter(({ question }) => !isReservedParam(question) && !isTrackingParam(question));
  const segment = (id: string) => encodeURIComponent(id);
  return `/${segment(lng)}/${segment(flowId)}/${step === '' ? '' : segment(step)}${searchFromAnswers(usable)}`;
}
