/**
 * Bad input at scale: generated query strings and paths (unicode, repeated,
 * huge and hostile values, ids in any case, tracking and reserved names)
 * against the URL parsing and the walk. Properties:
 * - nothing throws;
 * - every valid answer is kept (the first per question, in URL order), every
 *   other parameter is either skipped (reserved, tracking, empty) or dropped;
 * - the canonical form is stable: reading the canonical query string gives
 *   the same state, and writing it again gives the same string.
 *
 * The seed is fixed so a run is repeatable; fast-check prints it (and the
 * path to the counterexample) on failure. Another seed: FC_SEED=123 npx vitest run …
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ssprAdmin } from '../../flows/sspr-admin/flow.ts';
import { ssprUser } from '../../flows/sspr-user/flow.ts';
import { aliasedFlow, cycleWithoutTerminal, datedFlow, latticeFlow, soundFlow } from './fixtures.ts';
import { nodeEntries, nodeOf } from './graph.ts';
import { linkPath, readLink } from './link-reader.ts';
import { backStep, readUrlAnswers, type UrlAnswers } from './navigation.ts';
import { isTrackingParam, TRACKING_PARAMS } from './tracking-params.ts';
import type { Answer, AnyFlow } from './types.ts';
import {
  answersFromSearch,
  idFromUrl,
  isReservedParam,
  RESERVED_PARAMS,
  reservedFromSearch,
  searchFromAnswers,
  trackingFromSearch,
} from './url-state.ts';
import { type WalkContext, type WalkResult, walk } from './walk.ts';

const SEED = Number(process.env.FC_SEED ?? 20261126);
/** Generated inputs per property. */
const RUNS = Number(process.env.FC_RUNS ?? 10_000);
const settings = { seed: SEED, numRuns: RUNS };
/** Generous: a property takes a few seconds on an idle machine, far more on a loaded one. */
const TIMEOUT = 180_000;

const FLOWS: readonly AnyFlow[] = [
  ssprAdmin,
  ssprUser,
  soundFlow,
  datedFlow,
  aliasedFlow,
  latticeFlow({ questions: 24 }),
];
const LANGUAGES = ['nl', 'en'];
/** The flows, and one with only a cycle to end in (for the walk), by id: a counterexample prints the id, not the flow. */
const BY_ID = new Map([...FLOWS, cycleWithoutTerminal].map((flow) => [flow.id, flow]));
const flowOf = (id: string): AnyFlow => BY_ID.get(id) as AnyFlow;
const flowId = fc.constantFrom(...FLOWS.map((flow) => flow.id));

/** A day around the flows' dates (2027-02-01, 2030-01-01): dated branches go both ways. */
const day = fc.constantFrom('2026-11-26', '2027-01-31', '2027-02-01', '2030-01-01').map((today) => ({ today }));

/** Every valid answer of a flow. */
const pairsOf = (flow: AnyFlow): Answer[] =>
  nodeEntries(flow).flatMap(([question, node]) =>
    node.kind === 'question' ? node.options.map((option) => ({ question, option: option.id })) : [],
  );

/** Text meant to break things: markup, encodings, prototype keys, control and bidi characters, separators. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%',
  '%%',
  '%E0%A4%A',
  '%00',
  '%ZZ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '\u0000',
  '\u202e',
  '\ufeff',
  '\ud800',
  '\udfff',
  '&',
  '=',
  '==',
  '#',
  '?',
  '+',
  ' ',
  '/../..',
  '🙂',
  'İ',
  'ß',
  'ſ',
  'K',
  'summary',
  'done',
  'more-help',
  ...RESERVED_PARAMS,
  ...TRACKING_PARAMS,
  'utm_source',
  'UTM_Campaign',
];

/** Unicode text of any kind, small. */
const smallText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 3 },
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 4 },
);

/** Unicode text of any kind, small or (rarely) huge: up to 20,000 characters. */
const text: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: smallText, weight: 30 },
  {
    arbitrary: fc
      .tuple(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 }), fc.integer({ min: 500, max: 5000 }))
      .map(([part, times]) => part.repeat(times)),
    weight: 1,
  },
);

