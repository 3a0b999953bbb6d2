import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { localeParts } from './scripts/locale-parts-plugin.ts';

// Two projects: the engine and flows run in plain Node (they must not need a
// DOM); the React components run in jsdom.
export default defineConfig({
  test: {
    projects: [
      {
        // The locale parts plugin serves `locales/…json?part=…` as Vite builds it (src/i18n tests load text).
        plugins: [localeParts()],
        test: {
          name: 'engine',
          environment: 'node',
          include: [
            'src/engine/**/*.test.ts',
            'src/app/**/*.test.ts',
            'src/i18n/**/*.test.ts',
            'src/testing/**/*.test.ts',
            'src/config/**/*.test.ts',
            'src/embed/**/*.test.ts',
            'flows/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        plugins: [localeParts(), react()],
        test: {
          name: 'ui',
          environment: 'jsdom',
          // A page's first render loads its lazy chunks and text: seconds on a busy 2-core machine.
          testTimeout: 20_000,
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
    ],
  },
});
