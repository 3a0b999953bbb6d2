import { describe, expect, it } from 'vitest';
import { ssprAdmin } from '../../flows/sspr-admin/flow.ts';
import { aliasedFlow, datedFlow, soundFlow } from './fixtures.ts';
import { answersTo } from './flow-map.ts';
import { flowOfLink, type LinkReading, linkPath, readLink } from './link-reader.ts';
import { isTrackingParam } from './tracking-params.ts';
import type { AnyFlow } from './types.ts';
import { walk } from './walk.ts';

const FLOWS: readonly AnyFlow[] = [soundFlow, aliasedFlow, datedFlow, ssprAdmin];
const LANGUAGES = ['nl', 'en'];
const TODAY = { today: '2026-06-01' };

function read(input: string, context = TODAY): LinkReading {
  return readLink(input, FLOWS, LANGUAGES, context);
}

function ok(input: string, context = TODAY) {
  const reading = read(input, context);
  if (!reading.ok) throw new Error(`${input}: ${reading.problem}`);
  return reading;
}

const RED_BIG = [
  { question: 'colour', option: 'red' },
  { question: 'size', option: 'big' },
];

describe('readLink: where the link points', () => {
  it.each([
    'https://wizard.example.com/en/fixture-sound/red-detail?colour=red&size=big',
    'http://wizard.example.com/en/fixture-sound/red-detail?colour=red&size=big',
    '/en/fixture-sound/red-detail?colour=red&size=big',
    'en/fixture-sound/red-detail?colour=red&size=big',
    '//wizard.example.com/en/fixture-sound/red-detail?colour=red&size=big',
    'wizard.example.com/en/fixture-sound/red-detail?colour=red&size=big',
    'localhost:5173/en/fixture-sound/red-detail?colour=red&size=big',
    'https://intranet.example/help/wizard/en/fixture-sound/red-detail?colour=red&size=big',
    'https://intranet.example/help/wizard/en/fixture-sound/red-detail.html?colour=red&size=big',
    'https://intranet.example/help/wizard/en/fixture-sound/red-detail/?colour=red&size=big',
    'https://intranet.example/help/wizard/en/fixture-sound/red-detail/index.html?colour=red&size=big',
    'HTTPS://INTRANET.EXAMPLE/help/wizard/EN/Fixture-Sound/RED-DETAIL?Colour=RED&SIZE=Big',
    '  <https://wizard.example.com/en/fixture-sound/red-detail?colour=red&size=big>  ',
    '"https://wizard.example.com/en/fixture-sound/red-detail?colour=red&size=big".',
    'https://wizard.example.com/en/fixture-sound/red-detail?colour=red&size=big#top',
    'https://wizard.example.com/en/fixture-sound/red%2Ddetail?colour=red&size=big',
  ])('reads %s', (input) => {
    const reading = ok(input);
    expect(reading).toMatchObject({ lng: 'en', flowId: 'fixture-sound', step: 'red-detail', stepKind: 'question' });
    expect(reading.answers).toEqual(RED_BIG);
    expect(reading.ignored).toEqual([]);
    expect(reading.embed).toBe(false);
    expect(reading.alias).toBeUndefined();
    expect(reading.walk).toEqual(walk(soundFlow, RED_BIG, TODAY));
  });

  it('reads the base path, and never the host', () => {
    expect(ok('https://intranet.example/help/wizard/nl/fixture-sound/').basePath).toBe('/help/wizard');
    expect(ok('/nl/fixture-sound/').basePath).toBe('');
    const evil = ok('https://evil.example/en/sspr-admin/x');
    expect(evil).toMatchObject({ lng: 'en', flowId: 'sspr-admin', step: 'x', stepKind: 'unknown', basePath: '' });
    expect(JSON.stringify(evil)).not.toContain('evil');
  });

  it('reads the start page in every written form, in either language', () => {
    for (const input of [
      '/nl/fixture-sound',
      '/nl/fixture-sound/',
      '/nl/fixture-sound.html',
      '/nl/fixture-sound/index.html',
      'https://x.example/base/nl/fixture-sound/?colour=blue',
    ]) {
      const reading = ok(input);
      expect(reading).toMatchObject({ lng: 'nl', flowId: 'fixture-sound', step: '', stepKind: 'start' });
    }
  });

  it('takes the first pair of a language and a flow, past other segments', () => {
    expect(ok('/en/docs/nl/fixture-sound/size')).toMatchObject({ lng: 'nl', step: 'size', basePath: '/en/docs' });
    expect(ok('/de/fixture-sound/en/fixture-dated/ask')).toMatchObject({
      lng: 'en',
      flowId: 'fixture-dated',
      step: 'ask',
      basePath: '/de/fixture-sound',
    });
  });

  it('resolves an alias and says which old id the link used', () => {
    expect(ok('/en/fixture-aliased/old-ask')).toMatchObject({
      step: 'new-ask',
      alias: 'old-ask',
      stepKind: 'question',
    });
    // The design brief's own example link.
    const brief = ok('https://wizard.example.com/nl/sspr-admin/Country-Code?symptom=sms&account-type=yes');
    expect(brief).toMatchObject({ lng: 'nl', step: 'mobile-registered', alias: 'country-code' });
  });

  it('names the kind of page: the summary, the UI pages and unknown steps', () => {
    expect(ok('/en/fixture-sound/summary').stepKind).toBe('terminal');
    for (const page of ['done', 'more-help', 'map', 'link', 'all'])
      expect(ok(`/en/fixture-sound/${page}`)).toMatchObject({ step: page, stepKind: 'page' });
    expect(ok('/en/fixture-sound/no-such-step')).toMatchObject({ step: 'no-such-step', stepKind: 'unknown' });
    expect(ok('/en/fixture-sound/size/extra')).toMatchObject({ step: 'size/extra', stepKind: 'unknown' });
  });
});

