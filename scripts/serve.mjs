#!/usr/bin/env node
/**
 * A plain static file server, like the hosts the wizard is deployed to: no
 * SPA fallback, a directory without a trailing slash redirects to it,
 * `/path` also finds `/path.html`, and anything else gets `404.html` with
 * status 404. Used by `npm start`, the end-to-end tests and the benchmark.
 *
 *   node scripts/serve.mjs [dir] [--port 4173] [--host 127.0.0.1]
 *        [--base /prefix/] [--header "Name: value"]... [--gzip]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { extname, join, normalize, resolve, sep } from 'node:path';
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

export function parseArgs(argv) {
  const options = {
    dir: 'dist',
    port: Number(process.env.PORT ?? 4173),
    host: '127.0.0.1',
    base: '/',
    headers: {},
    gzip: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg === '--host') options.host = argv[++i];
    else if (arg === '--base') options.base = argv[++i];
    else if (arg === '--gzip') options.gzip = true;
    else if (arg === '--header') {
      const [name, ...value] = argv[++i].split(':');
      options.headers[name.trim()] = value.join(':').trim();
    } else options.dir = arg;
  }
  if (!options.base.startsWith('/')) options.base = `/${options.base}`;
  if (!options.base.endsWith('/')) options.base = `${options.base}/`;
  return options;
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
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
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
        response.writeHead(301, { Location: `${pathname}/${url.search}` });
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
  return new Promise((resolveListening) => {
    server.listen(port, host, () => resolveListening(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(options.dir, 'index.html'))) {
    console.error(`No ${options.dir}/index.html: run "npm run build" first.`);
    process.exit(1);
  }
  const server = await startServer(options);
  const { port } = server.address();
  console.log(`Serving ${options.dir} at http://${options.host}:${port}${options.base}`);
}
