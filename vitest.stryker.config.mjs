import { defineConfig } from 'vitest/config';

// The engine's own tests, for mutation testing (stryker.config.mjs): plain
// Node, no DOM, no plugins (the engine and the flows it tests load no text).
// Stryker runs them in one worker thread, whatever the pool says here.
export default defineConfig({
  test: {
    name: 'engine',
    environment: 'node',
    include: ['src/engine/**/*.test.ts'],
  },
});