describe('readLink: garbage in, a problem out', () => {
  it.each([
    ['', 'not-a-url'],
    ['   ', 'not-a-url'],
    ['javascript:alert(1)', 'not-a-url'],
    ['JavaScript:alert(document.cookie)//en/fixture-sound/', 'not-a-url'],
    ['data:text/html,<script>alert(1)</script>', 'not-a-url'],
    ['mailto:support@example.com?subject=/en/fixture-sound/', 'not-a-url'],
    ['file:///etc/passwd', 'not-a-url'],
    ['vbscript:msgbox', 'not-a-url'],
    ['https://', 'not-a-url'],
    ['http://[::1', 'not-a-url'],
    ['https://wizard.example.com/', 'no-flow'],
    ['https://wizard.example.com/en/', 'no-flow'],
    ['/en', 'no-flow'],
    ['/en/no-such-flow/size', 'no-flow'],
    ['/de/fixture-sound/size', 'no-flow'],
    ['/fixture-sound/en/size', 'no-flow'],
    ['hello world', 'no-flow'],
    ['?colour=red', 'no-flow'],
    ['../../../etc/passwd', 'no-flow'],
    ['/en/%E0%A4%A/fixture-sound', 'no-flow'],
  ])('%j: %s', (input, problem) => {
    expect(read(input)).toEqual({ ok: false, problem });
  });

  it('survives a malformed escape in a segment after the flow', () => {
    expect(ok('/en/fixture-sound/%E0%A4%A')).toMatchObject({ stepKind: 'unknown' });
  });

  it('finds no flow among no flows or no languages', () => {
    expect(readLink('/en/fixture-sound/', [], LANGUAGES, TODAY)).toEqual({ ok: false, problem: 'no-flow' });
    expect(readLink('/en/fixture-sound/', FLOWS, [], TODAY)).toEqual({ ok: false, problem: 'no-flow' });
  });
});

