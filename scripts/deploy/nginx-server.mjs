#!/usr/bin/env node
/**
 * Serves a built dist/ with nginx and deploy/nginx.conf as it is, unprivileged
 * and in the foreground (the end-to-end tests' web server):
 *
 *   node scripts/deploy/nginx-server.mjs [dist] [--port 4323] [--frame-ancestors "origin ..."]
 *
 * A small wrapper conf in a temporary folder holds what deploy/nginx.conf
 * leaves to the server block it is included in (port, root) and what an
 * unprivileged nginx needs (pid file, logs and temp folders of its own), then
 * includes deploy/nginx.conf. `--frame-ancestors` sets the conf's
 * $wizard_frame_ancestors again after the include, as its comment tells
 * deployers to: the embed tests' host pages are on other origins.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { frameAncestorsSources } from './headers.mjs';
import { nginxBinary } from './nginx-binary.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEPLOY_CONF = join(ROOT, 'deploy', 'nginx.conf');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: '4323' },
    host: { type: 'string', default: '127.0.0.1' },
    'frame-ancestors': { type: 'string' },
  },
});
const dist = resolve(positionals[0] ?? 'dist');
const port = Number(values.port);
const nginx = nginxBinary();
if (!nginx) {
  console.error('nginx is not installed (Debian: apt-get install nginx).');
  process.exit(1);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No ${dist}/index.html: run "npm run build" first.`);
  process.exit(1);
}

/** mime.types beside the nginx.conf the binary was built for (Debian: /etc/nginx/). */
function mimeTypes() {
  // nginx -V prints its build options to stderr.
  const { stderr } = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(stderr)?.[1] ?? '/etc/nginx/nginx.conf';
  const types = join(dirname(confPath), 'mime.types');
  if (!existsSync(types)) throw new Error(`${types} not found`);
  return types;
}

const origins = (values['frame-ancestors'] ?? '').split(/[\s,]+/).filter(Boolean);
// One folder per port: a killed run leaves nothing behind that the next does not clear.
const dir = join(tmpdir(), `diagnostic-wizard-nginx-${port}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const quote = (value) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
const conf = `# Written by scripts/deploy/nginx-server.mjs for the tests: deploy/nginx.conf, included as it is.
daemon off;
worker_processes 1;
pid ${quote(join(dir, 'nginx.pid'))};
error_log ${quote(join(dir, 'error.log'))} warn;
${
  // As root (CI), workers would run as nobody and might not read a checkout under a private folder.
  process.getuid?.() === 0 ? 'user root;' : ''
}
events { worker_connections 256; }
http {
    include ${quote(mimeTypes())};
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${quote(join(dir, 'client_body'))};
    proxy_temp_path ${quote(join(dir, 'proxy'))};
    fastcgi_temp_path ${quote(join(dir, 'fastcgi'))};
    uwsgi_temp_path ${quote(join(dir, 'uwsgi'))};
    scgi_temp_path ${quote(join(dir, 'scgi'))};
    server {
        listen ${values.host}:${port};
        root ${quote(dist)};
        include ${quote(DEPLOY_CONF)};
${origins.length > 0 ? `        set $wizard_frame_ancestors ${quote(frameAncestorsSources(origins))};` : ''}
    }
}
`;
const confFile = join(dir, 'nginx.conf');
writeFileSync(confFile, conf);

const child = spawn(nginx, ['-e', join(dir, 'error.log'), '-p', dir, '-c', confFile], { stdio: 'inherit' });
console.log(`nginx serving ${dist} at http://${values.host}:${port}/ with ${DEPLOY_CONF}`);
const stop = (signal) => child.kill(signal === 'SIGINT' ? 'SIGQUIT' : 'SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code, signal) => {
  const log = join(dir, 'error.log');
  if (code && existsSync(log)) process.stderr.write(readFileSync(log, 'utf8'));
  process.exit(code ?? (signal ? 0 : 1));
});
