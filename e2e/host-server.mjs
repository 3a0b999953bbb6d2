#!/usr/bin/env node
/**
 * Serves the test host pages in e2e/host/ (intranet pages that embed the
 * wizard) on another origin than the wizard, filling in the wizard's URL and
 * the snippet's data attributes from the query string:
 *   http://localhost:4331/intranet.html?flow=sspr-admin&lang=nl&step=number-format
 *
 *   node e2e/host-server.mjs --port 4331 --wizard http://127.0.0.1:4321/
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const ports = option('port', '4331').split(',').map(Number);
const wizard = option('wizard', 'http://127.0.0.1:4321/');
const root = join(fileURLToPath(new URL('.', import.meta.url)), 'host');
const safe = (value) => (/^[a-z0-9-]*$/.test(value ?? '') ? (value ?? '') : '');

const handler = (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const name = url.pathname.replace(/^\//, '') || 'intranet.html';
  if (!/^[a-z-]+\.html$/.test(name)) {
    response.writeHead(404).end('Not found');
    return;
  }
  try {
    const html = readFileSync(join(root, name), 'utf8')
      .replaceAll('{{WIZARD}}', wizard)
      .replaceAll('{{FLOW}}', safe(url.searchParams.get('flow')))
      .replaceAll('{{LANG}}', safe(url.searchParams.get('lang')) || 'en')
      .replaceAll('{{STEP}}', safe(url.searchParams.get('step')));
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html);
  } catch {
    response.writeHead(404).end('Not found');
  }
};

for (const port of ports) createServer(handler).listen(port, 'localhost');
console.log(`Host pages on ${ports.map((port) => `http://localhost:${port}/`).join(', ')} embedding ${wizard}`);