describe('flowOfLink: which flow a link is for, from the ids alone', () => {
  // sspr-user is an id only: its flow is never loaded here, as on a page that shows another flow.
  const IDS = ['fixture-sound', 'sspr-admin', 'sspr-user'];
  const flowOf = (input: string) => flowOfLink(input, IDS, LANGUAGES);

  it('finds a flow other than the one loaded, which readLink with that one flow does not read', () => {
    const link = 'https://help.example.com/nl/sspr-user/reset-page?symptom=email';
    expect(flowOf(link)).toEqual({ ok: true, lng: 'nl', flowId: 'sspr-user' });
    expect(readLink(link, [ssprAdmin], LANGUAGES, TODAY)).toEqual({ ok: false, problem: 'no-flow' });
  });

  it('reads any case, and answers with the ids and languages as the lists spell them', () => {
    expect(flowOf('HTTPS://HELP.EXAMPLE.COM/NL/SSPR-User/Reset-Page?Symptom=EMAIL')).toEqual({
      ok: true,
      lng: 'nl',
      flowId: 'sspr-user',
    });
    expect(flowOfLink('/en/Fixture-Sound/', ['FIXTURE-sound'], ['EN'])).toEqual({
      ok: true,
      lng: 'EN',
      flowId: 'FIXTURE-sound',
    });
  });

  it('reads a link under a BASE_PATH, with embed=1, .html or index.html, relative or without a scheme', () => {
    for (const input of [
      'https://intranet.example/help/wizard/en/sspr-user/summary?embed=1&symptom=email',
      'https://intranet.example/help/wizard/en/sspr-user/summary.html?embed=1',
      'https://intranet.example/help/wizard/en/sspr-user/index.html',
      '/help/wizard/en/sspr-user/',
      'intranet.example:8080/en/sspr-user',
      '  <https://intranet.example/en/sspr-user/>.',
    ])
      expect(flowOf(input), input).toEqual({ ok: true, lng: 'en', flowId: 'sspr-user' });
  });

  it('takes the same pair of segments readLink takes: the first language followed by a flow id', () => {
    expect(flowOf('/en/docs/nl/sspr-user/x')).toEqual({ ok: true, lng: 'nl', flowId: 'sspr-user' });
    const link = '/en/fixture-sound/nl/sspr-admin/summary';
    expect(flowOf(link)).toMatchObject({ flowId: 'fixture-sound' });
    expect(read(link)).toMatchObject({ flowId: 'fixture-sound', basePath: '' });
  });

  it('finds no flow for an unknown flow id, an unknown language or no web address', () => {
    expect(flowOf('https://help.example.com/en/sspr-guest/reset-page')).toEqual({ ok: false, problem: 'no-flow' });
    expect(flowOf('https://help.example.com/de/sspr-user/')).toEqual({ ok: false, problem: 'no-flow' });
    expect(flowOf('https://help.example.com/')).toEqual({ ok: false, problem: 'no-flow' });
    expect(flowOfLink('/en/sspr-user/', [], LANGUAGES)).toEqual({ ok: false, problem: 'no-flow' });
    expect(flowOf('javascript:alert(1)//en/sspr-user/')).toEqual({ ok: false, problem: 'not-a-url' });
    expect(flowOf('   ')).toEqual({ ok: false, problem: 'not-a-url' });
  });
});

