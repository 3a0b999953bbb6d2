/**
 * WCAG 2 colour contrast, from the colours a browser reports
 * (`getComputedStyle`: `rgb(r, g, b)` or `rgba(r, g, b, a)`) or reads off a
 * screenshot ([r, g, b]).
 */

/** A colour as 0–255 channels and an alpha of 0–1. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

/** Parses a computed colour (`rgb(…)`/`rgba(…)`, the only forms getComputedStyle gives for sRGB colours). */
export function parseRgb(css: string): Rgba {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(css.trim());
  if (!match) throw new Error(`Not an rgb() colour: ${css}`);
  const [, r, g, b, a] = match;
  return { r: Number(r), g: Number(g), b: Number(b), a: a === undefined ? 1 : Number(a) };
}

/** WCAG 2 relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Omit<Rgba, 'a'>): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two opaque colours (1 to 21), rounded down to two decimals as checkers report it. */
export function contrast(first: Omit<Rgba, 'a'>, second: Omit<Rgba, 'a'>): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((x, y) => y - x) as [number, number];
  return Math.floor(((light + 0.05) / (dark + 0.05)) * 100) / 100;
}

/** Whether two computed colours are the same, alpha included. */
export const sameColour = (first: Rgba, second: Rgba): boolean =>
  first.r === second.r && first.g === second.g && first.b === second.b && first.a === second.a;
