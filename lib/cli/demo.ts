// `npm run demo` until the extension demo exists: verifies the bundled sample credentials with
// the real pipeline and shows each verdict, then checks each one is the verdict it should be.
// Offline: the one URL a sample needs (its issuer's status list) is answered in-process by a
// stand-in for the issuer's server; every other request is refused.

import { readFile } from 'node:fs/promises';
import { createVerifierCaches, type VerificationStatus, verifyCredential } from '../verify';
import { formatResult } from './format-result';

const SAMPLES: ReadonlyArray<{ file: string; expected: VerificationStatus; story: string }> = [
  {
    file: 'verified.json',
    expected: 'verified',
    story: 'signed by the issuer, untouched, in date',
  },
  { file: 'tampered.json', expected: 'invalid', story: 'the badge name was edited after signing' },
  { file: 'expired.json', expected: 'expired', story: 'genuine, but its validity ended in 2025' },
  {
    file: 'forged.json',
    expected: 'invalid',
    story: 'names the university as issuer, signed with another key',
  },
  {
    file: 'revoked.json',
    expected: 'revoked',
    story: "genuine, but revoked on the issuer's status list",
  },
  { file: 'badge.jwt', expected: 'verified', story: 'the same badge as a VC-JWT (EdDSA)' },
  { file: 'baked-badge.png', expected: 'verified', story: 'the badge baked into its PNG image' },
];

const STATUS_LIST_URL = 'https://demo.credlens.example/status/1';
const folder = new URL('../../test/fixtures/demo/', import.meta.url);
const statusList = await readFile(new URL('status-list.json', folder), 'utf8');
const issuerServer = async (url: string) =>
  url === STATUS_LIST_URL
    ? new Response(statusList, { headers: { 'content-type': 'application/json' } })
    : Promise.reject(new Error('the demo is offline'));

const options = { fetch: issuerServer, now: () => new Date(), ...createVerifierCaches() };
let mismatches = 0;
console.log('Credlens demo: verifying the bundled sample credentials offline.\n');
for (const sample of SAMPLES) {
  const bytes = new Uint8Array(await readFile(new URL(sample.file, folder)));
  const result = await verifyCredential({ kind: 'bytes', bytes }, options);
  console.log(`${sample.file}: ${sample.story}`);
  console.log(`${formatResult(`test/fixtures/demo/${sample.file}`, result)}\n`);
  if (result.status !== sample.expected) {
    mismatches++;
    console.error(
      `unexpected verdict for ${sample.file}: ${result.status} (expected ${sample.expected})`,
    );
  }
}
console.log(
  mismatches === 0
    ? `All ${SAMPLES.length} samples got the verdict they should. Try: npm run --silent verify -- test/fixtures/demo/verified.json`
    : `${mismatches} sample(s) got an unexpected verdict.`,
);
process.exitCode = mismatches === 0 ? 0 : 1;
