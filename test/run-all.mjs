// `npm test`: everything a contributor must keep green, in one command — format and lint
// (Biome), type checks (app and the framework-free lib/), then every vitest project (unit,
// conformance, CLI, end-to-end in Chromium). Ends with a plain "N passed, M failed" line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const report = 'test-results/vitest.json';
const steps = [
  ['lint and format (biome ci)', 'npx', ['biome', 'ci', '--colors=off', '.']],
  ['type check (app)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['type check (lib, no ambient types)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.lib.json']],
];

let passed = 0;
let failed = 0;
for (const [name, command, args] of steps) {
  const run = spawnSync(command, args, { stdio: 'inherit' });
  if (run.status === 0) passed++;
  else {
    failed++;
    console.error(`✘ ${name} failed`);
  }
}

mkdirSync('test-results', { recursive: true });
rmSync(report, { force: true });
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { stdio: 'inherit' },
);
let results;
try {
  results = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  results = undefined;
}
if (results === undefined) {
  failed++;
  console.error('✘ vitest produced no report');
} else {
  passed += results.numPassedTests;
  failed += results.numFailedTests + (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
  if (vitest.status !== 0 && results.numFailedTests === 0) failed++;
  const e2e = results.testResults.filter((file) => file.name.includes('/test/e2e/'));
  const ran = (file) =>
    file.assertionResults.filter((t) => t.status === 'passed' || t.status === 'failed').length;
  if (e2e.reduce((sum, file) => sum + ran(file), 0) === 0) {
    failed++;
    console.error('✘ no end-to-end browser test ran');
  }
  // Each browser must have run: Chromium (every other e2e file) and Firefox (firefox.test.ts).
  const firefox = e2e.filter((file) => file.name.endsWith('/firefox.test.ts'));
  const chromium = e2e.filter((file) => !file.name.endsWith('/firefox.test.ts'));
  for (const [browser, files] of [
    ['Chromium', chromium],
    ['Firefox', firefox],
  ]) {
    if (files.reduce((sum, file) => sum + ran(file), 0) === 0) {
      failed++;
      console.error(`✘ no end-to-end test ran in ${browser}`);
    }
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
