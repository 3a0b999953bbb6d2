import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// BASE_PATH=/some/prefix/ serves the wizard under a sub-path.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
});
