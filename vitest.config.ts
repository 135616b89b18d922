// Two projects: `unit` (Node: unit, conformance and CLI tests, run in parallel) and `e2e` (the
// built extension in Debian's Chromium, one browser at a time). JSON reports feed the
// "N passed, M failed" line of `npm test`. The unit project loads WXT's plugin, so entrypoint
// modules resolve `#imports` and see WXT's fakeBrowser as `browser` (test/unit/popup).
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: [
            'test/unit/**/*.test.{ts,tsx}',
            'test/conformance/**/*.test.ts',
            'test/cli/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
