// Cost of one lib/detect scan of a ~10,000-element LinkedIn-like page in Chromium, with the test
// build's content script already done with the page (browser-scan-page.ts builds the page).
// lib/detect is bundled as an IIFE by esbuild and injected into the page, served on 127.0.0.1
// where the content script also runs; scanForCredentials(document, …) is called SCAN_RUNS times
// in one task once the DOM has been quiet for QUIET_MS. Timer resolution 0.1 ms (the page is
// not cross-origin isolated). The node count includes the content script's badge hosts
// (`span[data-credlens-badge]`); their frames are separate documents and not counted.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { LaunchedExtension } from '../e2e/launch';
import { buildScanBenchPage } from './browser-scan-page';

export type ScanResult = { timesMs: number[]; nodes: number };

const ROOT = resolve(import.meta.dirname, '../..');
const SCAN_RUNS = 20;
const QUIET_MS = 1_000;
const QUIET_TIMEOUT_MS = 20_000;
const SCAN_BUDGET_MS = 30_000;

// Main world, before any page script: when the DOM last changed (the content script's badges).
const QUIET_PROBE = `(() => {
  const state = { lastMutation: performance.now() };
  globalThis.__credlensBenchQuiet = state;
  new MutationObserver(() => { state.lastMutation = performance.now(); })
    .observe(document, { childList: true, subtree: true, attributes: true });
})();`;

// 1x1 transparent GIF for every image on the page.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Loads the page in a new tab of `browser` and times SCAN_RUNS scans of it. */
export async function measureScan(browser: LaunchedExtension): Promise<ScanResult> {
  const page = buildScanBenchPage();
  const bundle = await build({
    entryPoints: [resolve(ROOT, 'lib/detect/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'CredlensDetect',
    write: false,
    platform: 'browser',
    logLevel: 'silent',
  });
  const detectSource = bundle.outputFiles[0]?.text;
  if (detectSource === undefined) throw new Error('esbuild produced no bundle of lib/detect');
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.startsWith('/media/')) {
      response.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'max-age=3600' });
      response.end(PIXEL);
    } else if (path === '/in/ada-lovelace/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page.html);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  const tab = await browser.context.newPage();
  try {
    const port = await listen(server);
    await tab.addInitScript({ content: QUIET_PROBE });
    await tab.goto(`http://127.0.0.1:${port}/in/ada-lovelace/`, { waitUntil: 'load' });
    // Let the content script finish its own scan and badges first.
    const deadline = Date.now() + QUIET_TIMEOUT_MS;
    for (;;) {
      const quietFor = (await tab.evaluate(
        'performance.now() - globalThis.__credlensBenchQuiet.lastMutation',
      )) as number;
      if (quietFor >= QUIET_MS || Date.now() > deadline) break;
      await sleep(Math.min(QUIET_MS - quietFor, 250));
    }
    await tab.addScriptTag({ content: detectSource });
    const result = (await tab.evaluate(`(() => {
      const detect = globalThis.CredlensDetect;
      const url = new URL(location.href);
      const options = { alreadyProcessed: () => false };
      const times = [];
      let detections = -1;
      const stop = performance.now() + ${SCAN_BUDGET_MS};
      for (let run = 0; run < ${SCAN_RUNS} && performance.now() < stop; run++) {
        const start = performance.now();
        const found = detect.scanForCredentials(document, url, options);
        times.push(performance.now() - start);
        detections = found.length;
      }
      return { times, detections, nodes: document.getElementsByTagName('*').length };
    })()`)) as { times: number[]; detections: number; nodes: number };
    if (result.detections !== page.credentialLinks)
      throw new Error(
        `scan found ${result.detections} credential links, the page has ${page.credentialLinks}`,
      );
    if (result.times.length === 0) throw new Error('no scan completed');
    return { timesMs: result.times, nodes: result.nodes };
  } finally {
    await tab.close();
    await new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
  }
}

function listen(server: Server): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', fail);
      done((server.address() as AddressInfo).port);
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