/** An id as a person or a mail program may write it: any case, spaces around. */
const noisy = (id: string): fc.Arbitrary<string> =>
  fc
    .tuple(fc.mixedCase(fc.constant(id)), fc.constantFrom('', ' ', '  '), fc.constantFrom('', ' ', '\t'))
    .map(([mixed, before, after]) => `${before}${mixed}${after}`);

/**
 * One query parameter for `flow`: a valid answer (noisy), a wrong option, a
 * stranger, reserved or tracking; its free text huge now and then (`text`)
 * or always small (`smallText`, for parameters repeated many times).
 */
const param = (flow: AnyFlow, text: fc.Arbitrary<string>): fc.Arbitrary<readonly [string, string]> => {
  const pairs = pairsOf(flow);
  const valid = fc.constantFrom(...pairs);
  return fc.oneof(
    { arbitrary: valid.chain(({ question, option }) => fc.tuple(noisy(question), noisy(option))), weight: 6 },
    {
      arbitrary: fc.tuple(
        valid.chain(({ question }) => noisy(question)),
        text,
      ),
      weight: 2,
    },
    { arbitrary: fc.tuple(text, text), weight: 3 },
    {
      arbitrary: fc.tuple(
        fc.constantFrom(...RESERVED_PARAMS, ...TRACKING_PARAMS, 'utm_medium', 'Embed', 'FBCLID'),
        text,
      ),
      weight: 2,
    },
  );
};

/** Percent-encoded as a browser would (a lone surrogate, which cannot be encoded, as U+FFFD). */
const encode = (part: string): string =>
  encodeURIComponent(part.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));

/** How a query string is written: properly encoded, or raw (as typed into an address bar). */
const written = ([name, value]: readonly [string, string], raw: boolean): string =>
  raw ? `${name}=${value}` : `${encode(name)}=${encode(value)}`;

/** A flow with a list of parameters (sometimes many, sometimes repeated) and their query string. */
const query = flowId
  .chain((id) =>
    fc.tuple(
      fc.constant(id),
      fc.oneof(
        { arbitrary: fc.array(param(flowOf(id), text), { maxLength: 12 }), weight: 9 },
        // The same few parameters over and over.
        {
          arbitrary: fc
            .tuple(
              fc.array(param(flowOf(id), smallText), { minLength: 1, maxLength: 3 }),
              fc.integer({ min: 2, max: 60 }),
            )
            .map(([some, times]) => Array.from({ length: times }, () => some).flat()),
          weight: 1,
        },
      ),
      fc.boolean(),
    ),
  )
  .map(([id, params, leadingMark]) => ({
    flowId: id,
    params,
    search: `${leadingMark ? '?' : ''}${params.map((pair) => written(pair, false)).join('&')}`,
  }));

/** Any string at all as a query string (raw, unbalanced, malformed). */
const rawSearch = fc
  .tuple(flowId, fc.array(fc.tuple(text, text), { maxLength: 10 }))
  .map(([id, params]) => ({ flowId: id, search: params.map((pair) => written(pair, true)).join('&') }));

/** The state the wizard reads from a query string (as use-wizard does; parsed once here, for speed). */
function readState(flow: AnyFlow, search: string, context: WalkContext) {
  const params = new URLSearchParams(search);
  const read: UrlAnswers = readUrlAnswers(flow, answersFromSearch(params), context);
  const keep = reservedFromSearch(params);
  const tracking = trackingFromSearch(params);
  return { read, keep, tracking, canonical: searchFromAnswers(read.answers, [...keep, ...tracking]) };
}

/** What must be kept: per question, the first parameter naming it with one of its options, in URL order. */
function expectedAnswers(flow: AnyFlow, params: readonly (readonly [string, string])[]): Answer[] {
  const seen = new Set<string>();
  const kept: Answer[] = [];
  for (const [name, value] of params) {
    const question = idFromUrl(name);
    const option = idFromUrl(value);
    if (question === '' || option === '' || isReservedParam(question)) continue;
    const node = nodeOf(flow, question);
    if (node?.kind !== 'question' || seen.has(question) || !node.options.some(({ id }) => id === option)) continue;
    seen.add(question);
    kept.push({ question, option });
  }
  return kept;
}

