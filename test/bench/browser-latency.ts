// The worker at network speed (issue 14): a profile page linking 20 credentials from 5 issuers
// (did:web and did:key, each credential on its issuer's host and checked against the issuer's
// signed status list), every issuer answering each request 100 ms late, in Credlens' test build
// in Chromium. Each run is a fresh profile (nothing cached), timed from navigation start to the
// last badge final (recorded in the badge frames, browser-badge-timing.ts). The bound is the
// same page with no delay plus the longest chain of requests that wait for each other: the
// credential, then its issuer's DID document and status list together (the list is signed by
// the same issuer, whose DID document is already on its way).
import { createServer, type Server } from 'node:http';
import { type LaunchedExtension, launchWithExtension } from '../e2e/launch';
import { buildIssuerWorld } from '../helpers/issuer-world';
import { measureBadgeLoad, openTimedTab } from './browser-badge-timing';
import { startLatencyServer } from './latency-server';

const ISSUERS = 5;
const CREDENTIALS_PER_ISSUER = 4;
const DELAY_MS = 100;
/** The credential → its issuer's DID document and status list, fetched together. */
const CHAIN = 2;

export type WorkerLatency = {
  credentials: number;
  delayMs: number;
  runs: number;
  /** Medians of `runs` fresh profiles: all badges final, ms from navigation start. */
  noDelayMs: number;
  delayedMs: number;
  boundMs: number;
  ratioToBound: number;
  /** Requests the issuers answered in the last delayed run. */
  requests: number;
  /** The last delayed run's badges by verdict ("Verified": 13, …): a timing of wrong answers is no timing. */
  verdicts: Record<string, number>;
};

export async function benchWorkerLatency(extensionDir: string, runs = 3): Promise<WorkerLatency> {
  const issuers = await startLatencyServer(ISSUERS);
  const { ports } = issuers;
  // Issuers' documents under http (the test build reaches loopback over plain http); the
  // latency server looks documents up by their https address.
  const world = await buildIssuerWorld({
    issuers: ISSUERS,
    credentialsPerIssuer: CREDENTIALS_PER_ISSUER,
    hostedPerIssuer: 0,
    origin: (i) => `http://127.0.0.1:${ports[i]}`,
    revokedEvery: 3,
  });
  const documents = new Map(
    [...world.documents].map(([url, doc]) => [url.replace(/^http:/, 'https:'), doc]),
  );
  const links: string[] = [];
  for (const input of world.inputs) {
    if (input.kind !== 'file') continue;
    // Each credential lives on its issuer's host, as a badge platform's would.
    const port = /127\.0\.0\.1(?::|%3A)(\d+)/.exec(input.text)?.[1];
    if (port === undefined) throw new Error(`no issuer port in ${input.name}`);
    const path = `/credentials/${input.name.replace(/\.[a-z]+$/, '')}.json`;
    documents.set(`https://127.0.0.1:${port}${path}`, {
      body: input.text,
      contentType: 'application/json',
    });
    links.push(`http://127.0.0.1:${port}${path}`);
  }
  issuers.serve(documents);
  const page = await servePage(links);
  try {
    let verdicts: Record<string, number> = {};
    const allFinal = async (delayMs: number) => {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        issuers.reset(delayMs);
        const browser: LaunchedExtension = await launchWithExtension(extensionDir);
        try {
          const tab = await openTimedTab(browser.context);
          const load = await measureBadgeLoad(tab, links.length, (tabPage) =>
            tabPage.goto(page.url, { waitUntil: 'commit' }),
          );
          times.push(load.allFinalMs);
          verdicts = {};
          for (const name of load.names) {
            // "Credlens: Verified — Badge 3"
            const verdict = /^Credlens: (.+?) —/.exec(name)?.[1] ?? name;
            verdicts[verdict] = (verdicts[verdict] ?? 0) + 1;
          }
        } finally {
          await browser.close();
        }
      }
      return median(times);
    };
    const noDelayMs = await allFinal(0);
    const expected: Record<string, number> = {};
    for (const status of world.expected) {
      const verdict = `${status.slice(0, 1).toUpperCase()}${status.slice(1)}`;
      expected[verdict] = (expected[verdict] ?? 0) + 1;
    }
    if (
      JSON.stringify(verdicts, Object.keys(expected).sort()) !==
      JSON.stringify(expected, Object.keys(expected).sort())
    )
      throw new Error(`badges ${JSON.stringify(verdicts)}, expected ${JSON.stringify(expected)}`);
    const delayedMs = await allFinal(DELAY_MS);
    const boundMs = noDelayMs + CHAIN * DELAY_MS;
    return {
      credentials: links.length,
      delayMs: DELAY_MS,
      runs,
      noDelayMs: Math.round(noDelayMs),
      delayedMs: Math.round(delayedMs),
      boundMs: Math.round(boundMs),
      ratioToBound: Math.round((delayedMs / boundMs) * 100) / 100,
      requests: issuers.requests(),
      verdicts,
    };
  } finally {
    await issuers.close();
    await new Promise((done) => page.server.close(done));
  }
}

/** A candidate's profile page linking every credential, served at once (not delayed). */
async function servePage(links: string[]): Promise<{ url: string; server: Server }> {
  const html = `<!doctype html><html><head><title>Ada Lovelace</title></head><body>
<h1>Ada Lovelace</h1><h2>Licenses &amp; certifications</h2><ul>${links
    .map((link, i) => `<li><a href="${link}">Credential ${i + 1}</a></li>`)
    .join('')}</ul></body></html>`;
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/profile.html`, server };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
