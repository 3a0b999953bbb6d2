#!/usr/bin/env node
/**
 * A plain static file server, like the hosts the wizard is deployed to: no
 * SPA fallback, a directory without a trailing slash redirects to it,
 * `/path` also finds `/path.html`, and anything else gets `404.html` with
 * status 404. Used by `npm start`, the end-to-end tests and the benchmark.
 *
 *   node scripts/serve.mjs [dir] [--port 4173] [--host 127.0.0.1]
 *        [--base /prefix/] [--header "Name: value"]... [--gzip]
 *   npm start -- --port 8080        (npm passes what follows `--` on)
 *
 * `--port` or `PORT=…` asks for a port: taken, it is a one-line error (exit
 * 1). Without either it serves on 4173, or on the next free port if 4173 is
 * taken, and says so.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { createServer as createNetServer } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs as parseCommandLine } from 'node:util';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);

/** The port when none is asked for (the one `vite preview` uses too, hence the fallback below). */
export const DEFAULT_PORT = 4173;
/** How many ports after a taken default port are tried. */
const FALLBACK_TRIES = 10;

const USAGE =
  'node scripts/serve.mjs [dir] [--port 4173] [--host 127.0.0.1] [--base /prefix/] [--header "Name: value"]... [--gzip]';

/** A mistake on the command line: reported in one line, exit code 2. */
export class UsageError extends Error {}

/** `<npm start -- >--port 8081`: the command to suggest, as it was started. */
function portCommand(dir, port, env) {
  if (env.npm_lifecycle_event === 'start') return `npm start -- --port ${port}`;
  if (env.npm_lifecycle_event === 'serve') return `npm run serve -- --port ${port}`;
  return `node scripts/serve.mjs ${dir} --port ${port}`;
}

function toPort(text, where) {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535)
    throw new UsageError(`${where} must be a port number (0-65535), not "${text}"`);
  return port;
}

/**
 * The command line (and `PORT` from the environment). A port asked for
 * (`--port` or `PORT`) is `strictPort`: taken, it is an error, since
 * something (a bookmark, a firewall rule, the e2e config) expects it.
 */
export function parseArgs(argv, env = process.env) {
  let parsed;
  try {
    parsed = parseCommandLine({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        base: { type: 'string', default: '/' },
        header: { type: 'string', multiple: true, default: [] },
        gzip: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // Node's own advice about `--` for positionals starting with '-' does not apply here.
    const reason = error.message.replace(/ To specify a positional[\s\S]*$/, '');
    throw new UsageError(`${reason.replace(/\.?$/, '.')} Usage: ${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [dir = 'dist', extra] = positionals;
  if (extra !== undefined) {
    // `npm start --port 8080` without `--`: npm keeps `--port` and passes "8080" on.
    if (/^\d+$/.test(extra) && env.npm_config_port !== undefined)
      throw new UsageError(`npm took --port for itself: run \`${portCommand(dir, extra, env)}\` (with the --)`);
    throw new UsageError(`Unexpected argument "${extra}": one folder to serve. Usage: ${USAGE}`);
  }
  const asked = values.port ?? env.PORT;
  const headers = {};
  for (const header of values.header) {
    const [name, ...value] = header.split(':');
    headers[name.trim()] = value.join(':').trim();
  }
  let base = values.base;
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;
  return {
    dir,
    port: asked === undefined ? DEFAULT_PORT : toPort(asked, values.port === undefined ? 'PORT' : '--port'),
    strictPort: asked !== undefined,
    host: values.host,
    base,
    headers,
    gzip: values.gzip,
    help: values.help,
  };
}

/**
 * `tls` ({ key, cert }) serves HTTP/2 over TLS, as production static hosts
 * and CDNs do (the benchmark uses it, with a throwaway certificate).
 */
export function startServer({ dir, port, host, base, headers = {}, gzip = false, tls }) {
  const root = resolve(dir);
  const gzipped = new Map();

  const send = (request, response, file, status = 200) => {
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const immutable = file.includes(`${sep}assets${sep}`);
    response.setHeader('Content-Type', type);
    response.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const wantsGzip =
      gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    if (wantsGzip) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }));
      response.setHeader('Content-Encoding', 'gzip');
      response.setHeader('Vary', 'Accept-Encoding');
      response.writeHead(status);
      response.end(request.method === 'HEAD' ? undefined : gzipped.get(file));
      return;
    }
    response.writeHead(status);
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };

  const notFound = (request, response) => {
    const page = join(root, '404.html');
    if (existsSync(page)) send(request, response, page, 404);
    else {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    }
  };

  const isFile = (path) => existsSync(path) && statSync(path).isFile();

  const handle = (request, response) => {
    let url;
    let pathname;
    try {
      // Appended to an origin, not resolved against one: `//evil.com/x` is a path here, not a host.
      const target = request.url ?? '/';
      if (!target.startsWith('/')) throw new URIError(`not a path: ${target}`);
      url = new URL(`http://localhost${target}`);
      // Like nginx (merge_slashes): `//en/x` is the page `/en/x`.
      pathname = decodeURIComponent(url.pathname).replace(/^\/+/, '/');
    } catch {
      notFound(request, response);
      return;
    }
    if (!pathname.startsWith(base) && `${pathname}/` !== base) {
      notFound(request, response);
      return;
    }
    const relative = pathname.slice(base.length - 1) || '/';
    const target = normalize(join(root, relative));
    if (target !== root && !target.startsWith(root + sep)) {
      notFound(request, response);
      return;
    }
    // Like nginx's `try_files $uri $uri.html $uri/`: a step URL without a
    // trailing slash is answered by step.html, with no redirect.
    if (isFile(target)) {
      send(request, response, target);
      return;
    }
    if (!pathname.endsWith('/') && isFile(`${target}.html`)) {
      send(request, response, `${target}.html`);
      return;
    }
    if (existsSync(target) && statSync(target).isDirectory()) {
      if (!pathname.endsWith('/')) {
        // From the raw path, never the decoded one (`/%2Fevil.com%2F..%2Fassets` decodes to
        // `//evil.com/../assets`), and with one leading slash: `//host` would leave this site.
        response.writeHead(301, { Location: `/${url.pathname.replace(/^\/+/, '')}/${url.search}` });
        response.end();
        return;
      }
      const index = join(target, 'index.html');
      if (isFile(index)) send(request, response, index);
      else notFound(request, response);
      return;
    }
    notFound(request, response);
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle);
  // Rejects (EADDRINUSE, EACCES…) instead of an unhandled 'error' event,
  // so the caller can say what went wrong in words.
  return new Promise((resolveListening, rejectListening) => {
    server.once('error', rejectListening);
    server.listen(port, host, () => {
      server.off('error', rejectListening);
      resolveListening(server);
    });
  });
}

