/**
 * `npm run sources:check` without a network: example pages modelled on Learn
 * and support.microsoft.com (fixtures/sources-check/), served through the
 * fetch function it is given.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FETCHED_HOSTS, type Fetch, USER_AGENT } from './source-fetch.ts';
import { runSourcesCheck, type SourcesCheckIo, USAGE } from './sources-check.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/sources-check/${name}`, import.meta.url), 'utf8');

const LEARN = 'https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr';
const LEARN_EN = 'https://learn.microsoft.com/en-us/entra/identity/authentication/troubleshoot-sspr';
const SUPPORT = 'https://support.microsoft.com/account-billing/set-up-an-email-address-250b91e4';
const NO_DATE = 'https://learn.microsoft.com/entra/';
const GONE = 'https://learn.microsoft.com/entra/removed-page';
const PRINTER = 'https://support.example-printers.com/manuals/p100';

interface Served {
  readonly status?: number;
  readonly body?: string;
  readonly location?: string;
}

/** The example site: Learn adds the locale by redirect, as it does. */
const SITE: Readonly<Record<string, Served>> = {
  [LEARN]: { status: 301, location: '/en-us/entra/identity/authentication/troubleshoot-sspr' },
  [LEARN_EN]: { body: fixture('learn-page.html') },
  [SUPPORT]: { body: fixture('support-page.html') },
  [NO_DATE]: { body: fixture('no-date.html') },
  [GONE]: { status: 404, body: 'Not found' },
};

/** A fetch that serves `site` and records each request; anything else is a 404. */
function serve(site: Readonly<Record<string, Served>> = SITE) {
  const requests: { url: string; userAgent: string | undefined }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const fetch: Fetch = async (url, init) => {
    requests.push({ url, userAgent: new Headers(init.headers).get('user-agent') ?? undefined });
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 1));
    inFlight -= 1;
    const { status = 200, body = '', location } = site[url] ?? { status: 404 };
    return new Response(status >= 300 && status < 400 ? null : body, {
      status,
      headers: location ? { location } : { 'content-type': 'text/html' },
    });
  };
  return { fetch, requests, mostInFlight: () => mostInFlight };
}

let root = '';
let out: string[] = [];
let err: string[] = [];

/** A project whose one register cites these rows: [source, page updated, checked]. */
function register(...rows: (readonly [string, string, string])[]) {
  mkdirSync(join(root, 'flows', 'demo'), { recursive: true });
  const lines = rows.map(([source, updated, checked]) => `| ${source} | ${updated} | ${checked} | read |`);
  writeFileSync(
    join(root, 'flows', 'demo', 'SOURCES.md'),
    `# Register\n\n## Sources read\n\n| Source | Page updated | Checked | Version read |\n| --- | --- | --- | --- |\n${lines.join('\n')}\n`,
  );
}

