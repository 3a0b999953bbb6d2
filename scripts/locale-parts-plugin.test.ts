import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './flows-on-disk.ts';
import { localeParts } from './locale-parts-plugin.ts';

/** Every string in a parsed locale part, deeply. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value !== null && typeof value === 'object'
      ? Object.values(value).flatMap(strings)
      : [];

describe('locale parts', () => {
  let vite: ViteDevServer;
  beforeAll(async () => {
    vite = await createServer({
      configFile: false,
      root: ROOT,
      plugins: [localeParts()],
      server: { middlewareMode: true, hmr: false, watch: null },
      appType: 'custom',
      logLevel: 'error',
    });
  });
  afterAll(() => vite.close());

  const part = async (lng: string, part: string) =>
    ((await vite.ssrLoadModule(`/locales/${lng}/sspr-admin.json?part=${part}`)) as { default: unknown }).default;

  it.each([
    ['en', '1 February 2027'],
    ['nl', '1 februari 2027'],
  ])('fills in the flow’s dates in %s at build time, so the browser formats none', async (lng, date) => {
    for (const name of ['steps', 'findings']) {
      const texts = strings(await part(lng, name));
      expect(texts.length).toBeGreaterThan(10);
      expect(texts.filter((text) => text.includes('{date:'))).toEqual([]);
      expect(texts.some((text) => text.includes(date))).toBe(true);
    }
  });

  it('splits the file: the steps part has no findings, the titles part only their titles', async () => {
    expect(await part('en', 'steps')).not.toHaveProperty('findings');
    const titles = (await part('en', 'titles')) as { findings: Record<string, object> };
    expect(Object.values(titles.findings).every((finding) => Object.keys(finding).join() === 'title')).toBe(true);
  });
});
