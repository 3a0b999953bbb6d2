import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ROOT } from './flows-on-disk.ts';
import { DEFAULT_PORT, listen, parseArgs, servingLine, startServer } from './serve.mjs';

// A site of its own (the shared dist/ may be mid-build), served on ports the
// system picks (port 0): never a default port another engineer may be using.
const site = mkdtempSync(join(tmpdir(), 'serve-test-'));
writeFileSync(join(site, 'index.html'), '<!doctype html><title>t</title>');
afterAll(() => rmSync(site, { recursive: true, force: true }));

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill();
});

interface Run {
  readonly child: ChildProcess;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves with the exit code (null if killed). */
  readonly exited: Promise<number | null>;
}

/** `node scripts/serve.mjs …args`, as `npm start` and the e2e tests run it. */
function serve(args: readonly string[], env: Record<string, string> = {}): Run {
  const { PORT: _ignored, npm_lifecycle_event: _event, npm_config_port: _config, ...inherited } = process.env;
  const child = spawn(process.execPath, ['scripts/serve.mjs', ...args], { cwd: ROOT, env: { ...inherited, ...env } });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Waits for the "Serving … at http://host:port/" line and returns the port. */
async function servingPort(run: Run): Promise<number> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    const match = /Serving .* at http:\/\/[^:]+:(\d+)\//.exec(run.stdout());
    if (match) return Number(match[1]);
    if (run.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`serve.mjs did not start: ${run.stdout()} ${run.stderr()}`);
}

/** A port held by something else for the duration of a test. */
async function holdPort(port = 0): Promise<Server> {
  const holder = createServer();
  await new Promise<void>((resolve, reject) => {
    holder.once('error', reject);
    holder.listen(port, '127.0.0.1', resolve);
  });
  return holder;
}
const portOf = (server: Server) => {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
};

