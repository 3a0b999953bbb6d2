import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineStyleHash } from '../inline-style.mjs';
import { DEPLOY_DIR, defaultOptions, deployFiles } from './generate.ts';
import { CACHE_CONTROL, contentSecurityPolicy, OTHER_SECURITY_HEADERS } from './headers.mjs';
import { normalizeBase, originsFromConfig, parseOrigins, resolveOrigins } from './options.ts';

/** The README's policy, with the hash of the pages' one inline `<style>` where it says `'sha256-…'`. */
const README_CSP = `default-src 'self'; script-src 'self'; style-src 'self' ${inlineStyleHash()}; img-src 'self' data:; frame-ancestors 'self'`;
const intranet = { base: '/', origins: ['https://intranet.example.com', 'http://wiki.example.com:8080'] };

describe('deploy/', () => {
  it('holds exactly the files the generator writes (run `npm run deploy:configs` after changing scripts/deploy/)', () => {
    for (const [path, content] of Object.entries(deployFiles(defaultOptions())))
      expect(readFileSync(join(DEPLOY_DIR, path), 'utf8'), path).toBe(content);
  });

  it('allows the current inline styles by their hash (run `npm run deploy:configs` after changing src/app/styles.css)', () => {
    const hash = inlineStyleHash();
    for (const path of Object.keys(deployFiles(defaultOptions())))
      expect(readFileSync(join(DEPLOY_DIR, path), 'utf8'), `${path} lacks ${hash}`).toContain(
        `style-src 'self' ${hash};`,
      );
  });

  it('is generated from public/config.json, whose allowedOrigins are empty: the README’s policy exactly', () => {
    expect(defaultOptions()).toEqual({ base: '/', origins: [] });
    expect(contentSecurityPolicy([])).toBe(README_CSP);
  });
});

describe('every config', () => {
  const files = deployFiles(intranet);
  const csp = contentSecurityPolicy(intranet.origins);

  it.each(['.htaccess', 'web.config', 'staticwebapp.config.json', 'netlify/_headers', 'cloudflare-pages/_headers'])(
    '%s sends the CSP with the allowed origins in frame-ancestors and every other security header',
    (path) => {
      const text = (files[path] as string).replaceAll('&quot;', '"');
      expect(text).toContain(csp);
      for (const [name, value] of Object.entries(OTHER_SECURITY_HEADERS)) {
        expect(text).toContain(name);
        expect(text).toContain(value);
      }
      expect(text).toContain(CACHE_CONTROL.hashed);
      expect(text).not.toMatch(/X-Frame-Options/i);
    },
  );

  it('nginx.conf fills frame-ancestors from a variable set to the allowed origins, in every location', () => {
    const nginx = files['nginx.conf'] as string;
    expect(nginx).toContain(
      `set $wizard_frame_ancestors "'self' https://intranet.example.com http://wiki.example.com:8080";`,
    );
    const locations = nginx.split(/^location /m).slice(1);
    expect(locations.map((block) => block.split(' ')[0])).toEqual(['/', '^~']);
    for (const block of locations) {
      // add_header in a location drops the server's: each location carries all of them, `always` (404s too).
      expect(block).toContain(`frame-ancestors $wizard_frame_ancestors" always;`);
      for (const [name, value] of Object.entries(OTHER_SECURITY_HEADERS))
        expect(block).toContain(`add_header ${name} "${value}" always;`);
    }
    expect(locations[0]).toContain(`add_header Cache-Control "${CACHE_CONTROL.revalidate}" always;`);
    expect(locations[1]).toContain(`add_header Cache-Control "${CACHE_CONTROL.hashed}" always;`);
    expect(nginx).toContain('error_page 404 /404.html;');
    expect(nginx).toMatch(/^gzip_static on;$/m);
  });

  it('puts the 404 page, the assets and the rewrites under the base path', () => {
    const under = deployFiles({ base: '/help/wizard/', origins: [] });
    expect(under['nginx.conf']).toContain('error_page 404 /help/wizard/404.html;');
    expect(under['nginx.conf']).toContain('location ^~ /help/wizard/assets/ {');
    expect(under['.htaccess']).toContain('ErrorDocument 404 /help/wizard/404.html');
    expect(under['.htaccess']).toContain('RewriteBase /help/wizard/');
    expect(under['.htaccess']).toContain('m#^/help/wizard/assets/#');
    expect(under['web.config']).toContain('path="/help/wizard/404.html"');
    expect(JSON.parse(under['staticwebapp.config.json'] as string).responseOverrides['404'].rewrite).toBe(
      '/help/wizard/404.html',
    );
    expect(under['netlify/_headers']).toContain('\n/help/wizard/assets/*\n');
  });

  it('web.config is well-formed XML with the CSP as one attribute', () => {
    const xml = files['web.config'] as string;
    expect(xml).toContain(`<add name="Content-Security-Policy" value="${csp}" />`);
    // Every element opened is closed (a cheap well-formedness check: no XML parser in node).
    const opened = [...xml.matchAll(/<([a-zA-Z.]+)[^>]*(?<!\/)>/g)].map((match) => match[1]);
    const closed = [...xml.matchAll(/<\/([a-zA-Z.]+)>/g)].map((match) => match[1]);
    expect(opened.sort()).toEqual(closed.sort());
  });

  it('the Cloudflare file never sets a header in two overlapping rules (Cloudflare would join them)', () => {
    const rules = (files['cloudflare-pages/_headers'] as string)
      .split(/\n(?=\/)/)
      .slice(1)
      .map((rule) => rule.split('\n'));
    const cacheRules = rules.filter((lines) => lines.some((line) => line.trim().startsWith('Cache-Control:')));
    expect(cacheRules.map((lines) => lines[0])).toEqual(['/assets/*', '/config.json']);
    expect(rules[0]?.some((line) => line.includes('Cache-Control'))).toBe(false);
  });
});

describe('deploy options', () => {
  it('take origins from the flag, else FRAME_ANCESTORS, else config.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-options-'));
    const configFile = join(dir, 'config.json');
    writeFileSync(configFile, JSON.stringify({ allowedOrigins: ['https://intranet.example.com/'] }));
    expect(resolveOrigins({ configFile })).toEqual(['https://intranet.example.com']);
    expect(resolveOrigins({ env: 'https://a.example.com, https://b.example.com', configFile })).toEqual([
      'https://a.example.com',
      'https://b.example.com',
    ]);
    expect(resolveOrigins({ flag: '', env: 'https://a.example.com', configFile })).toEqual([]);
    expect(originsFromConfig(configFile)).toEqual(['https://intranet.example.com']);
  });

  it('refuse anything but a bare origin, which would end up inside server configs', () => {
    for (const bad of ['https://*.example.com', 'https://a.example.com/path', '"; add_header X y;', "'unsafe-inline'"])
      expect(() => parseOrigins(bad), bad).toThrow(/is not an origin/);
  });

  it('refuse a base path with characters a config could not hold', () => {
    expect(normalizeBase('help/wizard')).toBe('/help/wizard/');
    for (const bad of ['/a b/', '/a";/', '/a//b/'])
      expect(() => normalizeBase(bad), bad).toThrow(/not a plain URL path/);
  });
});
