import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from './precompress.ts';

const page = `<!doctype html><html lang="en"><body>${'<p>Reset your password with the authenticator app.</p>'.repeat(50)}</body></html>`;

function site() {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), `export const text = ${JSON.stringify(page)};`);
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ allowedOrigins: [], theme: {}, padding: 'x'.repeat(500) }));
  writeFileSync(join(dir, 'tiny.txt'), 'a');
  writeFileSync(join(dir, 'logo.png'), Buffer.alloc(2000));
  writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify({ padding: 'x'.repeat(500) }));
  return dir;
}

describe('precompress', () => {
  it('writes .gz and .br beside each text file, which decompress to the file', () => {
    const dir = site();
    precompress(dir);
    for (const file of ['index.html', 'assets/index-abc123.js']) {
      const original = readFileSync(join(dir, file));
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`)))).toEqual(original);
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`)))).toEqual(original);
      expect(readFileSync(join(dir, `${file}.br`)).length).toBeLessThan(original.length / 5);
    }
  });

  it('leaves config.json (edited on the server: a stale .gz would win), binaries, hidden folders and files it cannot shrink', () => {
    const dir = site();
    precompress(dir);
    expect(readdirSync(dir).sort()).toEqual(
      ['.vite', 'assets', 'config.json', 'index.html', 'index.html.br', 'index.html.gz', 'logo.png', 'tiny.txt'].sort(),
    );
    expect(readdirSync(join(dir, '.vite'))).toEqual(['manifest.json']);
  });

  it('running again compresses the files, not its own output', () => {
    const dir = site();
    const first = precompress(dir);
    const second = precompress(dir);
    expect(second).toEqual(first);
    expect(readdirSync(join(dir, 'assets')).sort()).toEqual([
      'index-abc123.js',
      'index-abc123.js.br',
      'index-abc123.js.gz',
    ]);
  });
});
