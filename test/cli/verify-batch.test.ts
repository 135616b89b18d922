// `credlens verify` as a batch: results in input order at any concurrency (and the same
// results), shared documents fetched once, a credential's documents fetched together, inputs
// from a list file or standard input, progress on a terminal, and Ctrl-C.

import { beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../lib/cli/run-cli';
import type { FetchLike } from '../../lib/deps';
import { fixedClock } from '../helpers/fake-fetch';
import { buildIssuerWorld, type IssuerWorld } from '../helpers/issuer-world';

type Logged = { url: string; start: number; end: number };

/** A network of `world`'s documents answering each request after `delayMs`. */
function slowNetwork(world: IssuerWorld, delayMs: number): FetchLike & { log: Logged[] } {
  const log: Logged[] = [];
  const started = performance.now();
  const fetch: FetchLike = async (url) => {
    const entry: Logged = { url, start: performance.now() - started, end: Number.NaN };
    log.push(entry);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    entry.end = performance.now() - started;
    const doc = world.documents.get(url);
    return doc === undefined
      ? new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } })
      : new Response(doc.body, { headers: { 'content-type': doc.contentType } });
  };
  return Object.assign(fetch, { log });
}

function batchIo(
  world: IssuerWorld,
  options: { delayMs?: number; lists?: Record<string, string>; stdin?: string } = {},
) {
  const files = new Map(
    world.inputs.flatMap((input) => (input.kind === 'file' ? [[input.name, input.text]] : [])),
  );
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const network = slowNetwork(world, options.delayMs ?? 5);
  const io: CliIo = {
    fetch: network,
    now: fixedClock(),
    readFile: async (path) => {
      const text = files.get(path);
      if (text === undefined) throw new Error(`no file ${path}`);
      return new TextEncoder().encode(text);
    },
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    readLines: async function* (path) {
      const text = path === '-' ? (options.stdin ?? '') : options.lists?.[path];
      if (text === undefined) throw new Error(`no list ${path}`);
      yield* text.split('\n');
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  return { io, out, err, progress, network };
}

const names = (world: IssuerWorld) =>
  world.inputs.map((input) => (input.kind === 'file' ? input.name : input.url));
const parsed = (out: string[]) =>
  out.map((line) => JSON.parse(line) as { input: string; status: string; checks: unknown[] });

let world: IssuerWorld;
beforeAll(async () => {
  world = await buildIssuerWorld({
    issuers: 4,
    credentialsPerIssuer: 6,
    hostedPerIssuer: 1,
    origin: (i) => `https://issuer-${i}.example`,
    revokedEvery: 4,
  });
});

describe('credlens verify, in batches', () => {
  it('prints every result in input order, with the verdict each input deserves', async () => {
    const { io, out } = batchIo(world);
    const code = await runCli(['verify', '--json', '--concurrency', '8', ...names(world)], io);
    const results = parsed(out);
    expect(results.map((r) => r.input)).toEqual(names(world));
    expect(results.map((r) => r.status)).toEqual(world.expected);
    expect(world.expected).toContain('revoked');
    expect(world.expected).toContain('confirmed');
    expect(code).toBe(1);
  });

  it('gives the same results, check for check, at concurrency 1 and 16', async () => {
    const one = batchIo(world);
    const many = batchIo(world);
    await runCli(['verify', '--json', '--concurrency', '1', ...names(world)], one.io);
    await runCli(['verify', '--json', '--concurrency', '16', ...names(world)], many.io);
    expect(parsed(many.out)).toEqual(parsed(one.out));
  });

  it("verifies with the host's batch Ed25519 when several inputs run at once, its plain one otherwise", async () => {
    const calls = { plain: 0, batch: 0 };
    const counting = (kind: keyof typeof calls) => () => {
      calls[kind]++;
      return 'valid' as const;
    };
    // Every credential's signature and every issuer's status list signature, one way or the other.
    for (const [concurrency, used, unused] of [
      ['1', 'plain', 'batch'],
      ['4', 'batch', 'plain'],
    ] as const) {
      calls.plain = 0;
      calls.batch = 0;
      const { io } = batchIo(world);
      const host = { ...io, ed25519: counting('plain'), ed25519Batch: counting('batch') };
      const files = names(world)
        .filter((name) => !name.startsWith('https:'))
        .slice(0, 8);
      await runCli(['verify', '--json', '--concurrency', concurrency, ...files], host);
      expect(calls[used]).toBeGreaterThanOrEqual(8);
      expect(calls[unused]).toBe(0);
    }
  });

  it('fetches a document many credentials share once, and a credential’s documents together', async () => {
    const { io, network } = batchIo(world, { delayMs: 40 });
    await runCli(['verify', '--json', '--concurrency', '16', ...names(world)], io);
    const count = (url: string) => network.log.filter((entry) => entry.url === url).length;
    for (let i = 0; i < 4; i++) {
      const origin = `https://issuer-${i}.example`;
      expect(count(`${origin}/status/1`)).toBe(1);
      expect(count(`${origin}/.well-known/did.json`)).toBe(i % 2 === 0 ? 1 : 0);
      expect(count(`${origin}/ob2/badge.json`)).toBe(1);
    }
    // did:web issuer 0: its status list was asked for before its DID document had answered.
    const did = network.log.find((e) => e.url === 'https://issuer-0.example/.well-known/did.json');
    const list = network.log.find((e) => e.url === 'https://issuer-0.example/status/1');
    expect(did).toBeDefined();
    expect(list?.start).toBeLessThan(did?.end ?? 0);
  });

  it('starts the links of a list before the files read with them, and prints in list order', async () => {
    // The files first, the links (hosted assertions) last: without a preference they would wait
    // for every file, their round trips trailing the batch.
    const files = names(world).filter((name) => !name.includes('://'));
    const links = names(world).filter((name) => name.includes('://'));
    const { io, out } = batchIo(world, { delayMs: 20 });
    const events: string[] = [];
    const { readFile, fetch } = io;
    io.readFile = (path) => {
      events.push(`read ${path}`);
      return readFile(path);
    };
    io.fetch = (url, init) => {
      events.push(`fetch ${url}`);
      return fetch(url, init);
    };
    // Concurrency 4 reads up to 32 inputs ahead (8 a slot): the whole list of 28.
    const code = await runCli(['verify', '--json', '--concurrency', '4', ...files, ...links], io);
    expect(code).toBe(1);
    expect(parsed(out).map((line) => line.input)).toEqual([...files, ...links]);
    expect(links.length).toBe(4);
    // The first four files start at once; every link goes out before the next file is read.
    const fifthFile = events.indexOf(`read ${files[4]}`);
    for (const link of links) {
      const first = events.indexOf(`fetch ${link}`);
      expect(first, link).toBeGreaterThanOrEqual(0);
      expect(first, link).toBeLessThan(fifthFile);
    }
  });

  it('reads inputs from a list file after the arguments, skipping blank and # lines', async () => {
    const [first, ...rest] = names(world);
    const list = ['# applicants, week 49', '', ...rest.slice(0, 5), '   ', rest[5]].join('\n');
    const { io, out } = batchIo(world, { lists: { 'week49.txt': list } });
    await runCli(['verify', '--json', first as string, '--list', 'week49.txt'], io);
    expect(parsed(out).map((r) => r.input)).toEqual([first, ...rest.slice(0, 6)]);
  });

  it('reads the list from standard input with --list -', async () => {
    const some = names(world).slice(0, 3);
    const { io, out } = batchIo(world, { stdin: `${some.join('\n')}\n` });
    await runCli(['verify', '--json', '--list', '-'], io);
    expect(parsed(out).map((r) => r.input)).toEqual(some);
  });

  it('shows progress with counts by verdict, rate and ETA when standard error is a terminal', async () => {
    const { io, progress } = batchIo(world);
    let clock = 0;
    await runCli(['verify', ...names(world)], {
      ...io,
      progress: (line) => progress.push(line),
      elapsedMs: () => (clock += 100),
    });
    const last = progress.at(-1) ?? '';
    const total = world.inputs.length;
    expect(last).toContain(`${total} of ${total} done`);
    expect(last).toMatch(/verified \d+/);
    expect(last).toMatch(/revoked \d+/);
    expect(last).toMatch(/[\d.]+\/s/);
    expect(progress.some((line) => /ETA \d+/.test(line))).toBe(true);
  });

  it('on Ctrl-C prints what finished, in order, says what was not verified, and exits 130', async () => {
    const interrupted = new AbortController();
    const { io, out, err } = batchIo(world, { delayMs: 30 });
    const code = runCli(['verify', '--json', '--concurrency', '2', ...names(world)], {
      ...io,
      stdout: (text) => {
        io.stdout(text);
        if (out.length === 3) interrupted.abort();
      },
      interrupted: interrupted.signal,
    });
    expect(await code).toBe(130);
    const printed = parsed(out).map((r) => r.input);
    expect(printed.length).toBeGreaterThanOrEqual(3);
    expect(new Set(printed).size).toBe(printed.length);
    expect(printed.length).toBeLessThan(names(world).length);
    const order = names(world);
    expect(printed.map((input) => order.indexOf(input))).toEqual(
      printed.map((input) => order.indexOf(input)).sort((a, b) => a - b),
    );
    expect(err.join('\n')).toMatch(/interrupted: \d+ of \d+ started inputs finished/);
  });

  it('runs on the main thread unless --threads asks for more, and then on that many', async () => {
    const asked: number[] = [];
    for (const extra of [[], ['--threads', '1'], ['--threads', '3']]) {
      const { io, out } = batchIo(world);
      io.threads = (_request, fallback, count) => {
        asked.push(count);
        // Stands in for the pool: answers on this thread, so results can be compared.
        return { verify: fallback(), close: async () => undefined };
      };
      await runCli(['verify', '--json', ...extra, ...names(world)], io);
      expect(parsed(out).map((line) => line.input)).toEqual(names(world));
    }
    expect(asked).toEqual([3]);
  });

  it('refuses a bad --concurrency, --threads or a missing list with a usage error', async () => {
    for (const args of [
      ['--concurrency', '0', 'x.json'],
      ['--concurrency', 'many', 'x.json'],
      ['--threads', '0', 'x.json'],
      ['--threads', '9', 'x.json'],
      ['--list'],
      ['--list', '-', '-'],
    ]) {
      const { io, err } = batchIo(world);
      expect(await runCli(['verify', ...args], io)).toBe(2);
      expect(err.join('\n')).toMatch(/credlens: /);
    }
  });
});