/** How many parameters are meant as answers (not empty, reserved or tracking) but are not kept: the notice's count. */
function expectedDropped(params: readonly (readonly [string, string])[], kept: number): number {
  const answers = params.filter(
    ([name, value]) => idFromUrl(name) !== '' && idFromUrl(value) !== '' && !isReservedParam(name),
  );
  return answers.length - kept;
}

/**
 * The same walk, apart from the list of ignored parameters: the link reader
 * lists empty ones too (it explains every parameter), the wizard skips them.
 */
function sameWalk(a: WalkResult, b: WalkResult): boolean {
  const { ignored: _a, ...left } = a;
  const { ignored: _b, ...right } = b;
  return JSON.stringify(left) === JSON.stringify(right);
}

describe(`query strings at scale (fast-check seed ${SEED}, ${RUNS} runs each)`, () => {
  it(
    'never throw, whatever the string',
    () => {
      fc.assert(
        fc.property(rawSearch, day, ({ flowId, search }, context) => {
          const flow = flowOf(flowId);
          const { read, canonical } = readState(flow, search, context);
          expect(typeof canonical).toBe('string');
          // Back from some step, with whatever answers were read.
          const steps = nodeEntries(flow).map(([id]) => id);
          backStep(flow, read.answers, steps[search.length % steps.length] as string, context);
        }),
        settings,
      );
    },
    TIMEOUT,
  );

  it(
    'keep every valid answer (first per question, URL order), in any case; drop only the rest',
    () => {
      fc.assert(
        fc.property(query, day, ({ flowId, params, search }, context) => {
          const flow = flowOf(flowId);
          const { read, tracking } = readState(flow, search, context);
          const kept = expectedAnswers(flow, params);
          expect(read.answers).toEqual(kept);
          expect(read.dropped).toHaveLength(expectedDropped(params, kept.length));
          // Tracking and reserved parameters are never dropped (no notice): they are not answers at all.
          expect(read.dropped.filter(({ answer }) => isReservedParam(answer.question))).toEqual([]);
          expect(tracking).toHaveLength(params.filter(([name]) => isTrackingParam(name)).length);
        }),
        settings,
      );
    },
    TIMEOUT,
  );

  it(
    'have a stable canonical form: reading it gives the same state, writing it again the same string',
    () => {
      fc.assert(
        fc.property(fc.oneof(query, rawSearch), day, ({ flowId, search }, context) => {
          const flow = flowOf(flowId);
          const first = readState(flow, search, context);
          const again = readState(flow, first.canonical, context);
          expect(again.read.answers).toEqual(first.read.answers);
          expect(sameWalk(again.read.walk, first.read.walk)).toBe(true);
          // Only the dropped parameters are gone; answers off the path stay (a Change may bring them back).
          expect(again.read.walk.ignored).toEqual(
            first.read.walk.ignored.filter(({ reason }) => reason === 'not-on-path'),
          );
          expect(again.read.dropped).toEqual([]);
          expect(again.keep).toEqual(first.keep);
          expect(again.tracking).toEqual(first.tracking);
          expect(again.canonical).toBe(first.canonical);
        }),
        settings,
      );
    },
    TIMEOUT,
  );
});

