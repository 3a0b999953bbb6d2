/**
 * The HTTP response headers the wizard's host sends, defined once. The deploy
 * configs in deploy/ are generated from this module (`npm run deploy:configs`),
 * and scripts/serve.mjs (npm start, the end-to-end tests) sends the same
 * headers, so the tests run under what production sends.
 *
 * Plain JavaScript (typed by headers.d.mts) so that scripts/serve.mjs can
 * import it with plain node.
 */
import { inlineStyleHash } from '../inline-style.mjs';

/**
 * The strict policy the README documents, without `frame-ancestors` (a
 * deployment's choice), allowing the styles `styleSources` name besides the
 * site's own stylesheets. By default the pages' one inline `<style>`, by its
 * hash (scripts/inline-style.mjs): the hash changes with the styles, so
 * `npm run deploy:configs` is run after every change to them (a test fails
 * until it is). A policy without the hash still gives a styled page, a round
 * trip later (src/app/style-fallback.ts).
 */
export function policyWithoutFrameAncestors(styleSources = [inlineStyleHash()]) {
  const style = ["'self'", ...styleSources].join(' ');
  return `default-src 'self'; script-src 'self'; style-src ${style}; img-src 'self' data:`;
}

export const CSP_WITHOUT_FRAME_ANCESTORS = policyWithoutFrameAncestors();

/** `frame-ancestors` sources: the wizard itself and the origins allowed to embed it. */
export function frameAncestorsSources(origins = []) {
  return ["'self'", ...origins].join(' ');
}

export function contentSecurityPolicy(origins = []) {
  return `${CSP_WITHOUT_FRAME_ANCESTORS}; frame-ancestors ${frameAncestorsSources(origins)}`;
}

/**
 * Headers every response gets besides the CSP. The app sends no referrer
 * anywhere (answers are in its URLs, and nothing needs them), and uses none of
 * the powerful features; the clipboard is left to its default (Copy uses it,
 * and embed.js grants it to the iframe).
 */
export const OTHER_SECURITY_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
});

export function securityHeaders(origins = []) {
  return { 'Content-Security-Policy': contentSecurityPolicy(origins), ...OTHER_SECURITY_HEADERS };
}

/** Vite's `build.assetsDir`: every file in it has a content hash in its name. */
export const HASHED_ASSETS_DIR = 'assets';

export const CACHE_CONTROL = Object.freeze({
  /** Hashed assets never change under their name. */
  hashed: 'public, max-age=31536000, immutable',
  /** Everything else (HTML, config.json, embed.js) is revalidated on every use. */
  revalidate: 'no-cache',
});

/** `path` relative to the site's base path, e.g. `assets/index-abc123.js` or `en/sspr-admin/symptom`. */
export function cacheControlFor(path) {
  return path.replace(/^\/+/, '').startsWith(`${HASHED_ASSETS_DIR}/`) ? CACHE_CONTROL.hashed : CACHE_CONTROL.revalidate;
}

/** All headers a response for `path` (relative to the base path) gets. */
export function responseHeaders(path, origins = []) {
  return { ...securityHeaders(origins), 'Cache-Control': cacheControlFor(path) };
}

/** The page every unknown URL gets, with status 404 (written by the pre-render). */
export const NOT_FOUND_PAGE = '404.html';

/** Text files worth compressing; the build writes `.gz` and `.br` beside them. */
export const COMPRESSIBLE_EXTENSIONS = Object.freeze([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.webmanifest',
]);

/**
 * Files deployers edit on the server without rebuilding: never pre-compressed,
 * or nginx's gzip_static would go on serving the stale `.gz` beside them.
 */
export const EDITED_ON_SERVER = Object.freeze(['config.json']);
