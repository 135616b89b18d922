// Unit, conformance and property tests run in Node; end-to-end browser tests join with the
// extension issue. JSON reports feed the CI's "N passed, M failed" line.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    fileParallelism: true,
  },
});
