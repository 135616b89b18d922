// The latency bench (`npm run bench`): 1,000 credentials from 20 issuers — did:web and did:key,
// each credential checked against its issuer's signed status list, some hosted Open Badges 2.0
// assertions — behind a local server that answers every request after 100 ms, as distant issuers
// would. Credlens' CLI batch against the critical-path bound (the longest chain of dependent
// requests, assertion → BadgeClass → Issuer, plus the batch's own computing time measured with
// no delay), and DCC's verifier-core over the same batch in the same run.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issue, openBadge, testKey } from '../helpers/issue';
import { buildIssuerWorld } from '../helpers/issuer-world';
import { startLatencyServer } from './latency-server';

const ISSUERS = 20;
const CREDENTIALS_PER_ISSUER = 48;
const HOSTED_PER_ISSUER = 2;
const DELAY_MS = 100;
/** assertion → BadgeClass → Issuer: the longest chain of requests that wait for each other. */
const CHAIN = 3;
const CONCURRENCY = 64;
/**
 * Rounds of the three runs (no delay, Credlens, the peer), interleaved so that the machine's
 * drift touches both engines alike; each figure is the median of its rounds, and the speed-up
 * the median of the rounds' own ratios (one run alone varies by ±10% on a 2-core VM).
 */
const ROUNDS = 3;

export type LatencySummary = {
  credentials: number;
  issuers: number;
  delayMs: number;
  boundMs: number;
  computeMs: number;
  credlensMs: number;
  credlensRequests: number;
  credlensRatioToBound: number;
  credlensWrong: number;
  peerMs: number;
  peerRequests: number;
  peerCredentials: number;
  peerVerified: number;
  /** Its verdicts (verified or revoked) that agree with how each credential was made. */
  peerAgree: number;
  /** The median of the rounds' speed-ups, and their range. */
  speedup: number;
  speedupRange: [number, number];
  rounds: number;
};

