/**
 * Addresses meant to break the site (mistyped, forged, hostile, long), made
 * from a fixed seed so a failure names an address that fails again. One
 * generator for both levels that use them: all of them through the real
 * routes in jsdom (src/app/hostile-urls.test.tsx) and over HTTP, and one per
 * class in the browser (e2e/hostile-urls.spec.ts).
 */
import fc from 'fast-check';
import { nodeEntries } from '../engine/graph.ts';
import { TRACKING_PARAMS } from '../engine/tracking-params.ts';
import type { AnyFlow } from '../engine/types.ts';
import { RESERVED_PARAMS } from '../engine/url-state.ts';

export const HOSTILE_SEED = 20261126;
export const HOSTILE_COUNT = 300;

/** Text meant to break things: markup, script URLs, broken encodings, prototype keys, bidi and control characters. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "';alert(1);//",
  'javascript:alert(1)',
  '%',
  '%E0%A4%A',
  '%00',
  '%ZZ',
  '%2F',
  '__proto__',
  'constructor',
  'toString',
  '\u202e',
  '\ufeff',
  '🙂',
  'İ',
  'ß',
  ' ',
  '&',
  '=',
  '+',
  'summary',
  'done',
  'more-help',
  'map',
  'link',
  'all',
  'index.html',
];

/**
 * Web servers refuse a request line over about 8 KB (nginx: 414; Node: 431), before any page
 * is served; huge values are the engine property tests' job (up to 20,000 characters).
 */
const MAX_URL_LENGTH = 6000;

/** Every id a URL of a flow may name: the flow, its questions, their options, its old step ids. */
const idsOf = (flows: readonly AnyFlow[]) =>
  flows.flatMap((flow) => [
    flow.id,
    ...Object.keys(flow.aliases ?? {}),
    ...nodeEntries(flow).flatMap(([id, node]) =>
      node.kind === 'question' ? [id, ...node.options.map((option) => option.id)] : [],
    ),
  ]);

/** `count` addresses below the site (no leading slash), from the seed. */
export function hostileUrls(
  flows: readonly AnyFlow[],
  languages: readonly string[],
  count = HOSTILE_COUNT,
  seed = HOSTILE_SEED,
): string[] {
  const ids = idsOf(flows);
  /** A word as a URL may carry it: a real id in any case, a hostile string, or any unicode, percent-encoded or raw. */
  const word: fc.Arbitrary<string> = fc
    .oneof(
      { arbitrary: fc.mixedCase(fc.constantFrom(...ids)), weight: 5 },
      { arbitrary: fc.constantFrom(...HOSTILE), weight: 4 },
      { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), weight: 2 },
      {
        arbitrary: fc
          .tuple(fc.constantFrom('a', 'sms', '%41', '🙂'), fc.integer({ min: 200, max: 1500 }))
          .map(([part, times]) => part.repeat(times)),
        weight: 1,
      },
    )
    // Raw text goes through encodeURIComponent unless it is a deliberately broken escape.
    .chain((text) => fc.constantFrom(text.startsWith('%') ? text : encodeURIComponent(text), text));

  const param: fc.Arbitrary<string> = fc
    .tuple(
      fc.oneof(word, fc.constantFrom(...RESERVED_PARAMS, ...TRACKING_PARAMS, 'utm_source', 'Symptom', 'SYMPTOM')),
      fc.oneof(word, fc.constantFrom('', '1', 'sms', 'SMS', 'email')),
    )
    .map(([name, value]) => `${name}=${value}`);

  /** A path below the site: a language (or not), a flow (or not), steps, in any case, with any ending. */
  const path: fc.Arbitrary<string> = fc
    .tuple(
      fc.oneof(fc.mixedCase(fc.constantFrom(...languages)), fc.constantFrom('de', 'xx', ''), word),
      fc.oneof(fc.mixedCase(fc.constantFrom(...flows.map((flow) => flow.id))), word, fc.constant('')),
      fc.array(word, { maxLength: 3 }),
      fc.constantFrom('', '/', '.html', '/index.html'),
    )
    .map(
      ([lng, flow, steps, end]) =>
        [lng, flow, ...steps]
          .filter((segment) => segment !== '')
          .join('/')
          // A bare `.` or `..` segment would leave the site (under a sub-path): the browser resolves those itself.
          .replace(/(^|\/)\.{1,2}(?=\/|$)/g, '$1x') + end,
    );

  const url: fc.Arbitrary<string> = fc
    .tuple(path, fc.array(param, { maxLength: 12 }), fc.constantFrom('', '#', '#main', '#<script>'))
    .map(
      ([where, params, hash]) => `${where.replace(/^\/+/, '')}${params.length ? `?${params.join('&')}` : ''}${hash}`,
    );

  return fc.sample(
    // Measured as the browser sends it: unicode goes out percent-encoded, several times longer.
    url.filter((address) => new URL(address, 'http://127.0.0.1/').href.length <= MAX_URL_LENGTH),
    { seed, numRuns: count },
  );
}