const run = (fetch: Fetch, args: string[] = [], options: Partial<SourcesCheckIo> = {}) =>
  runSourcesCheck(args, {
    root,
    fetch,
    out: (text) => out.push(...text.split('\n')),
    err: (text) => err.push(...text.split('\n')),
    ...options,
  });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sources-check-'));
  out = [];
  err = [];
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('sources:check', () => {
  it('passes rows whose page has not changed since they were checked, following Learn’s redirect', async () => {
    register([LEARN, '2025-06-06', '2026-11-26'], [SUPPORT, 'unknown', '2026-11-26']);
    const site = serve();
    expect(await run(site.fetch)).toBe(0);
    expect(out).toContain('No page changed after the day its row was checked.');
    expect(out.join('\n')).not.toContain('Changed');
    expect(site.requests.map(({ url }) => url)).toEqual([LEARN, LEARN_EN, SUPPORT]);
    expect(site.requests.every(({ userAgent }) => userAgent === USER_AGENT)).toBe(true);
  });

  it('lists a row whose page was updated after its Checked day, and exits 1', async () => {
    register([LEARN, '2025-06-01', '2025-06-05'], [SUPPORT, 'unknown', '2026-11-26']);
    expect(await run(serve().fetch)).toBe(1);
    expect(out).toContain('Changed after the day they were checked (1):');
    expect(out).toContain(`  flows/demo/SOURCES.md:7 ${LEARN}: page updated 2025-06-06 (ms.date), checked 2025-06-05`);
    expect(out.join('\n')).not.toContain(SUPPORT);
  });

  it('does not list a page only republished after the check (updated_at a day after ms.date)', async () => {
    register([LEARN, '2025-06-06', '2025-06-06']);
    expect(await run(serve().fetch)).toBe(0);
    expect(out.join('\n')).not.toContain('Changed');
  });

  it('says "date not found" for a page without a date, and exits 2: nothing changed, but not all was checked', async () => {
    register([NO_DATE, 'unknown', '2026-11-26']);
    expect(await run(serve().fetch)).toBe(2);
    expect(out).toContain('Could not check (1):');
    expect(out).toContain(`  flows/demo/SOURCES.md:7 ${NO_DATE}: date not found`);
    expect(out).toContain('No page read changed, but 1 row(s) could not be checked: see above.');
  });

  it('lists a page that is gone (404), and exits 1', async () => {
    register([LEARN, '2025-06-06', '2026-11-26'], [GONE, 'unknown', '2026-11-26']);
    expect(await run(serve().fetch)).toBe(1);
    expect(out).toContain(`  flows/demo/SOURCES.md:8 ${GONE}: HTTP 404`);
  });

  it('offline: prints one line, checks nothing and exits 0', async () => {
    register([LEARN, '2025-01-01', '2025-01-01'], [SUPPORT, 'unknown', '2026-11-26']);
    const requests: string[] = [];
    const offline: Fetch = async (url) => {
      requests.push(url);
      const cause = Object.assign(new Error('getaddrinfo ENOTFOUND learn.microsoft.com'), { code: 'ENOTFOUND' });
      throw new TypeError('fetch failed', { cause });
    };
    expect(await run(offline)).toBe(0);
    expect(out).toEqual(['Sources check: offline (learn.microsoft.com: ENOTFOUND); nothing was checked.']);
    expect(err).toEqual([]);
    expect(requests).toEqual([LEARN]);
  });

  it('offline: a first request with no answer within the short timeout counts too', async () => {
    register([LEARN, '2025-06-06', '2026-11-26']);
    const silent: Fetch = (_url, init) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    // The short first try, then one full try: a slow network is not taken for no network.
    expect(await run(silent, [], { probeTimeoutMs: 20, timeoutMs: 40 })).toBe(0);
    expect(out).toEqual([
      'Sources check: offline (learn.microsoft.com: no answer within 0.04 s); nothing was checked.',
    ]);
  });

  it('contacts no other host: skips rows on other hosts with a note, and does not follow a redirect away', async () => {
    const away = 'https://learn.microsoft.com/entra/moved';
    register([LEARN, '2025-06-06', '2026-11-26'], [PRINTER, 'unknown', '2026-11-26'], [away, 'unknown', '2026-11-26']);
    const site = serve({ ...SITE, [away]: { status: 302, location: 'https://login.example.net/?next=/entra/moved' } });
    // Nothing changed, but the moved page could not be read: exit 2, not "all is well".
    expect(await run(site.fetch)).toBe(2);
    expect(site.requests.every(({ url }) => FETCHED_HOSTS.includes(new URL(url).hostname))).toBe(true);
    expect(out).toContain('Skipped (not on learn.microsoft.com or support.microsoft.com) (1):');
    expect(out).toContain(`  flows/demo/SOURCES.md:8 ${PRINTER}`);
    expect(out).toContain(
      `  flows/demo/SOURCES.md:9 ${away}: redirects to https://login.example.net/?next=/entra/moved, which is not fetched`,
    );
  });

  it('fetches a page cited twice once, and no more than `concurrency` at a time', async () => {
    const pages = Array.from({ length: 9 }, (_, index) => `https://learn.microsoft.com/page-${index}`);
    register(...pages.map((page) => [page, 'unknown', '2026-11-26'] as const));
    // The same page in a second register (one page per row within a register).
    mkdirSync(join(root, 'flows', 'other'), { recursive: true });
    writeFileSync(
      join(root, 'flows', 'other', 'SOURCES.md'),
      `## Sources read\n\n| Source | Page updated | Checked | Version read |\n| --- | --- | --- | --- |\n| ${pages[0]} | unknown | 2026-11-26 | read |\n`,
    );
    const site = serve(Object.fromEntries(pages.map((page) => [page, { body: fixture('learn-page.html') }])));
    expect(await run(site.fetch, [], { concurrency: 3 })).toBe(0);
    expect(site.requests).toHaveLength(9);
    expect(site.mostInFlight()).toBe(3);
  });

  it('reports a table that does not parse, and fetches nothing', async () => {
    register(['learn.microsoft.com/no-scheme', 'unknown', '26-11-2026']);
    const site = serve();
    expect(await run(site.fetch)).toBe(1);
    expect(err.join('\n')).toContain('flows/demo/SOURCES.md: line 7: Source "learn.microsoft.com/no-scheme"');
    expect(err.join('\n')).toContain('Checked "26-11-2026" is not a date');
    expect(site.requests).toEqual([]);
  });

  it('--help prints the usage; an unknown option fails with it', async () => {
    register([LEARN, '2025-06-06', '2026-11-26']);
    const site = serve();
    expect(await run(site.fetch, ['--help'])).toBe(0);
    expect(out.join('\n')).toBe(USAGE);
    expect(await run(site.fetch, ['--fast'])).toBe(1);
    expect(err.join('\n')).toContain('Usage: npm run sources:check');
    expect(site.requests).toEqual([]);
  });
});
