/**
 * `npm run bench`: how fast the wizard is for a reader on a phone. Not a
 * test (timings vary); the figures go in closing notes and the README.
 *
 * 1. Builds into dist-bench/ and serves it with gzip from the plain static
 *    server (scripts/serve.mjs), over HTTP/2 and TLS as production hosts do.
 * 2. Lighthouse (mobile, simulated throttling), several runs, interleaved:
 *    a reference page (the same pre-rendered question page with every script
 *    removed: plain static HTML of the same text and CSS), the start page, a
 *    deep link to a step and a pre-filled summary. Prints medians of the
 *    performance score, LCP, FCP, TBT, CLS, JS bytes and LCP / reference.
 * 3. Step transitions in Chromium: Continue clicked → the next page's heading
 *    focused, over many steps; prints p50 and p95.
 *
 *   npm run bench [-- --runs 5 --transitions 60]
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './browser-path.mjs';
import { startServer } from './serve.mjs';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const RUNS = option('runs', 3);
const TRANSITIONS = option('transitions', 60);
const OUT = 'dist-bench';

const SUMMARY_QUERY =
  'symptom=sms&account-type=not-sure&reset-page=methods&other-ways=neither&reset-steps=not-sure' +
  '&mobile-registered=not-sure&phone-receives-sms=internet';
const PAGES = {
  reference: 'bench-reference.html',
  start: 'en/sspr-admin/',
  'deep step': 'en/sspr-admin/mobile-registered?symptom=sms&account-type=yes&reset-page=methods',
  summary: `en/sspr-admin/summary?${SUMMARY_QUERY}`,
} as const;
type PageName = keyof typeof PAGES;

interface Sample {
  score: number;
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  jsBytes: number;
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

/** A throwaway self-signed certificate for 127.0.0.1 (openssl). */
function certificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'));
  execSync(
    `openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 -keyout key.pem -out cert.pem`,
    { cwd: dir, stdio: 'ignore' },
  );
  return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
}

/** The reference: the same question page as plain static HTML (no script at all). */
function writeReference(dist: string) {
  const html = readFileSync(join(dist, 'en/sspr-admin/mobile-registered.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  writeFileSync(join(dist, PAGES.reference), html);
}

async function lighthouseRun(url: string, port: number): Promise<Sample> {
  const result = await lighthouse(url, { port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const audits = result.lhr.audits;
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  const requests = (
    audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] }
  )?.items;
  return {
    score: result.lhr.categories.performance?.score ?? 0,
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    jsBytes: (requests ?? [])
      .filter((item) => item.resourceType === 'Script')
      .reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
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
  // The path below is the one asked before the flow's first date; pin the day so it stays so.
  await page.clock.setFixedTime(new Date('2026-11-26T09:00:00'));
  const samples: number[] = [];
  const path: [string, string][] = [
    ['symptom', 'both'],
    ['account-type', 'yes'],
    ['reset-page', 'methods'],
    ['other-ways', 'other-admin'],
    ['reset-steps', 'yes'],
    ['alternate-email', 'yes'],
    ['junk-folder', 'not-there'],
    ['mobile-registered', 'yes'],
    ['phone-receives-sms', 'yes'],
  ];
  while (samples.length < TRANSITIONS) {
    await page.goto(`${origin}/en/sspr-admin/symptom`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (const [question, option] of path) {
      if (samples.length >= TRANSITIONS) break;
      await page.locator(`#${question}-${option}`).check();
      // Time from the click to the moment the next page's heading has focus.
      const elapsed = Number(await page.evaluate(TIME_CONTINUE));
      samples.push(elapsed);
    }
  }
  await browser.close();
  return samples;
}

async function main() {
  console.log(`Building into ${OUT}/ …`);
  execSync('npm run build:app', { cwd: root, stdio: 'ignore', env: { ...process.env, OUT_DIR: OUT } });
  const dist = join(root, OUT);
  writeReference(dist);
  // HTTP/2 over TLS with gzip, like a production static host or CDN (a
  // throwaway self-signed certificate; Chromium is told to accept it).
  const server = await startServer({
    dir: dist,
    port: 0,
    host: '127.0.0.1',
    base: '/',
    gzip: true,
    tls: certificate(),
  });
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const chromePath = process.env.CHROME_PATH ?? chromiumPath();
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--ignore-certificate-errors', ...CHROMIUM_ARGS],
  });
  const samples = Object.fromEntries(Object.keys(PAGES).map((name) => [name, [] as Sample[]])) as Record<
    PageName,
    Sample[]
  >;
  try {
    for (let run = 1; run <= RUNS; run += 1) {
      for (const name of Object.keys(PAGES) as PageName[]) {
        samples[name].push(await lighthouseRun(`${origin}/${PAGES[name]}`, chrome.port));
        process.stdout.write('.');
      }
    }
  } finally {
    await chrome.kill();
  }
  console.log(`\nLighthouse 12 (mobile, simulated throttling), median of ${RUNS} runs, gzip static host:\n`);
  const referenceLcp = median(samples.reference.map((sample) => sample.lcp));
  const rows = (Object.keys(PAGES) as PageName[]).map((name) => {
    const of = (key: keyof Sample) => median(samples[name].map((sample) => sample[key]));
    return {
      page: name,
      score: of('score').toFixed(2),
      'LCP ms': Math.round(of('lcp')),
      'FCP ms': Math.round(of('fcp')),
      'TBT ms': Math.round(of('tbt')),
      CLS: of('cls').toFixed(3),
      'JS KB (gzip)': (of('jsBytes') / 1000).toFixed(1),
      'LCP / reference': (of('lcp') / referenceLcp).toFixed(2),
    };
  });
  console.table(rows);

  const transitions = await measureTransitions(origin);
  console.log(
    `Step transition (Continue clicked → next heading focused), ${transitions.length} steps: ` +
      `p50 ${percentile(transitions, 50).toFixed(1)} ms, p95 ${percentile(transitions, 95).toFixed(1)} ms`,
  );
  server.close();
}

await main();
