/**
 * Where a build's metadata lives: in a folder next to the output folder, never
 * in it, because the output folder (dist/) is deployed as it is and must hold
 * nothing but the site. Vite's manifest (which chunk holds which source, with
 * this machine's paths in its keys) is read by the size check and the tests.
 *
 *   dist/          →  dist-meta/manifest.json
 *   /tmp/x-dist/   →  /tmp/x-dist-meta/manifest.json
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The metadata folder of the build in `outDir` (relative to the working directory, or absolute). */
export const buildMetaDir = (outDir: string): string => `${resolve(outDir)}-meta`;

/** The Vite manifest of the build in `outDir`. */
export const manifestFile = (outDir: string): string => join(buildMetaDir(outDir), 'manifest.json');

/**
 * Moves the manifest Vite writes into the output folder (`.vite/manifest.json`)
 * to `manifestFile(outDir)`, once the bundle is written, and removes the
 * `.vite` folder it leaves empty.
 */
export function manifestOutsideOutDir(): Plugin {
  let written = '';
  let target = '';
  return {
    name: 'manifest-outside-out-dir',
    apply: 'build',
    configResolved(config) {
      const outDir = resolve(config.root, config.build.outDir);
      const manifest = config.build.manifest;
      written = manifest ? join(outDir, typeof manifest === 'string' ? manifest : '.vite/manifest.json') : '';
      target = manifestFile(outDir);
    },
    writeBundle() {
      if (!written || !existsSync(written)) return;
      mkdirSync(dirname(target), { recursive: true });
      renameSync(written, target);
      const folder = dirname(written);
      if (readdirSync(folder).length === 0) rmdirSync(folder);
    },
  };
}
