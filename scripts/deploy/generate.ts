/**
 * Writes deploy/: ready configs for nginx, Apache, IIS, Azure Static Web Apps,
 * Netlify and Cloudflare Pages, all from headers.mjs. A test fails when a
 * committed file is not what this script writes.
 *
 *   npm run deploy:configs [-- --out <dir>] [--base /help/wizard/]
 *                          [--frame-ancestors "https://intranet.example.com ..."]
 *
 * Defaults: BASE_PATH (else /), FRAME_ANCESTORS (else public/config.json's
 * allowedOrigins). The committed deploy/ uses the defaults with neither set.
 * The CSP carries the hash of the pages' inline styles (scripts/inline-style.mjs):
 * run this again after changing src/app/styles.css (a test fails until then).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { inlineStyleHash } from '../inline-style.mjs';
import { htaccess } from './apache.ts';
import { staticWebAppConfig } from './azure.ts';
import { cloudflareHeaders, netlifyHeaders } from './headers-file.ts';
import { webConfig } from './iis.ts';
import { nginxConf } from './nginx.ts';
import { type DeployOptions, normalizeBase, resolveOrigins } from './options.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEPLOY_DIR = join(ROOT, 'deploy');
export const CONFIG_FILE = join(ROOT, 'public', 'config.json');

/** Each file of deploy/, by its path in there. */
export function deployFiles(options: DeployOptions): Record<string, string> {
  return {
    'nginx.conf': nginxConf(options),
    '.htaccess': htaccess(options),
    'web.config': webConfig(options),
    'staticwebapp.config.json': staticWebAppConfig(options),
    'netlify/_headers': netlifyHeaders(options),
    'cloudflare-pages/_headers': cloudflareHeaders(options),
  };
}

/** The options the committed deploy/ is generated with. */
export function defaultOptions(): DeployOptions {
  return { base: '/', origins: resolveOrigins({ configFile: CONFIG_FILE }) };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: DEPLOY_DIR },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
      'frame-ancestors': { type: 'string' },
      config: { type: 'string', default: CONFIG_FILE },
    },
  });
  try {
    const options: DeployOptions = {
      base: normalizeBase(values.base),
      origins: resolveOrigins({
        flag: values['frame-ancestors'],
        env: process.env.FRAME_ANCESTORS,
        configFile: resolve(values.config),
      }),
    };
    for (const [path, content] of Object.entries(deployFiles(options))) {
      const file = join(resolve(values.out), path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      console.log(`Wrote ${file}`);
    }
    console.log(
      `frame-ancestors: 'self'${options.origins.map((origin) => ` ${origin}`).join('')}; base path ${options.base}`,
    );
    // The hash follows src/app/styles.css: a new one means every host's config changes with this build.
    console.log(`style-src: 'self' ${inlineStyleHash()} (the pages' inline styles)`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