/** A Node stack trace line ("    at listen (node:net:…)") or a raw error dump. */
const STACK = /^\s+at |Error: listen|node:internal|\{\s*code:/m;

describe('serve.mjs on a port that is taken', () => {
  it('a second server on the same --port exits 1 with one clear line, no stack trace', async () => {
    const first = serve([site, '--port', '0']);
    const port = await servingPort(first);
    const second = serve([site, '--port', String(port)]);
    expect(await second.exited).toBe(1);
    const message = second.stderr().trim();
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain(`Port ${port} is in use`);
    expect(message).toMatch(/--port \d+/);
    expect(message).not.toMatch(STACK);
    // The first one still serves.
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
  });

  it('under `npm start` the message names the npm command, with the -- npm needs', async () => {
    const holder = await holdPort();
    const port = portOf(holder);
    try {
      const run = serve([site, '--port', String(port)], { npm_lifecycle_event: 'start' });
      expect(await run.exited).toBe(1);
      expect(run.stderr()).toMatch(/`npm start -- --port \d+`/);
    } finally {
      holder.close();
    }
  });

  it('PORT in the environment is a port asked for too: taken, it is an error', async () => {
    const holder = await holdPort();
    try {
      const run = serve([site], { PORT: String(portOf(holder)) });
      expect(await run.exited).toBe(1);
      expect(run.stderr()).toContain(`Port ${portOf(holder)} is in use`);
    } finally {
      holder.close();
    }
  });

  it('without a port asked for, it serves on the next free port and says so', async () => {
    const holder = await holdPort();
    const taken = portOf(holder);
    try {
      const options = { dir: site, port: taken, host: '127.0.0.1', base: '/' };
      const { server, port } = await listen(options);
      try {
        expect(port).toBeGreaterThan(taken);
        expect(servingLine(options, port)).toBe(
          `Serving ${site} at http://127.0.0.1:${port}/ (port ${taken} is in use; choose one with --port)`,
        );
        expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
      } finally {
        server.close();
      }
    } finally {
      holder.close();
    }
  });

  it('with a port asked for (strictPort), listen rejects with EADDRINUSE instead of moving', async () => {
    const holder = await holdPort();
    try {
      await expect(
        listen({ dir: site, port: portOf(holder), host: '127.0.0.1', base: '/', strictPort: true }),
      ).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      holder.close();
    }
  });
});

describe('serve.mjs options', () => {
  it('--port chooses the port', async () => {
    const holder = await holdPort();
    const free = portOf(holder);
    holder.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const run = serve([site, '--port', String(free)]);
    expect(await servingPort(run)).toBe(free);
  });

  it('parses the README forms; a port asked for is strict, the default is not', () => {
    expect(parseArgs(['dist', '--port', '8080', '--base', '/help/wizard/'], {})).toMatchObject({
      dir: 'dist',
      port: 8080,
      base: '/help/wizard/',
      strictPort: true,
    });
    expect(parseArgs(['dist'], {})).toMatchObject({ port: DEFAULT_PORT, strictPort: false });
    expect(parseArgs(['dist'], { PORT: '9000' })).toMatchObject({ port: 9000, strictPort: true });
    expect(parseArgs(['dist', '--header', 'X-A: b: c', '--header', 'X-B: d'], {}).headers).toEqual({
      'X-A': 'b: c',
      'X-B': 'd',
    });
  });

  it('`npm start --port 8080` (no --) is explained, not taken for a folder named 8080', async () => {
    // npm keeps `--port` for itself and passes only "8080" on.
    const run = serve(['dist', '8080'], { npm_lifecycle_event: 'start', npm_config_port: 'true' });
    expect(await run.exited).toBe(2);
    expect(run.stderr()).toContain('`npm start -- --port 8080`');
    expect(run.stderr()).not.toMatch(STACK);
  });

  it('a port that is not a number, or an unknown option, is a one-line usage error', async () => {
    for (const args of [
      [site, '--port', 'eighty'],
      [site, '--prot', '8080'],
    ]) {
      const run = serve(args);
      expect(await run.exited).toBe(2);
      expect(run.stderr().trim().split('\n')).toHaveLength(1);
      expect(run.stderr()).not.toMatch(STACK);
    }
  });
});

describe('serve.mjs answers like a static host', () => {
  /** A raw request (the path exactly as written, as a client can send it) and the answer's status and Location. */
  async function get(port: number, path: string): Promise<{ status: number; location: string | undefined }> {
    return new Promise((resolve, reject) => {
      const sent = httpRequest({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
        response.resume();
        resolve({ status: response.statusCode ?? 0, location: response.headers.location });
      });
      sent.on('error', reject);
      sent.end();
    });
  }

  it('redirects a folder to its slash on this site only (no open redirect), and reads `//en/x` as `/en/x`', async () => {
    const folderSite = mkdtempSync(join(tmpdir(), 'serve-folders-'));
    mkdirSync(join(folderSite, 'assets'));
    mkdirSync(join(folderSite, 'en'));
    writeFileSync(join(folderSite, 'en', 'page.html'), '<!doctype html><title>page</title>');
    const server = await startServer({ dir: folderSite, port: 0, host: '127.0.0.1', base: '/' });
    try {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      expect(await get(port, '/assets')).toEqual({ status: 301, location: '/assets/' });
      // Decoded, this path is `//evil.com/../assets`: a Location built from it leaves the site.
      for (const hostile of ['/%2Fevil.com%2F..%2Fassets', '//evil.com/../assets', '/\\evil.com/../assets']) {
        const answer = await get(port, hostile);
        expect(
          answer.location === undefined || /^\/(?![/\\])/.test(answer.location),
          `${hostile} → ${answer.location}`,
        ).toBe(true);
      }
      expect((await get(port, '//en/page')).status).toBe(200);
      expect((await get(port, '*')).status).toBe(404);
    } finally {
      server.close();
      rmSync(folderSite, { recursive: true, force: true });
    }
  });
});