/**
 * Starts the server on `port`, or, when that port was not asked for
 * (`strictPort` false) and is taken, on the next free one: `npm start` should
 * just work when something else (often `vite preview`, same default) is on
 * 4173, and it says which port it took. A port asked for is never changed.
 */
export async function listen(options) {
  const tries = options.strictPort || options.port === 0 ? 1 : FALLBACK_TRIES;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const server = await startServer({ ...options, port: options.port + attempt });
      return { server, port: server.address().port };
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || attempt + 1 >= tries) throw error;
    }
  }
}

/** Whether `port` on `host` can be listened on now (for a suggestion). */
async function isFree(port, host) {
  const probe = createNetServer();
  return new Promise((resolveFree) => {
    probe.once('error', () => resolveFree(false));
    probe.listen(port, host, () => probe.close(() => resolveFree(true)));
  });
}

/** One line saying why the server cannot listen, and what to run instead. */
export async function listenFailure(error, { dir, host, port }, env = process.env) {
  if (error.code === 'EADDRINUSE') {
    let free = port + 1;
    while (free < port + FALLBACK_TRIES && free < 65535 && !(await isFree(free, host))) free += 1;
    return `Port ${port} is in use (on ${host}): stop what is using it, or run \`${portCommand(dir, free, env)}\`.`;
  }
  if (error.code === 'EACCES')
    return `Port ${port} needs administrator rights here: run \`${portCommand(dir, 8080, env)}\` (a port above 1023).`;
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
    return `Cannot listen on host "${host}": it is not an address of this machine (--host 127.0.0.1 or 0.0.0.0).`;
  return `Cannot serve on ${host}:${port}: ${error.message}`;
}

/** The line printed once serving (with the fallback port, if one was taken). */
export function servingLine({ dir, host, base, port: asked }, port) {
  const moved = port === asked || asked === 0 ? '' : ` (port ${asked} is in use; choose one with --port)`;
  return `Serving ${dir} at http://${host}:${port}${base}${moved}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Exit codes: 0 serving (until stopped), 1 cannot serve, 2 a usage mistake.
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  if (options.help) {
    console.log(`Usage: ${USAGE}\nWith npm: npm start -- --port 8080 (the -- passes options on to this server).`);
    process.exit(0);
  }
  if (!existsSync(join(options.dir, 'index.html'))) {
    console.error(`No ${options.dir}/index.html: run "npm run build" first.`);
    process.exit(1);
  }
  try {
    const { port } = await listen(options);
    console.log(servingLine(options, port));
  } catch (error) {
    console.error(await listenFailure(error, options));
    process.exit(1);
  }
}
