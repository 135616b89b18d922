// Child process of the latency bench: DCC's verifier-core over the same batch. It has no batch
// API of its own, so its verifyCredential runs over the batch with the same bound on
// concurrency. It reads credentials as objects (not files or URLs) and verifies only W3C VCs,
// so the hosted Open Badges 2.0 assertions are left out of its share. Its process accepts the
// bench server's self-signed certificate (NODE_TLS_REJECT_UNAUTHORIZED=0, set by the parent).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { verifyCredential } from '@digitalcredentials/verifier-core';

const config = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as {
  folder: string;
  list: string;
  concurrency: number;
  warmup: string;
};
const read = (path: string) =>
  JSON.parse(readFileSync(resolve(config.folder, path), 'utf8')) as Record<string, unknown>;
const files = readFileSync(join(config.folder, config.list), 'utf8')
  .split('\n')
  .filter((line) => line.endsWith('.json') && !line.includes('://'));
const credentials = files.map(read);

type Response = {
  errors?: unknown[];
  log?: Array<{ id: string; valid?: boolean; error?: unknown }>;
};
const verdict = (response: Response): string => {
  if (response.errors !== undefined && response.errors.length > 0) return 'error';
  const log = response.log ?? [];
  if (log.some((step) => step.id === 'revocation_status' && step.valid === false)) return 'revoked';
  if (log.some((step) => step.error !== undefined)) return 'error';
  return log.some((step) => step.id === 'valid_signature' && step.valid === true)
    ? 'verified'
    : 'error';
};

await verifyCredential({ credential: read(config.warmup) as never, knownDIDRegistries: [] });
const statuses: string[] = new Array(credentials.length);
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: config.concurrency }, async () => {
    for (let index = next++; index < credentials.length; index = next++) {
      const response = (await verifyCredential({
        credential: credentials[index] as never,
        knownDIDRegistries: [],
      })) as Response;
      statuses[index] = verdict(response);
    }
  }),
);
const wallMs = performance.now() - started;
console.log(JSON.stringify({ wallMs, statuses }));
