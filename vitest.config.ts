import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Real builds and a real browser: generous limits, never timing assertions.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // The build and browser tests share one built site; run files one at a time on 2 cores.
    fileParallelism: false,
  },
});
