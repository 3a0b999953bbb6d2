/**
 * The stylesheet never takes the outline off a focused element: forced
 * colours (Windows High Contrast) remove backgrounds and box shadows, so an
 * outline (transparent where the normal focus style needs none) is the one
 * focus indicator left there (WCAG 2.4.7). The exception: h1 and main, which
 * take focus from script only, after navigation (use-focus-on-navigation.ts).
 * The browser tests check every focus stop (e2e/focus-styles.spec.ts); this
 * catches a new `outline: none` before a build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');

/** Every style rule, innermost (inside @media too): its selectors and declarations. */
function rules(source: string): { selectors: string[]; declarations: [property: string, value: string][] }[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '');
  // A rule's body has no braces; its prelude is the text since the previous brace.
  return [...code.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, prelude = '', body = '']) => ({
    selectors: prelude.split(',').map((selector) => selector.trim().replace(/\s+/g, ' ')),
    declarations: body
      .split(';')
      .map((declaration) => declaration.split(':'))
      .filter((parts) => parts.length >= 2)
      .map(([property = '', ...value]): [string, string] => [property.trim(), value.join(':').trim()]),
  }));
}

/** A declaration that removes the outline. */
const removesOutline = (property: string, value: string) =>
  (property === 'outline' && /^(none|0(px)?)(\s|$)/.test(value)) ||
  (property === 'outline-style' && value === 'none') ||
  (property === 'outline-width' && /^0(px)?$/.test(value));

/** Selectors whose elements take focus from script only, documented in styles.css. */
const SCRIPT_FOCUS_ONLY = /^(h1|main):focus(-visible)?$/;

describe('styles.css focus styles', () => {
  const all = rules(css);

  it('parses the stylesheet into its rules', () => {
    // A broken parse would find nothing and prove nothing.
    expect(all.length).toBeGreaterThan(100);
    expect(all.some(({ selectors }) => selectors.includes('.button:focus-visible'))).toBe(true);
  });

  it('no focused element loses its outline, but h1 and main', () => {
    const offenders = all
      .filter(({ declarations }) => declarations.some(([property, value]) => removesOutline(property, value)))
      .flatMap(({ selectors }) => selectors.filter((selector) => /:focus/.test(selector)))
      .filter((selector) => !SCRIPT_FOCUS_ONLY.test(selector));
    expect(offenders).toEqual([]);
  });

  it('every focus style drawn with a background or box shadow draws an outline too (for forced colours)', () => {
    // A rule for :focus or :focus-visible that sets a background or box shadow draws focus with them;
    // forced colours drop both, so it must draw an outline too (any colour: forced colours repaint it).
    const missing = all
      .filter(({ selectors }) =>
        selectors.some((selector) => /:focus/.test(selector) && !SCRIPT_FOCUS_ONLY.test(selector)),
      )
      .filter(({ declarations }) => {
        const properties = new Map(declarations);
        const drawsWithoutOutline = ['background', 'background-color', 'box-shadow'].some((property) =>
          properties.has(property),
        );
        return drawsWithoutOutline && !/^\d+px solid /.test(properties.get('outline') ?? '');
      })
      .map(({ selectors }) => selectors.join(', '));
    expect(missing).toEqual([]);
  });
});
