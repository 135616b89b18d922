// `npm run bench`: verifies the same 200 distinct eddsa-rdfc-2022 credentials with Credlens'
// core and with the digitalbazaar stack, each in its own Node process, plus eddsa-jcs-2022 and
// raw Ed25519 for scale. Prints a table, then one JSON line with the headline numbers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBrowserBench } from './browser';
import { buildWorkload } from './credentials';
import { TIMED_PASSES } from './measure';
import { benchPopupSkills, benchSkillsExtraction } from './skills';

const N = 200;
const folder = mkdtempSync(join(tmpdir(), 'credlens-bench-'));
const file = join(folder, 'workload.json');
writeFileSync(file, JSON.stringify(await buildWorkload(N)));

const run = (script: string) =>
  JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script), file], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .at(-1) ?? '{}',
  ) as Record<string, number>;
const credlens = run('run-credlens.ts');
const peer = run('run-peer.ts');
rmSync(folder, { recursive: true, force: true });

const rows: Array<[string, number]> = [
  ['Credlens eddsa-rdfc-2022 (verifyCredential, as the CLI)', credlens.rdfc ?? Number.NaN],
  ['Credlens eddsa-rdfc-2022 (WebCrypto, as the worker)', credlens.rdfcWebCrypto ?? Number.NaN],
  ['digitalbazaar eddsa-rdfc-2022 (vc.verifyCredential)', peer.rdfc ?? Number.NaN],
  ['Credlens eddsa-jcs-2022', credlens.jcs ?? Number.NaN],
  ['digitalbazaar eddsa-jcs-2022', peer.jcs ?? Number.NaN],
  ['raw Ed25519 verify (node:crypto, as the CLI)', credlens.ed25519 ?? Number.NaN],
  ['raw Ed25519 verify (WebCrypto, as the worker)', credlens.ed25519WebCrypto ?? Number.NaN],
  ['Credlens VC-JWT EdDSA (did:key)', credlens.jwtEdDsa ?? Number.NaN],
  ['Credlens VC-JWT ES256 (did:jwk)', credlens.jwtEs256 ?? Number.NaN],
  ['Credlens rdfc + status list, list not cached', credlens.statusUncached ?? Number.NaN],
  ['Credlens rdfc + status list, list cached', credlens.statusCached ?? Number.NaN],
];
console.log(
  `${N} distinct credentials per row; median of ${TIMED_PASSES} warm passes, each engine in its own process.\n`,
);
console.log(`${'what'.padEnd(58)} ${'ms total'.padStart(10)} ${'ms each'.padStart(9)}`);
for (const [name, ms] of rows)
  console.log(
    `${name.padEnd(58)} ${ms.toFixed(1).padStart(10)} ${(ms / N).toFixed(3).padStart(9)}`,
  );
const round = (ms: number | undefined) => Math.round((ms ?? Number.NaN) * 10) / 10;
const summary = {
  suite: 'eddsa-rdfc-2022',
  n: N,
  credlens_ms: round(credlens.rdfc),
  peer_ms: round(peer.rdfc),
  ratio: Math.round(((peer.rdfc ?? Number.NaN) / (credlens.rdfc ?? Number.NaN)) * 100) / 100,
  jcs_ms: round(credlens.jcs),
  ed25519_ms: round(credlens.ed25519),
};
// First, before anything else builds a matcher in this process: the popup's cold start.
const popup = benchPopupSkills();
const skills = benchSkillsExtraction();
console.log(
  `\nskills extraction, ${skills.words}-word job text: ${skills.medianMs.toFixed(1)} ms median (${skills.skills} skills; target ≤ 20)`,
);
console.log(
  `popup: skills matcher built in ${popup.matcherMs.toFixed(0)} ms (once per opening); skills and coverage for ${popup.count} credentials ${popup.pageMs.toFixed(1)} ms median`,
);

// In Chromium with the extension: time to badges on the demo profile and the page-scan cost.
try {
  const browser = await runBrowserBench();
  console.log('\nIn Chromium (test build, demo world on 127.0.0.1):');
  console.log(
    `  first final badge, cold   ${browser.firstBadgeColdMs.toFixed(0).padStart(6)} ms  (target ≤ 1500)`,
  );
  console.log(`  all badges final, cold    ${browser.allBadgesColdMs.toFixed(0).padStart(6)} ms`);
  console.log(
    `  first final badge, warm   ${browser.firstBadgeWarmMs.toFixed(0).padStart(6)} ms  (target ≤ 300)`,
  );
  console.log(
    `  scan, ${browser.scanNodes}-node page  ${browser.scan10kMedianMs.toFixed(1).padStart(6)} ms  (target ≤ 5)`,
  );
} catch (error) {
  console.log(
    `\nBrowser measurements skipped: ${error instanceof Error ? error.message : String(error)}`,
  );
}
console.log(
  `\nratio (peer / Credlens) ${summary.ratio}; jcs / raw Ed25519 ${(summary.jcs_ms / summary.ed25519_ms).toFixed(2)}`,
);
console.log(JSON.stringify(summary));
