import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { manifestOutsideOutDir } from './scripts/build-meta.ts';
import { inlineStyleAsset } from './scripts/inline-style-plugin.ts';
import { localeParts } from './scripts/locale-parts-plugin.ts';

// BASE_PATH=/some/prefix/ serves the wizard under a sub-path; OUT_DIR builds
// somewhere other than dist/ (the sub-path tests build to dist-subpath/).
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [localeParts(), react(), manifestOutsideOutDir(), inlineStyleAsset()],
  // The manifest tells the size check and the tests which chunk holds each
  // source; it is moved out of outDir (to `<outDir>-meta/`, scripts/build-meta.ts)
  // because outDir is deployed as it is.
  build: { target: 'es2022', sourcemap: false, outDir, emptyOutDir: true, manifest: true },
});
