/**
 * `npm run bench`: how fast the wizard is for a reader on a phone. Not a
 * test (timings vary); the figures go in closing notes and the README.
 *
 * 1. Builds into dist-bench/ and serves it with gzip and the production
 *    headers (scripts/deploy/headers.mjs, the CSP included) from the plain
 *    static server (scripts/serve.mjs), twice: over HTTP/1.1 without TLS and
 *    over HTTP/2 with TLS (a throwaway certificate).
 * 2. Lighthouse 12 (mobile), for each protocol and each throttling method
 *    (simulated, Lighthouse's default, and devtools, which applies the slow
 *    link's latency to every real request), several runs, interleaved, all in
 *    one run so that they are compared under the same load: a reference page
 *    (the same pre-rendered question page as plain HTML, styles inline, no
 *    script at all), the flow's start page, a deep link to a question and a
 *    pre-filled summary. Prints medians of the score, LCP, FCP, TBT, CLS, JS
 *    bytes and LCP / reference, then one line per protocol and throttling.
 * 3. Step transitions in Chromium: Continue clicked → the next page's heading
 *    focused, over many steps; prints p50 and p95.
 *
 * The pages come from the first flow on disk (scripts/bench-pages.ts).
 * `--variants` also measures the question page with its styles delivered in
 * other ways (a render-blocking stylesheet link, as before they went inline;
 * inline with a stylesheet link at the end of <body>), and the reference
 * page plus one module script that does nothing (what a script's request
 * alone costs in Lighthouse's model), each from a copy of the build, to
 * compare them within the same run.
 *
 *   npm run bench [-- --help --runs 3 --transitions 60 --protocol h1,h2
 *                     --throttling simulate,devtools --variants --no-build --out dist-bench]
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { now } from '../src/engine/walk.ts';
import { benchPages } from './bench-pages.ts';
import { CHROMIUM_ARGS, chromiumPath } from './browser-path.mjs';
import { securityHeaders } from './deploy/headers.mjs';
import { loadFlowsFromDisk } from './flows-on-disk.ts';
import { startServer } from './serve.mjs';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    transitions: { type: 'string', default: '60' },
    protocol: { type: 'string', default: 'h1,h2' },
    throttling: { type: 'string', default: 'simulate,devtools' },
    lang: { type: 'string', default: 'en' },
    'no-build': { type: 'boolean', default: false },
    variants: { type: 'boolean', default: false },
    out: { type: 'string', default: 'dist-bench' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  // The usage is this file's opening comment, so it has one definition.
  const opening = /^\/\*\*\n([\s\S]*?)\n \*\//.exec(readFileSync(fileURLToPath(import.meta.url), 'utf8'))?.[1] ?? '';
  console.log(opening.replace(/^ \*(?: |$)/gm, ''));
  process.exit(0);
}
const RUNS = Number(options.runs);
const TRANSITIONS = Number(options.transitions);
const PROTOCOLS = options.protocol.split(',') as Protocol[];
const THROTTLINGS = options.throttling.split(',') as Throttling[];
const OUT = options.out;
type Protocol = 'h1' | 'h2';
type Throttling = 'simulate' | 'devtools';
const PROTOCOL_NAME: Record<Protocol, string> = { h1: 'HTTP/1.1', h2: 'HTTP/2 + TLS' };
for (const protocol of PROTOCOLS) if (!(protocol in PROTOCOL_NAME)) throw new Error(`--protocol ${protocol}: h1 or h2`);
for (const method of THROTTLINGS)
  if (method !== 'simulate' && method !== 'devtools') throw new Error(`--throttling ${method}: simulate or devtools`);

const [flow] = await loadFlowsFromDisk(root);
if (!flow) throw new Error('no flow on disk');
const FLOW_PAGES = benchPages(flow, options.lang, now());
const REFERENCE = 'bench-reference.html';
const PAGES = {
  reference: REFERENCE,
  start: FLOW_PAGES.start,
  'deep step': FLOW_PAGES.deepStep,
  summary: FLOW_PAGES.summary,
} as const;

interface Sample {
  score: number;
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  jsBytes: number;
  renderBlocking: string[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const load = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')} (${availableParallelism()} cores)`;

/** A throwaway self-signed certificate for 127.0.0.1 (openssl). */
function certificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'));
  execSync(
    `openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 -keyout key.pem -out cert.pem`,
    { cwd: dir, stdio: 'ignore' },
  );
  return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
}

