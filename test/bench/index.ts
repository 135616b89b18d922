// `npm run bench`: verifies the same 200 distinct eddsa-rdfc-2022 credentials with Credlens'
// core and with the digitalbazaar stack, each in its own Node process, plus eddsa-jcs-2022 and
// raw Ed25519 for scale. Prints a table, then one JSON line with the headline numbers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_EXTENSION_DIR } from '../e2e/launch';
import { runBrowserBench } from './browser';
import { benchWorkerLatency } from './browser-latency';
import { buildWorkload } from './credentials';
import { benchEs256k } from './jose';
import { benchLatency, printLatency } from './latency';
import { TIMED_PASSES } from './measure';
import { benchPopupSkills, benchSkillsEval, benchSkillsExtraction } from './skills';
import { benchSuites } from './suites';

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
await benchSuites();
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
const popup = await benchPopupSkills();
const skills = await benchSkillsExtraction();
console.log(
  `\nskills extraction, ${skills.words}-word job text: ${skills.cliMs.toFixed(1)} ms median with the CLI's matcher, ${skills.popupMs.toFixed(1)} ms with the popup's (${skills.skills} skills; target ≤ 20)`,
);
console.log(
  `popup: skills matcher ready in ${popup.matcherMs.toFixed(0)} ms median (from the ${popup.packMb.toFixed(1)} MiB of shipped tables' bytes, first lookup included, once per opening; target ≤ 150), about ${popup.heapMb.toFixed(0)} MiB of heap; skills and coverage for ${popup.count} credentials ${popup.pageMs.toFixed(1)} ms median`,
);
const evaluation = benchSkillsEval();
console.log(
  `skills eval, ${evaluation.postings} labelled real postings: recall ${(evaluation.recall * 100).toFixed(1)} %, precision ${(evaluation.precision * 100).toFixed(1)} %, traps hit ${evaluation.traps}`,
);

await benchEs256k();

// Network-bound batches: 1,000 credentials behind a 100 ms server, against the critical-path
// bound and DCC's verifier-core.
const latency = await benchLatency();
printLatency(latency);
const latencySummary = {
  latency_credentials: latency.credentials,
  latency_bound_ms: Math.round(latency.boundMs),
  latency_credlens_ms: Math.round(latency.credlensMs),
  latency_credlens_requests: latency.credlensRequests,
  latency_ratio_to_bound: Math.round(latency.credlensRatioToBound * 100) / 100,
  latency_peer_ms: Math.round(latency.peerMs),
  latency_peer_requests: latency.peerRequests,
  latency_speedup: Math.round(latency.speedup * 10) / 10,
  latency_speedup_min: Math.round(latency.speedupRange[0] * 10) / 10,
  latency_speedup_max: Math.round(latency.speedupRange[1] * 10) / 10,
  latency_rounds: latency.rounds,
  latency_credlens_wrong: latency.credlensWrong,
  latency_peer_agree: latency.peerAgree,
  latency_peer_credentials: latency.peerCredentials,
};

// In Chromium with the extension: time to badges on the demo profile, another tab's time to
// all final under a flood, and the page-scan cost.
const browserSummary: Record<string, number | string> = {};
try {
  const browser = await runBrowserBench();
  const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
  console.log(
    `\nIn Chromium (test build, demo world on 127.0.0.1; ms from navigation start, recorded in each badge frame at its render; medians of ${browser.coldRuns} fresh profiles / ${browser.warmRuns} reloads):`,
  );
  console.log(`  first badge inserted, cold ${ms(browser.firstInsertColdMs)}`);
  console.log(`  first final badge, cold    ${ms(browser.firstBadgeColdMs)}  (target ≤ 1500)`);
  console.log(`  all badges final, cold     ${ms(browser.allBadgesColdMs)}`);
  console.log(`  first final badge, warm    ${ms(browser.firstBadgeWarmMs)}  (target ≤ 300)`);
  console.log(`  all badges final, warm     ${ms(browser.allBadgesWarmMs)}`);
  console.log(
    `  ${`scan, ${browser.scanNodes}-node page`.padEnd(26)} ${browser.scan10kMedianMs.toFixed(1).padStart(6)} ms  (target ≤ 5)`,
  );
  console.log(
    `  popup skills ready         ${ms(browser.popupSkillsReadyMs)}  (target ≤ 150; after the popup opens, its code's loading included)`,
  );
  console.log(
    `  another tab, all final     ${ms(browser.otherTabAloneMs)}  (katherine profile alone, ${browser.fairnessBadges} badges, cold; median of ${browser.fairnessRuns})`,
  );
  console.log(
    `  another tab, under flood   ${ms(browser.otherTabFloodMs)}  (5,000-link tab, 120 never answering, fetches under way: ${browser.floodSlowdown}× alone)`,
  );
  console.log(
    `  (each badge frame loads in ~${browser.frameStartMs.toFixed(0)} ms, Playwright's attach to the new frame included)`,
  );
  Object.assign(browserSummary, {
    badge_first_insert_cold_ms: browser.firstInsertColdMs,
    badge_first_final_cold_ms: browser.firstBadgeColdMs,
    badge_all_final_cold_ms: browser.allBadgesColdMs,
    badge_first_final_warm_ms: browser.firstBadgeWarmMs,
    badge_all_final_warm_ms: browser.allBadgesWarmMs,
    scan_10k_ms: browser.scan10kMedianMs,
    popup_skills_ready_ms: browser.popupSkillsReadyMs,
    scan_nodes: browser.scanNodes,
    other_tab_all_final_alone_ms: browser.otherTabAloneMs,
    other_tab_all_final_flood_ms: browser.otherTabFloodMs,
    flood_slowdown_ratio: browser.floodSlowdown,
    badge_frame_load_ms: browser.frameStartMs,
  });
  // The test build is current now (runBrowserBench built it when stale).
  const worker = await benchWorkerLatency(TEST_EXTENSION_DIR);
  console.log(
    `  worker, every response ${worker.delayMs} ms late: ${worker.credentials} credentials from 5 issuers all final in ${ms(worker.delayedMs)}, ${worker.ratioToBound}× the bound (${worker.noDelayMs} ms with no delay + ${worker.boundMs - worker.noDelayMs} ms of dependent round trips; ${worker.requests} requests; fresh profiles, median of ${worker.runs})`,
  );
  Object.assign(browserSummary, {
    worker_latency_all_final_ms: worker.delayedMs,
    worker_latency_bound_ms: worker.boundMs,
    worker_latency_ratio: worker.ratioToBound,
    worker_latency_requests: worker.requests,
  });
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  console.log(`\nBrowser measurements skipped: ${reason}`);
  browserSummary.browser_skipped = reason.split('\n')[0] ?? reason;
}
console.log(
  `\nratio (peer / Credlens) ${summary.ratio}; jcs / raw Ed25519 ${(summary.jcs_ms / summary.ed25519_ms).toFixed(2)}`,
);
console.log(JSON.stringify({ ...summary, ...latencySummary, ...browserSummary }));