describe(`the walk at scale (fast-check seed ${SEED}, ${RUNS} runs)`, () => {
  const answers = (flow: AnyFlow) =>
    fc.array(
      fc.oneof(
        { arbitrary: fc.constantFrom(...pairsOf(flow)), weight: 4 },
        { arbitrary: fc.record({ question: text, option: text }), weight: 1 },
      ),
      { maxLength: 20 },
    );
  const walkInput = fc.constantFrom(...BY_ID.keys()).chain((id) => fc.tuple(fc.constant(id), answers(flowOf(id))));

  it(
    'never throws; uses only given answers, on its path; accounts for every answer; walks the same from its own answers',
    () => {
      fc.assert(
        fc.property(walkInput, day, ([id, given], context) => {
          const flow = flowOf(id);
          const result = walk(flow, given, context);
          expect(result.path[0]).toBe(flow.start);
          expect(result.current).toBe(result.path.at(-1));
          expect(result.answers.length + result.ignored.length).toBe(given.length);
          for (const used of result.answers) {
            expect(given).toContainEqual(used);
            expect(result.path).toContain(used.question);
          }
          for (const skipped of result.skipped) expect(result.path).toContain(skipped);
          const again = walk(flow, result.answers, context);
          expect(again.path).toEqual(result.path);
          expect(again.answers).toEqual(result.answers);
          expect(again.findings).toEqual(result.findings);
        }),
        settings,
      );
    },
    TIMEOUT,
  );
});

describe(`paths at scale (fast-check seed ${SEED}, ${RUNS} runs)`, () => {
  const segment = (flow: AnyFlow) =>
    fc.oneof(
      fc.constantFrom(...nodeEntries(flow).map(([id]) => id), ...Object.keys(flow.aliases ?? {})).chain(noisy),
      fc.constantFrom('', 'index.html', 'summary.html', 'done', 'more-help', 'map', 'link', 'all'),
      text.map(encode),
      fc.constantFrom('%E0%A4%A', '%', '..', '.', '%2F', '//'),
    );
  const url = flowId.chain((id) => {
    const flow = flowOf(id);
    return fc
      .record({
        origin: fc.constantFrom('', 'https://wizard.example.com', 'http://localhost:5173', 'wizard.example.com:8080'),
        base: fc.constantFrom('', '/help/wizard', '/nl', '/%E0%A4%A'),
        lng: fc.oneof(
          { arbitrary: fc.constantFrom(...LANGUAGES).chain(noisy), weight: 4 },
          { arbitrary: text.map(encode), weight: 1 },
        ),
        flow: fc.oneof({ arbitrary: noisy(flow.id), weight: 4 }, { arbitrary: text.map(encode), weight: 1 }),
        rest: fc.array(segment(flow), { maxLength: 3 }),
        params: fc.array(param(flow, text), { maxLength: 8 }),
        // Always a fragment: the link reader trims punctuation after a pasted link (`…=x.`), the wizard does not.
        hash: fc.constantFrom('#', '#top', '#%'),
      })
      .map((parts) => ({
        flowId: id,
        href: `${parts.origin}${parts.base}/${parts.lng.trim()}/${parts.flow.trim()}/${parts.rest.join('/')}?${parts.params.map((pair) => written(pair, false)).join('&')}${parts.hash}`,
      }));
  });

  it(
    'never throw; a link to a flow reads the answers the wizard reads; its canonical link reads the same',
    () => {
      fc.assert(
        fc.property(url, day, ({ flowId, href }, context) => {
          const flow = flowOf(flowId);
          const reading = readLink(href, FLOWS, LANGUAGES, context);
          if (!reading.ok) return;
          expect(reading.flowId).toBe(flow.id);
          const search = new URL(href, 'https://x.invalid/').search;
          const wizard = readUrlAnswers(flow, answersFromSearch(search), context);
          expect(reading.answers).toEqual(wizard.answers);
          expect(sameWalk(reading.walk, wizard.walk)).toBe(true);
          const canonical = linkPath(reading.lng, reading.flowId, reading.step, reading.answers);
          const again = readLink(canonical, FLOWS, LANGUAGES, context);
          expect(again).toMatchObject({ ok: true, lng: reading.lng, flowId: reading.flowId, answers: reading.answers });
          if (again.ok) {
            expect(sameWalk(again.walk, reading.walk)).toBe(true);
            if (reading.stepKind !== 'unknown') expect(again.step).toBe(reading.step);
          }
        }),
        settings,
      );
    },
    TIMEOUT,
  );
});