/**
 * The reference: the same question page as plain static HTML, its styles
 * inline in one `<style>` in the head (as the page itself has them, or else
 * from its stylesheet), no script, no other request at all.
 */
export function referenceHtml(page: string, readAsset: (href: string) => string): string {
  const withoutScripts = page
    .replace(/\s*<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/\s*<link\b[^>]*\brel="modulepreload"[^>]*>/g, '')
    .replace(/\s*<noscript>\s*<link\b[^>]*>\s*<\/noscript>/g, '');
  const inline = /<style\b[^>]*>[\s\S]*?<\/style>/.test(withoutScripts);
  let styles = '';
  const withoutLinks = withoutScripts.replace(/\s*<link\b[^>]*\brel="stylesheet"[^>]*>/g, (link) => {
    const href = /\bhref="([^"]+)"/.exec(link)?.[1];
    if (!inline && href) styles += readAsset(href);
    return '';
  });
  return inline ? withoutLinks : withoutLinks.replace('</head>', `<style>${styles}</style>\n  </head>`);
}

/** A `--variants` page: the page as served, and any files it needs beside the build's own. */
interface Variant {
  readonly page: (question: string, reference: string) => string;
  readonly files?: Readonly<Record<string, string>>;
}

/** The script the "reference + empty script" variant loads: a module that does nothing. */
const EMPTY_SCRIPT = 'assets/bench-empty-script.js';

/**
 * `--variants`: the question page as other ways of delivering its styles
 * would have it, to measure against the page as built. Each is served from a
 * copy of the build with only that page changed, at the page's own address
 * (elsewhere the app would not hydrate it but render a not-found page).
 */
const VARIANTS: Record<string, Variant> = {
  // As before the styles went inline: a render-blocking stylesheet in the head.
  'stylesheet link': {
    page: (question) =>
      question.replace(
        /<style data-href="([^"]+)">[\s\S]*?<\/style>\s*<noscript>[\s\S]*?<\/noscript>/,
        (_all, href: string) => `<link rel="stylesheet" crossorigin href="${href}">`,
      ),
  },
  // Inline, with the fallback as a stylesheet link at the end of <body> instead of <noscript> and the script.
  'inline + link at end of body': {
    page: (question) => {
      const href = /<style data-href="([^"]+)">/.exec(question)?.[1] ?? '';
      return question
        .replace(/\s*<noscript><link\b[^>]*><\/noscript>/, '')
        .replace('</body>', `  <link rel="stylesheet" href="${href}">\n  </body>`);
    },
  },
  // The plain page plus the page's own script tag (same place, same
  // attributes) for a module that does nothing: what loading a script from
  // the HTML costs in Lighthouse's model, apart from the script's work.
  'reference + empty script': {
    page: (question, reference) => {
      const entry = /<script\b[^>]*\bsrc="[^"]+"[^>]*><\/script>/.exec(question)?.[0];
      if (!entry) throw new Error('the question page has no script tag');
      const empty = entry.replace(/\bsrc="[^"]+"/, `src="/${EMPTY_SCRIPT}"`);
      return reference.replace('</body>', `  ${empty}\n  </body>`);
    },
    files: { [EMPTY_SCRIPT]: '// Does nothing: only its request is measured.\n' },
  },
};