describe('readLink: parameters', () => {
  it('lists every parameter not used, in URL order, with why; keeps the answers in URL order', () => {
    const reading = ok(
      '/en/fixture-sound/summary?utm_source=mail&size=small&embed=1&colour=red&fbclid=abc&COLOUR=blue' +
        '&ghost=1&help=maybe&theme=dark&red-detail=yes&gclid=x&msclkid=y&=orphan&help=',
    );
    expect(reading.embed).toBe(true);
    expect(reading.answers).toEqual([
      { question: 'size', option: 'small' },
      { question: 'colour', option: 'red' },
      // Fits the flow but not the path: kept, as the wizard keeps it (a Change may bring it back).
      { question: 'red-detail', option: 'yes' },
    ]);
    expect(reading.ignored).toEqual([
      { name: 'utm_source', value: 'mail', reason: 'tracking' },
      { name: 'embed', value: '1', reason: 'reserved' },
      { name: 'fbclid', value: 'abc', reason: 'tracking' },
      { name: 'COLOUR', value: 'blue', reason: 'duplicate' },
      { name: 'ghost', value: '1', reason: 'unknown-question' },
      { name: 'help', value: 'maybe', reason: 'unknown-option' },
      { name: 'theme', value: 'dark', reason: 'reserved' },
      { name: 'red-detail', value: 'yes', reason: 'not-on-path' },
      { name: 'gclid', value: 'x', reason: 'tracking' },
      { name: 'msclkid', value: 'y', reason: 'tracking' },
      { name: '', value: 'orphan', reason: 'unknown-question' },
      { name: 'help', value: '', reason: 'unknown-option' },
    ]);
    expect(reading.walk.current).toBe('help');
    expect(reading.walk.findings).toEqual(['red-cause', 'small-cause']);
  });

  it('is embedded only with embed=1', () => {
    expect(ok('/en/fixture-sound/?embed=0').embed).toBe(false);
    expect(ok('/en/fixture-sound/?embed=0').ignored).toEqual([{ name: 'embed', value: '0', reason: 'reserved' }]);
    expect(ok('/en/fixture-sound/?EMBED=1').embed).toBe(true);
  });

  it('walks on the day given: a dated branch holds only from its date', () => {
    const link = '/en/fixture-dated/summary?ask=yes&extra=yes';
    expect(ok(link, { today: '2029-12-31' }).walk.current).toBe('summary');
    expect(ok(link, { today: '2029-12-31' }).ignored).toEqual([{ name: 'extra', value: 'yes', reason: 'not-on-path' }]);
    expect(ok(link, { today: '2030-01-01' }).walk.findings).toEqual(['early-cause', 'late-cause']);
    expect(ok(link, { today: '2030-01-01' }).ignored).toEqual([]);
  });

  it('gives the findings of the summary the real flow shows for the same URL', () => {
    const answers = answersTo(ssprAdmin, 'summary', TODAY) ?? [];
    const reading = ok(`https://x.example${linkPath('en', 'sspr-admin', 'summary', answers)}&utm_medium=email`);
    expect(reading.walk.complete).toBe(true);
    expect(reading.walk.findings).toEqual(walk(ssprAdmin, answers, TODAY).findings);
    expect(reading.ignored).toEqual([{ name: 'utm_medium', value: 'email', reason: 'tracking' }]);
  });
});

describe('linkPath', () => {
  it('writes the public path below the base path', () => {
    expect(linkPath('en', 'fixture-sound', 'red-detail', RED_BIG)).toBe(
      '/en/fixture-sound/red-detail?colour=red&size=big',
    );
    expect(linkPath('nl', 'fixture-sound', '', [])).toBe('/nl/fixture-sound/');
    expect(linkPath('nl', 'fixture-sound', 'summary', [])).toBe('/nl/fixture-sound/summary');
  });

  it('never writes embed, other reserved or tracking parameters', () => {
    const path = linkPath('en', 'fixture-sound', 'size', [
      { question: 'embed', option: '1' },
      { question: 'colour', option: 'red' },
      { question: 'utm_source', option: 'mail' },
      { question: 'fbclid', option: 'x' },
      { question: 'theme', option: 'dark' },
    ]);
    expect(path).toBe('/en/fixture-sound/size?colour=red');
  });

  it('escapes what it writes', () => {
    expect(linkPath('en', 'fixture-sound', 'a b', [{ question: 'colour', option: 'r&d' }])).toBe(
      '/en/fixture-sound/a%20b?colour=r%26d',
    );
  });

  it('reads back as the same state', () => {
    for (const step of ['colour', 'size', 'red-detail', 'blue-detail', 'help', 'summary']) {
      const answers = answersTo(soundFlow, step, TODAY) ?? [];
      const reading = ok(linkPath('en', 'fixture-sound', step, answers));
      expect(reading).toMatchObject({ step, answers, ignored: [] });
      expect(reading.walk.current).toBe(step);
    }
  });
});

describe('isTrackingParam', () => {
  it('knows the common click ids and utm_*, in any case, and no answer', () => {
    for (const name of ['utm_source', 'UTM_Campaign', 'fbclid', 'gclid', 'msclkid'])
      expect(isTrackingParam(name)).toBe(true);
    for (const name of ['symptom', 'embed', 'utm', 'colour']) expect(isTrackingParam(name)).toBe(false);
  });
});
