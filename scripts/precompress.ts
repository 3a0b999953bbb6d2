/**
 * Writes `file.gz` and `file.br` beside each text file of the build, for
 * servers that send them as they are (nginx `gzip_static`/`brotli_static`,
 * Apache with deploy/.htaccess), at the highest levels, which a server
 * compressing on the fly cannot afford. A compressed copy that would not be
 * smaller is not written (the server then sends the file). Files deployers
 * edit on the server (config.json) are left alone: a stale .gz beside them
 * would win. Runs last in `npm run build:app`.
 *
 *   tsx scripts/precompress.ts [dir]        (default: OUT_DIR, else dist)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { COMPRESSIBLE_EXTENSIONS, EDITED_ON_SERVER } from './deploy/headers.mjs';

/** The suffixes this step adds: whatever reads the build's files skips them. */
export const COMPRESSED_SUFFIXES = ['.gz', '.br'] as const;

export const isPrecompressed = (file: string): boolean => COMPRESSED_SUFFIXES.some((suffix) => file.endsWith(suffix));

const wanted = (file: string) =>
  COMPRESSIBLE_EXTENSIONS.includes(extname(file)) && !EDITED_ON_SERVER.includes(basename(file));

/** Every file under `dir`, skipping hidden folders (build metadata, never deployed). */
function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) yield* filesUnder(path);
    } else if (entry.isFile()) yield path;
  }
}

function compress(content: Buffer): { gzip: Buffer; brotli: Buffer } {
  return {
    gzip: gzipSync(content, { level: 9 }),
    brotli: brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
  };
}

export interface PrecompressResult {
  readonly files: number;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly brotliBytes: number;
}

export function precompress(dir: string): PrecompressResult {
  let files = 0;
  let bytes = 0;
  let gzipBytes = 0;
  let brotliBytes = 0;
  // Each page is written twice (page.html and page/index.html): compressed once.
  const done = new Map<string, { gzip: Buffer; brotli: Buffer }>();
  for (const file of [...filesUnder(dir)]) {
    if (isPrecompressed(file) || !wanted(file)) continue;
    const content = readFileSync(file);
    const key = createHash('sha256').update(content).digest('hex');
    const { gzip, brotli } = done.get(key) ?? compress(content);
    done.set(key, { gzip, brotli });
    files += 1;
    bytes += content.length;
    for (const [suffix, compressed] of [
      ['.gz', gzip],
      ['.br', brotli],
    ] as const) {
      const target = `${file}${suffix}`;
      if (compressed.length < content.length) {
        writeFileSync(target, compressed);
        if (suffix === '.gz') gzipBytes += compressed.length;
        else brotliBytes += compressed.length;
      } else rmSync(target, { force: true });
    }
  }
  return { files, bytes, gzipBytes, brotliBytes };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`No ${dir}/: run the build first.`);
    process.exit(1);
  }
  const started = performance.now();
  const { files, bytes, gzipBytes, brotliBytes } = precompress(dir);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `Pre-compressed ${files} files (${kb(bytes)}) in ${((performance.now() - started) / 1000).toFixed(1)} s: .gz ${kb(gzipBytes)}, .br ${kb(brotliBytes)}`,
  );
}