async function lighthouseRun(url: string, port: number, throttlingMethod: Throttling): Promise<Sample> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    onlyCategories: ['performance'],
    logLevel: 'error',
    throttlingMethod,
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const audits = result.lhr.audits;
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  const requests = (
    audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] }
  )?.items;
  const blocking = (audits['render-blocking-resources']?.details as { items?: { url?: string }[] })?.items;
  return {
    score: result.lhr.categories.performance?.score ?? 0,
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    jsBytes: (requests ?? [])
      .filter((item) => item.resourceType === 'Script')
      .reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    renderBlocking: (blocking ?? []).map((item) => new URL(item.url ?? '', url).pathname),
  };
}

/**
 * In the page: click Continue and resolve with the milliseconds until the
 * next page's heading has focus. A string, so the bundler's helpers never
 * leak into the page.
 */
const TIME_CONTINUE = `new Promise((resolve) => {
  const button = document.querySelector('form.question button[type="submit"]');
  const before = document.querySelector('h1');
  const start = performance.now();
  const done = (event) => {
    if (event.target.tagName === 'H1' && event.target !== before) {
      document.removeEventListener('focusin', done);
      resolve(performance.now() - start);
    }
  };
  document.addEventListener('focusin', done);
  button.click();
})`;

async function measureTransitions(origin: string): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ ignoreHTTPSErrors: true });
  const samples: number[] = [];
  // The last answer leads to the summary, which is not a question page.
  const questions = FLOW_PAGES.path.slice(0, -1);
  while (samples.length < TRANSITIONS) {
    await page.goto(`${origin}/${FLOW_PAGES.firstQuestion}`);
    // Continue is enabled once the page has hydrated.
    await page.locator('form.question button[type="submit"]:enabled').waitFor();
    for (const [question, option] of questions) {
      if (samples.length >= TRANSITIONS) break;
      await page.locator(`#${question}-${option}`).check();
      // Time from the click to the moment the next page's heading has focus.
      samples.push(Number(await page.evaluate(TIME_CONTINUE)));
    }
  }
  await browser.close();
  return samples;
}

async function serve(dist: string, protocol: Protocol): Promise<{ server: Server; origin: string }> {
  // Gzip and the production headers (the CSP with the inline styles' hash), like a real host.
  const server = (await startServer({
    dir: dist,
    port: 0,
    host: '127.0.0.1',
    base: '/',
    gzip: true,
    headers: securityHeaders(),
    ...(protocol === 'h2' ? { tls: certificate() } : {}),
  })) as Server;
  const { port } = server.address() as AddressInfo;
  return { server, origin: `${protocol === 'h2' ? 'https' : 'http'}://127.0.0.1:${port}` };
}

/** One page measured: its name in the tables, its address, and the copy of the build it is served from. */
interface Target {
  readonly name: string;
  readonly path: string;
  readonly dist: string;
}