/**
 * The classes of hostile address, one hand-picked address each, for the
 * browser; `hostileUrls` are the many in between. Addresses are below the
 * site (no leading slash), except that a leading `/` is an extra slash
 * before the site's path.
 */
export function hostileClasses(
  flow: AnyFlow,
  languages: readonly string[],
): readonly { readonly name: string; readonly address: string }[] {
  const [lng = 'en', other = lng] = languages;
  const question = nodeEntries(flow).find(([, node]) => node.kind === 'question')?.[0] ?? flow.start;
  const alias = Object.keys(flow.aliases ?? {})[0];
  const step = `${lng}/${flow.id}/${question}`;
  return [
    // A leading slash is one more than the site's own: `https://help.example.com/` + `/en/…`.
    { name: 'two leading slashes (a base URL glued to a path)', address: `/${step}` },
    { name: 'three leading slashes and a query', address: `//${step}?symptom=sms` },
    { name: 'a step named as its file', address: `${step}.html` },
    { name: 'a step named as its folder index', address: `${step}/index.html` },
    { name: 'a start page named as its file', address: `${lng}/${flow.id}.html` },
    { name: 'a broken percent-encoding in the path', address: `${lng}/${flow.id}/%E0%A4%A` },
    { name: 'a broken percent-encoding in the query', address: `${step}?symptom=%ZZ&x=%` },
    { name: 'an encoded slash in a step', address: `${lng}/${flow.id}/a%2Fb` },
    { name: 'a null byte', address: `${lng}/${flow.id}/%00` },
    { name: 'the language in capitals', address: `${lng.toUpperCase()}/${flow.id}/${question}` },
    { name: 'everything in capitals', address: `${step}?SYMPTOM=SMS`.toUpperCase() },
    { name: 'an unknown language', address: `xx/${flow.id}/${question}` },
    { name: 'no language', address: `${flow.id}/${question}` },
    { name: 'an unknown flow', address: `${lng}/no-such-flow/${question}` },
    { name: 'an unknown step', address: `${lng}/${flow.id}/no-such-step` },
    { name: 'steps below a step', address: `${step}/deeper/still` },
    { name: 'a reserved step with a slash', address: `${lng}/${flow.id}/summary/` },
    {
      name: 'markup in the path',
      address: `${lng}/${flow.id}/${encodeURIComponent('"><img src=x onerror=alert(1)>')}`,
    },
    { name: 'markup in a value', address: `${step}?symptom=${encodeURIComponent('<script>alert(1)</script>')}` },
    { name: 'a script URL as a value', address: `${step}?return=javascript:alert(1)` },
    { name: 'prototype keys as parameters', address: `${step}?__proto__=x&constructor=y&toString=z` },
    { name: 'a parameter given twice', address: `${step}?symptom=sms&symptom=email` },
    { name: 'tracking parameters only', address: `${step}?utm_source=mail&gclid=1&fbclid=2` },
    { name: 'embed with a forged value', address: `${step}?embed=yes` },
    { name: 'a summary of forged answers', address: `${other}/${flow.id}/summary?symptom=nonsense&x=1` },
    ...(alias ? [{ name: 'an old step id', address: `${lng}/${flow.id}/${alias}` }] : []),
    { name: 'bidi and zero-width characters', address: `${lng}/${flow.id}/${encodeURIComponent('\u202e\ufeff🙂')}` },
    { name: 'a very long step', address: `${lng}/${flow.id}/${'sms'.repeat(1200)}` },
    { name: 'a hash with markup', address: `${step}#<script>` },
    { name: 'the root with junk', address: `?${encodeURIComponent('<b>')}=1` },
  ];
}
