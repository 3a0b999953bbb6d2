/**
 * The app's stylesheet as the pages carry it: inline, in one `<style>` in the
 * head, so that a page paints after one round trip (the HTML) instead of two
 * (the HTML, then a render-blocking stylesheet). Defined once, from the
 * source (src/app/styles.css), so that everything that must agree on it
 * agrees without a build:
 * - the build (vite.config.ts) writes this exact text as the stylesheet asset,
 *   and the pre-render (scripts/prerender.ts) puts it inline;
 * - the CSP (scripts/deploy/headers.mjs) allows it by its hash
 *   (`style-src 'self' 'sha256-…'`), in every generated deploy config and in
 *   what the test server sends.
 *
 * Plain JavaScript (typed by inline-style.d.mts), like headers.mjs, so that
 * plain node can import it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';

/** The app's one stylesheet (imported by src/main.tsx), relative to the repository root. */
export const STYLE_SOURCE = 'src/app/styles.css';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Browsers the CSS is lowered for: those of the build's `es2022` target
 * (vite.config.ts), as Vite maps it (Chrome/Edge 94, Firefox 93, Safari 16.4).
 */
const version = (major, minor = 0) => (major << 16) | (minor << 8);
const TARGETS = {
  chrome: version(94),
  edge: version(94),
  firefox: version(93),
  safari: version(16, 4),
  ios_saf: version(16, 4),
};

/** `css` minified and lowered for the targets: the text of the inline `<style>` and of the stylesheet asset. */
export function minifyStyles(css, filename = STYLE_SOURCE) {
  const text = transform({ filename, code: Buffer.from(css), minify: true, targets: TARGETS }).code.toString();
  // The text goes between <style> and </style> in HTML: it must not end the element early.
  if (/<\/style/i.test(text)) throw new Error(`${filename} contains "</style", which would end the inline <style>`);
  // A url() would be resolved against each page's address once inline, not the stylesheet's.
  if (/url\((?!["']?data:)/i.test(text)) throw new Error(`${filename} has a url() other than data:, wrong once inline`);
  return text;
}

/** The CSP source that allows exactly `text` as an inline style: `'sha256-<base64>'` of its UTF-8 bytes. */
export function styleHashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The inline styles of the source tree under `root` (this checkout by default). */
export function inlineStyleText(root = ROOT) {
  return minifyStyles(readFileSync(`${root}/${STYLE_SOURCE}`, 'utf8'));
}

/** The hash source of this checkout's inline styles, as every CSP carries it. */
export function inlineStyleHash(root = ROOT) {
  return styleHashSource(inlineStyleText(root));
}