async function main() {
  if (!options['no-build']) {
    console.log(`Building into ${OUT}/ …`);
    execSync('npm run build:app', { cwd: root, stdio: 'ignore', env: { ...process.env, OUT_DIR: OUT } });
  }
  const dist = resolve(root, OUT);
  const question = readFileSync(join(dist, FLOW_PAGES.deepStepFile), 'utf8');
  const reference = referenceHtml(question, (href) => readFileSync(join(dist, href), 'utf8'));
  writeFileSync(join(dist, REFERENCE), reference);
  const targets: Target[] = Object.entries(PAGES).map(([name, path]) => ({ name, path, dist }));
  if (options.variants)
    for (const [name, variant] of Object.entries(VARIANTS)) {
      const copy = `${dist}-variant-${name.replace(/\W+/g, '-')}`;
      rmSync(copy, { recursive: true, force: true });
      cpSync(dist, copy, { recursive: true });
      // Only the uncompressed page: the server compresses by itself.
      writeFileSync(join(copy, FLOW_PAGES.deepStepFile), variant.page(question, reference));
      for (const [file, text] of Object.entries(variant.files ?? {})) writeFileSync(join(copy, file), text);
      targets.push({ name: `deep step, ${name}`, path: FLOW_PAGES.deepStep, dist: copy });
    }
  const dists = [...new Set(targets.map((target) => target.dist))];
  const servers = new Map<string, { server: Server; origin: string }>();
  for (const directory of dists)
    for (const protocol of PROTOCOLS) servers.set(`${directory} ${protocol}`, await serve(directory, protocol));
  const originOf = (target: Target, protocol: Protocol) =>
    (servers.get(`${target.dist} ${protocol}`) as { origin: string }).origin;

  const chromePath = process.env.CHROME_PATH ?? chromiumPath();
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--ignore-certificate-errors', ...CHROMIUM_ARGS],
  });
  const settings = PROTOCOLS.flatMap((protocol) => THROTTLINGS.map((method) => ({ protocol, method })));
  const key = (setting: { protocol: Protocol; method: Throttling }, target: Target) =>
    `${setting.protocol}/${setting.method}/${target.name}`;
  const samples = new Map<string, Sample[]>();
  const loads = [load()];
  console.log(`Lighthouse: ${settings.length} settings × ${targets.length} pages × ${RUNS} runs; ${load()}`);
  try {
    // Interleaved (run, setting, page): a burst of load on the machine falls on every row alike.
    for (let run = 1; run <= RUNS; run += 1) {
      for (const setting of settings) {
        for (const target of targets) {
          const url = `${originOf(target, setting.protocol)}/${target.path}`;
          const sample = await lighthouseRun(url, chrome.port, setting.method);
          samples.set(key(setting, target), [...(samples.get(key(setting, target)) ?? []), sample]);
          process.stdout.write('.');
        }
      }
      loads.push(load());
    }
  } finally {
    await chrome.kill();
  }
  console.log(`\nLoad while measuring: ${loads.join('; ')}`);
  const lines: string[] = [];
  for (const setting of settings) {
    const of = (target: Target, field: Exclude<keyof Sample, 'renderBlocking'>) =>
      median((samples.get(key(setting, target)) ?? []).map((sample) => sample[field]));
    const [reference, , deepStep] = targets as [Target, Target, Target];
    const referenceLcp = of(reference, 'lcp');
    console.log(
      `\nLighthouse 12 (mobile), ${setting.method} throttling, ${PROTOCOL_NAME[setting.protocol]}, gzip, median of ${RUNS}:`,
    );
    console.table(
      targets.map((target) => ({
        page: target.name,
        score: of(target, 'score').toFixed(2),
        'LCP ms': Math.round(of(target, 'lcp')),
        'FCP ms': Math.round(of(target, 'fcp')),
        'TBT ms': Math.round(of(target, 'tbt')),
        CLS: of(target, 'cls').toFixed(3),
        'JS KB (gzip)': (of(target, 'jsBytes') / 1000).toFixed(1),
        'LCP / reference': (of(target, 'lcp') / referenceLcp).toFixed(2),
        'render-blocking':
          [...new Set((samples.get(key(setting, target)) ?? []).flatMap((sample) => sample.renderBlocking))].join(
            ' ',
          ) || '-',
      })),
    );
    lines.push(
      `| ${setting.method} | ${PROTOCOL_NAME[setting.protocol]} | ${Math.round(referenceLcp)} ms | ` +
        `${Math.round(of(deepStep, 'fcp'))} / ${Math.round(of(deepStep, 'lcp'))} ms | ` +
        `${(of(deepStep, 'lcp') / referenceLcp).toFixed(2)} |`,
    );
  }
  console.log('\n| throttling | protocol | plain page: FCP = LCP | question page: FCP / LCP | LCP ratio |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const line of lines) console.log(line);

  if (TRANSITIONS > 0) {
    const transitions = await measureTransitions(originOf(targets[0] as Target, PROTOCOLS[0] as Protocol));
    console.log(
      `\nStep transition (Continue clicked → next heading focused), ${transitions.length} steps: ` +
        `p50 ${percentile(transitions, 50).toFixed(1)} ms, p95 ${percentile(transitions, 95).toFixed(1)} ms`,
    );
  }
  for (const { server } of servers.values()) server.close();
}

await main();
