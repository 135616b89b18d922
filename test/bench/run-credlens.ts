// Child process: Credlens' full pipeline (verifyCredential) over the workload, configured as the
// Node CLI runs it (node:crypto Ed25519 and SHA-2, verifier caches), plus the same pipeline with WebCrypto
// as the service worker runs it, and raw Ed25519 verifies with each primitive for scale. Prints
// one JSON object.
import { readFileSync } from 'node:fs';
import * as ed from '@noble/ed25519';
import { createNodeEd25519Verifier, nodeTextDigest } from '../../lib/cli/node-crypto';
import {
  type CredentialInput,
  createKeyCache,
  createVerifierCaches,
  verifyCredential,
} from '../../lib/verify';
import type { Workload } from './credentials';
import { STATUS_LIST_URL } from './formats';
import { medianPassMs } from './measure';

const workload = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as Workload;
// One verifier context for the whole run, as the CLI and the service worker keep one.
const nodeEd25519 = createNodeEd25519Verifier();
const webOptions = {
  fetch: () => Promise.reject(new Error('offline')),
  now: () => new Date('2026-11-23T12:00:00Z'),
  keyCache: createKeyCache(),
};
const options = { ...webOptions, ed25519: nodeEd25519, digest: nodeTextDigest };
const verifiedWith = (with_: typeof webOptions) => async (value: Record<string, unknown>) =>
  (await verifyCredential({ kind: 'json', value }, with_)).status === 'verified';
const verified = verifiedWith(options);

const rdfc = await medianPassMs(workload.rdfc, verified);
const rdfcWebCrypto = await medianPassMs(workload.rdfc, verifiedWith(webOptions));
const jcs = await medianPassMs(workload.jcs, verified);
const verifiedText = async (text: string) =>
  (await verifyCredential({ kind: 'text', text }, options)).status === 'verified';
const jwtEdDsa = await medianPassMs(workload.formats.jwtEdDsa, verifiedText);
const jwtEs256 = await medianPassMs(workload.formats.jwtEs256, verifiedText);

// Status-checked credentials: the list is served in-process (no network). With the verifier's
// caches the list is fetched and verified once per freshness period; without, for every one.
const listBody = JSON.stringify(workload.formats.statusList);
const serveList = async (url: string) =>
  url === STATUS_LIST_URL
    ? new Response(listBody, {
        headers: { 'content-type': 'application/json', 'cache-control': 'max-age=300' },
      })
    : new Response('not found', { status: 404 });
const statusOptions = (cached: boolean) => ({
  ...options,
  fetch: serveList,
  ...(cached ? createVerifierCaches() : {}),
});
const withStatus = (cached: boolean) => {
  const statusRunOptions = statusOptions(cached);
  return async (value: Record<string, unknown>) => {
    const input: CredentialInput = { kind: 'json', value };
    return (await verifyCredential(input, statusRunOptions)).status === 'verified';
  };
};
const statusUncached = await medianPassMs(workload.formats.statusChecked, withStatus(false));
const statusCached = await medianPassMs(workload.formats.statusChecked, withStatus(true));

// Raw Ed25519 for scale: the same number of 64-byte messages, verified with each primitive and
// an already-known key, as the pipeline does once its key cache is warm: the floor.
const seed = new Uint8Array(32).fill(9);
const publicKey = await ed.getPublicKeyAsync(seed);
const messages = await Promise.all(
  workload.rdfc.map(async (_, i) => {
    const message = new Uint8Array(64).fill(i % 256);
    return { message, signature: await ed.signAsync(message, seed) };
  }),
);
const raw = await medianPassMs(
  messages,
  async ({ message, signature }) => (await nodeEd25519(publicKey, message, signature)) === 'valid',
);
const key = await crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
const rawWebCrypto = await medianPassMs(messages, ({ message, signature }) =>
  crypto.subtle.verify({ name: 'Ed25519' }, key, signature, message),
);
console.log(
  JSON.stringify({
    rdfc,
    rdfcWebCrypto,
    jcs,
    ed25519: raw,
    ed25519WebCrypto: rawWebCrypto,
    jwtEdDsa,
    jwtEs256,
    statusUncached,
    statusCached,
  }),
);
