// `npm run zip`: the store archives from a normal build (never the test/demo one) — Chrome,
// Firefox and the Firefox sources zip AMO asks for (wxt.config.ts `zip` says what goes in) —
// then lists and checks them (check-archives.ts). Exits 1 on any problem.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkArchives, storeBuildEnv } from './check-archives';

const OUT = '.output';
const env = storeBuildEnv();
// Only this run's archives: an old version's zip left behind would be listed as a fourth.
for (const name of readdirSync(OUT, { withFileTypes: true }).filter((entry) => entry.isFile())) {
  if (name.name.endsWith('.zip')) rmSync(join(OUT, name.name));
}
for (const browser of ['chrome', 'firefox']) {
  execFileSync('npx', ['wxt', 'zip', '-b', browser, '--mv3'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const { archives, problems } = checkArchives(OUT, version);
for (const archive of archives) {
  const size = `${(archive.bytes / 1024).toFixed(1)} KiB`.padStart(11);
  console.log(`${join(OUT, archive.name).padEnd(38)} ${size}  ${archive.files} files`);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`✘ ${problem}`);
  process.exitCode = 1;
} else {
  console.log('✔ three archives; the sources zip builds the Firefox zip file for file');
}
