import { defineConfig } from 'vitest/config';

// End-to-end tests in Debian's Chromium and Firefox ESR with the built extension (tests/e2e). One file at a time:
// each launches its own browser, and the machine is small.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