export async function benchLatency(): Promise<LatencySummary> {
  const server = await startLatencyServer(ISSUERS);
  const { ports } = server;
  const world = await buildIssuerWorld({
    issuers: ISSUERS,
    credentialsPerIssuer: CREDENTIALS_PER_ISSUER,
    hostedPerIssuer: HOSTED_PER_ISSUER,
    origin: (i) => `https://127.0.0.1:${ports[i]}`,
    revokedEvery: 10,
  });
  server.serve(world.documents);
  const folder = mkdtempSync(join(tmpdir(), 'credlens-latency-'));
  try {
    const list: string[] = [];
    for (const input of world.inputs) {
      if (input.kind === 'file') writeFileSync(join(folder, input.name), input.text);
      // Absolute paths: the CLI's verifying threads read files as the CLI would, from its cwd.
      list.push(input.kind === 'file' ? join(folder, input.name) : input.url);
    }
    writeFileSync(join(folder, 'list.txt'), list.join('\n'));
    const warmKey = await testKey(7);
    writeFileSync(
      join(folder, 'warmup.json'),
      JSON.stringify(await issue(openBadge(warmKey.did), { key: warmKey })),
    );
    const config = join(folder, 'config.json');
    writeFileSync(
      config,
      JSON.stringify({ folder, list: 'list.txt', concurrency: CONCURRENCY, warmup: 'warmup.json' }),
    );
    // Asynchronously: the server answering the child lives in this process's event loop.
    const run = async (script: string, delayMs: number) => {
      server.reset(delayMs);
      const output = await new Promise<string>((resolve, reject) =>
        execFile(
          process.execPath,
          // As `npm run verify` runs the CLI: V8's background pool sized to the machine (one
          // thread fewer than its cores; Node's default is four whatever the cores). The peer
          // runs with the same flags.
          ['--v8-pool-size=0', '--import', 'tsx', join(import.meta.dirname, script), config],
          {
            encoding: 'utf8',
            env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0', NODE_NO_WARNINGS: '1' },
            maxBuffer: 64 * 1024 * 1024,
          },
          (error, stdout) => (error ? reject(error) : resolve(stdout)),
        ),
      );
      const line = output.trim().split('\n').at(-1) ?? '{}';
      return {
        ...(JSON.parse(line) as { wallMs: number; statuses: string[] }),
        requests: server.requests(),
      };
    };
    type Run = Awaited<ReturnType<typeof run>>;
    const rounds: { compute: Run; credlens: Run; peer: Run }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const compute = await run('latency-credlens.ts', 0);
      const credlens = await run('latency-credlens.ts', DELAY_MS);
      const peer = await run('latency-peer.ts', DELAY_MS);
      rounds.push({ compute, credlens, peer });
    }
    const vcExpected = world.expected.filter((_, i) => world.inputs[i]?.kind === 'file');
    const computeMs = median(rounds.map((r) => r.compute.wallMs));
    const boundMs = computeMs + CHAIN * DELAY_MS;
    const credlensMs = median(rounds.map((r) => r.credlens.wallMs));
    const speedups = rounds.map((r) => r.peer.wallMs / r.credlens.wallMs);
    // Wrong: any expected verdict missing or different (a run that printed too few lines counts).
    const wrongIn = (run: Run) =>
      world.expected.filter((status, i) => run.statuses[i] !== status).length +
      Math.max(0, run.statuses.length - world.expected.length);
    const agreeIn = (run: Run) =>
      vcExpected.filter((status, i) => run.statuses[i] === status).length;
    return {
      credentials: world.inputs.length,
      issuers: ISSUERS,
      delayMs: DELAY_MS,
      boundMs,
      computeMs,
      credlensMs,
      // Every round must make as few requests and give every verdict right: the worst is shown,
      // the runs with no delay (the bound's computing time) included.
      credlensRequests: Math.max(...rounds.map((r) => r.credlens.requests)),
      credlensRatioToBound: credlensMs / boundMs,
      credlensWrong: Math.max(...rounds.flatMap((r) => [wrongIn(r.credlens), wrongIn(r.compute)])),
      peerMs: median(rounds.map((r) => r.peer.wallMs)),
      // The peer's worst round too.
      peerRequests: Math.max(...rounds.map((r) => r.peer.requests)),
      peerCredentials: vcExpected.length,
      peerVerified: Math.min(
        ...rounds.map(
          (r) => r.peer.statuses.filter((s) => s === 'verified' || s === 'revoked').length,
        ),
      ),
      peerAgree: Math.min(...rounds.map((r) => agreeIn(r.peer))),
      speedup: median(speedups),
      speedupRange: [Math.min(...speedups), Math.max(...speedups)],
      rounds: ROUNDS,
    };
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The bench's report lines. */
export function printLatency(summary: LatencySummary): void {
  const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
  console.log(
    `\nLatency: ${summary.credentials} credentials from ${summary.issuers} issuers, every response ${summary.delayMs} ms late (concurrency ${CONCURRENCY}; medians of ${summary.rounds} interleaved rounds):`,
  );
  console.log(
    `  critical-path bound        ${ms(summary.boundMs)}  (${CHAIN} dependent requests + ${summary.computeMs.toFixed(0)} ms computing, measured with no delay; overlapping the two can beat it)`,
  );
  console.log(
    `  Credlens CLI batch         ${ms(summary.credlensMs)}  ${summary.credlensRequests} requests, ${summary.credlensRatioToBound.toFixed(2)}× the bound (goal ≤ 1.5×), ${summary.credlensWrong} verdicts unlike expected`,
  );
  console.log(
    `  DCC verifier-core          ${ms(summary.peerMs)}  ${summary.peerRequests} requests, ${summary.peerAgree} of its ${summary.peerCredentials} VCs with the expected verdict (it cannot verify OB 2.0)`,
  );
  const [low, high] = summary.speedupRange;
  console.log(
    `  speed-up over verifier-core ${summary.speedup.toFixed(1)}× (rounds ${low.toFixed(1)}–${high.toFixed(1)}×; goal ≥ 5×)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) printLatency(await benchLatency());
