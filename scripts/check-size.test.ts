import { describe, expect, it } from 'vitest';
import { SUPPORT_PAGES, supportPage } from '../src/support/support-pages.ts';
import {
  BUDGET_BYTES,
  budgetOf,
  buildChunks,
  formatReport,
  initialScripts,
  moduleScripts,
  type PageSize,
  pageKind,
  SUPPORT_BUDGET_BYTES,
  supportLeaks,
} from './check-size.ts';

// The shape Vite 8 writes: virtual locale parts keep their plugin prefix (with or without the `\0`).
const manifest = {
  'index.html': { file: 'assets/index-a.js' },
  'src/start.tsx': { file: 'assets/start-d.js', imports: ['_shared.js', 'index.html'] },
  '_shared.js': { file: 'assets/shared-e.js' },
  'src/config/runtime-config.ts': { file: 'assets/runtime-config-c.js', imports: ['_shared.js'] },
  'src/steps/SummaryBody.tsx': { file: 'assets/SummaryBody-f.js', imports: ['src/start.tsx'] },
  'flows/printer/flow.ts': { file: 'assets/flow-p.js' },
  'flows/vpn/flow.ts': { file: 'assets/flow-v.js', imports: ['_shared.js'] },
  'locales/nl/common.json': { file: 'assets/common-nl.js' },
  'locales/en/common.json': { file: 'assets/common-en.js' },
  'locale-part:/x/locales/nl/common.json?part=catalog': { file: 'assets/catalog-nl.js' },
  '\0locale-part:/x/locales/nl/printer.json?part=steps': { file: 'assets/steps-nl-printer.js' },
  'locale-part:/x/locales/nl/printer.json?part=findings': { file: 'assets/findings-nl-printer.js' },
  'locale-part:/x/locales/nl/printer.json?part=titles': { file: 'assets/titles-nl-printer.js' },
  'locale-part:/x/locales/nl/vpn.json?part=steps': { file: 'assets/steps-nl-vpn.js' },
  'locale-part:/x/locales/en/vpn.json?part=steps': { file: 'assets/steps-en-vpn.js' },
  'src/support/MapPage.tsx': { file: 'assets/MapPage-m.js', imports: ['_flow-map.js', 'src/start.tsx'] },
  '_flow-map.js': { file: 'assets/flow-map-x.js' },
  'src/support/LinkPage.tsx': { file: 'assets/LinkPage-l.js', imports: ['_flow-map.js', 'src/start.tsx'] },
};

describe('buildChunks', () => {
  it('finds each source’s chunk by its path, with static imports, for any flow and language', () => {
    const chunks = buildChunks('unused', manifest);
    expect(chunks.startup).toEqual([
      'assets/start-d.js',
      'assets/shared-e.js',
      'assets/index-a.js',
      'assets/runtime-config-c.js',
    ]);
    expect(chunks.summaryBody).toEqual([
      'assets/SummaryBody-f.js',
      'assets/start-d.js',
      'assets/shared-e.js',
      'assets/index-a.js',
    ]);
    expect([...chunks.common.keys()].sort()).toEqual(['en', 'nl']);
    expect(chunks.catalog.get('nl')).toEqual(['assets/catalog-nl.js']);
    expect(chunks.flow.get('vpn')).toEqual(['assets/flow-v.js', 'assets/shared-e.js']);
    expect([...chunks.steps.keys()].sort()).toEqual(['en/vpn', 'nl/printer', 'nl/vpn']);
    expect(chunks.findings.get('nl/printer')).toEqual(['assets/findings-nl-printer.js']);
    expect(chunks.titles.get('nl/printer')).toEqual(['assets/titles-nl-printer.js']);
  });
});

describe('initialScripts', () => {
  const chunks = buildChunks('unused', manifest);
  const scripts = moduleScripts(
    `<head><link rel="stylesheet" href="/help/assets/index-a.css"></head>
     <body><script fetchpriority="low" type="module" crossorigin src="/help/assets/index-a.js"></script></body>`,
    '/help/',
  );

  it('counts a flow page’s module script, startup imports, UI text, flow definition and step text, each once', () => {
    expect(scripts).toEqual(['assets/index-a.js']);
    expect(initialScripts('nl/printer/symptom', scripts, chunks)).toEqual([
      'assets/index-a.js',
      'assets/start-d.js',
      'assets/shared-e.js',
      'assets/runtime-config-c.js',
      'assets/common-nl.js',
      'assets/flow-p.js',
      'assets/steps-nl-printer.js',
    ]);
  });

  it('counts no other flow’s text, nor the findings', () => {
    const files = initialScripts('nl/vpn', scripts, chunks);
    expect(files).toContain('assets/steps-nl-vpn.js');
    expect(files).not.toContain('assets/steps-nl-printer.js');
    expect(files.some((file) => file.includes('findings'))).toBe(false);
  });

  it('counts the catalog, and no flow, on the list page', () => {
    expect(initialScripts('nl', scripts, chunks)).toEqual([
      'assets/index-a.js',
      'assets/start-d.js',
      'assets/shared-e.js',
      'assets/runtime-config-c.js',
      'assets/common-nl.js',
      'assets/catalog-nl.js',
    ]);
  });

  it('fails when a page’s chunk is missing from the build', () => {
    expect(() => initialScripts('en/printer/symptom', scripts, chunks)).toThrow(/step text \(en\/printer\)/);
    expect(() => initialScripts('en', scripts, chunks)).toThrow(/catalog/);
  });
});

