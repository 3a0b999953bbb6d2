/**
 * The colours a reader actually sees on an element, read off a screenshot.
 * getComputedStyle cannot tell: for privacy it reports a visited link with
 * its unvisited colours, so a :visited colour can only be seen on screen.
 */
import type { Locator } from '@playwright/test';
import { contrast } from './contrast.ts';

type Rgb = { readonly r: number; readonly g: number; readonly b: number };

/**
 * The element's background (its most frequent pixel colour) and its text (of
 * the colours on at least a few pixels, the one that contrasts most with the
 * background: anti-aliased edges are blends that contrast less). The outer
 * two pixels are left out, where a neighbouring box shadow can bleed in.
 */
export async function screenColours(element: Locator): Promise<{ background: Rgb; text: Rgb }> {
  const png = await element.screenshot({ animations: 'disabled', caret: 'hide' });
  const counts = await element.page().evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(bitmap, 0, 0);
    const inset = 2;
    const { data } = context.getImageData(inset, inset, bitmap.width - 2 * inset, bitmap.height - 2 * inset);
    const tally: Record<string, number> = {};
    for (let at = 0; at < data.length; at += 4) {
      const key = `${data[at]},${data[at + 1]},${data[at + 2]}`;
      tally[key] = (tally[key] ?? 0) + 1;
    }
    return tally;
  }, png.toString('base64'));
  const colours = Object.entries(counts).map(([key, count]) => {
    const [r = 0, g = 0, b = 0] = key.split(',').map(Number);
    return { rgb: { r, g, b }, count };
  });
  const background = colours.reduce((most, each) => (each.count > most.count ? each : most)).rgb;
  const text = colours
    .filter(({ count }) => count >= 3)
    .reduce((best, each) => (contrast(each.rgb, background) > contrast(best.rgb, background) ? each : best)).rgb;
  return { background, text };
}
