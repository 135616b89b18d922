// Verdicts do not depend on concurrency: every credential file of the conformance suites (the
// public vectors, the real-world fixtures, the demo credentials) and a world of issuers with
// DID documents, status lists and hosted assertions, verified as one batch at concurrency 1 and
// at 32, with answers arriving in a shuffled order, give identical results, check for check.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../lib/cli/run-cli';
import type { FetchLike } from '../../lib/deps';
import { fixedClock } from '../helpers/fake-fetch';
import { buildIssuerWorld, type IssuerWorld } from '../helpers/issuer-world';

const FOLDERS = ['test/vectors', 'test/fixtures/real-world', 'test/fixtures/demo'];
const CREDENTIAL_FILE = /\.(json|jsonld|jwt|txt|png|svg)$/;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return CREDENTIAL_FILE.test(name) && !/README|PROVENANCE|expected-outcomes/i.test(name)
      ? [path]
      : [];
  });
}

/** The world's documents, each answered after a delay fixed per URL but scattered (0-20 ms). */
function scatteredNetwork(world: IssuerWorld): FetchLike {
  return async (url) => {
    let hash = 0;
    for (const char of url) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    await new Promise((resolve) => setTimeout(resolve, hash % 21));
    const doc = world.documents.get(url);
    return doc === undefined
      ? new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } })
      : new Response(doc.body, { headers: { 'content-type': doc.contentType } });
  };
}

let world: IssuerWorld;
let inputs: string[];
const worldFiles = new Map<string, string>();

beforeAll(async () => {
  world = await buildIssuerWorld({
    issuers: 6,
    credentialsPerIssuer: 8,
    hostedPerIssuer: 2,
    origin: (i) => `https://issuer-${i}.example`,
    revokedEvery: 3,
  });
  for (const input of world.inputs)
    if (input.kind === 'file') worldFiles.set(input.name, input.text);
  inputs = [
    ...FOLDERS.flatMap(filesUnder),
    ...world.inputs.map((input) => (input.kind === 'file' ? input.name : input.url)),
  ];
});

async function batch(concurrency: number): Promise<string[]> {
  const out: string[] = [];
  await runCli(
    [
      'verify',
      '--json',
      '--now',
      '2026-11-23T12:00:00Z',
      '--concurrency',
      String(concurrency),
      ...inputs,
    ],
    {
      fetch: scatteredNetwork(world),
      now: fixedClock(),
      readFile: async (path) => {
        const text = worldFiles.get(path);
        return text === undefined
          ? new Uint8Array(readFileSync(path))
          : new TextEncoder().encode(text);
      },
      readStdin: async () => new Uint8Array(),
      stdout: (text) => out.push(text),
      stderr: () => undefined,
    },
  );
  return out;
}

describe('verdicts across concurrency levels', () => {
  it('are identical at concurrency 1 and 32 over every conformance credential', async () => {
    const one = await batch(1);
    const many = await batch(32);
    expect(inputs.length).toBeGreaterThan(300);
    expect(one).toHaveLength(inputs.length);
    expect(many).toEqual(one);
    const statuses = new Set(one.map((line) => (JSON.parse(line) as { status: string }).status));
    // The batch is not all one verdict: it exercises every way a credential comes out.
    for (const status of ['verified', 'revoked', 'confirmed', 'invalid', 'unverifiable'])
      expect(statuses).toContain(status);
  }, 120_000);
});