describe('pageKind', () => {
  const kinds = (_flow: string, step: string) =>
    step === 'summary' ? 'terminal' : step === 'symptom' ? 'question' : undefined;
  it('tells the list, start, question, summary, done, more-help and alias pages apart', () => {
    expect(
      ['nl', 'nl/vpn', 'nl/vpn/symptom', 'nl/vpn/summary', 'nl/vpn/done', 'nl/vpn/more-help', 'nl/vpn/old'].map(
        (path) => pageKind(path, kinds),
      ),
    ).toEqual(['list', 'start', 'question', 'summary', 'done', 'more-help', 'alias']);
  });
});

describe('formatReport', () => {
  it('names the largest page and every page over budget', () => {
    const page = (path: string, bytes: number): PageSize => ({
      page: path,
      lang: 'nl',
      kind: path.includes('/') ? 'start' : 'list',
      files: [],
      bytes,
    });
    const pages = [page('nl', 90_000), page('nl/vpn', 131_000)];
    const { lines, over } = formatReport({
      pages,
      largest: pages[1] as PageSize,
      byKind: pages,
      summaryAfterStart: undefined,
      fileBytes: new Map(),
      leaks: [],
    });
    expect(lines[0]).toContain('largest 131.0 KB (nl/vpn)');
    expect(over.map((p) => p.page)).toEqual(['nl/vpn']);
  });
});

describe('support pages', () => {
  const chunks = buildChunks('unused', manifest);
  const map = supportPage('map');
  const article = supportPage('all');

  it('finds the chunks of src/support/ by their source, without what they import', () => {
    expect(chunks.support.get('src/support/MapPage.tsx')?.[0]).toBe('assets/MapPage-m.js');
    expect([...chunks.supportFiles].sort()).toEqual(['assets/LinkPage-l.js', 'assets/MapPage-m.js']);
  });

  it('counts a support page’s own chunk and the findings’ titles on the map; a script-free page counts nothing', () => {
    const files = initialScripts('nl/printer/map', ['assets/index-a.js'], chunks, map);
    expect(files).toContain('assets/MapPage-m.js');
    expect(files).toContain('assets/flow-map-x.js');
    expect(files).toContain('assets/titles-nl-printer.js');
    expect(files).not.toContain('assets/findings-nl-printer.js');
    expect(initialScripts('nl/printer/all', [], chunks, article)).toEqual([]);
  });

  it('gives each support tool a kind of its own', () => {
    const kinds = () => undefined;
    expect(SUPPORT_PAGES.map((page) => pageKind(`nl/vpn/${page.step}`, kinds))).toEqual(
      SUPPORT_PAGES.map((page) => `support:${page.step}`),
    );
  });

  it('gives the support tools a budget of their own; a wizard page keeps the reader’s budget', () => {
    const page = (path: string, kind: PageSize['kind'], bytes: number): PageSize => ({
      page: path,
      lang: 'nl',
      kind,
      files: [],
      bytes,
    });
    const pages = [
      page('nl/vpn/map', 'support:map', 141_000),
      page('nl/vpn/link', 'support:link', 135_000),
      page('nl/vpn/symptom', 'question', 131_000),
      page('nl/vpn/summary', 'summary', 129_000),
    ];
    const { over } = formatReport({
      pages,
      largest: pages[0] as PageSize,
      byKind: pages,
      summaryAfterStart: undefined,
      fileBytes: new Map(),
      leaks: [],
    });
    expect(over.map((p) => p.page)).toEqual(['nl/vpn/map', 'nl/vpn/symptom']);
    expect(budgetOf('support:link')).toBe(SUPPORT_BUDGET_BYTES);
    expect(budgetOf('question')).toBe(BUDGET_BYTES);
  });

  it('reports a question or summary page whose initial scripts include a chunk of src/support/', () => {
    const page = (path: string, kind: PageSize['kind'], files: string[]): PageSize => ({
      page: path,
      lang: 'nl',
      kind,
      files,
      bytes: 0,
    });
    const pages = [
      page('nl/printer/symptom', 'question', ['assets/index-a.js', 'assets/flow-map-x.js']),
      page('nl/printer/summary', 'summary', ['assets/index-a.js', 'assets/LinkPage-l.js']),
      page('nl/printer/other', 'question', ['assets/index-a.js', 'assets/MapPage-m.js']),
      page('nl/printer/map', 'support:map', ['assets/index-a.js', 'assets/MapPage-m.js']),
    ];
    // A shared helper chunk (flow-map) is not support code; the pages' own chunks are.
    expect(supportLeaks(pages, chunks)).toEqual([
      { page: 'nl/printer/summary', files: ['assets/LinkPage-l.js'] },
      { page: 'nl/printer/other', files: ['assets/MapPage-m.js'] },
    ]);
  });
});
