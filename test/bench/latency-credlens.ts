// Child process of the latency bench: Credlens' CLI batch (runCli with the Node host
// lib/cli/main.ts gives it, exactly as `npm run verify -- --list` runs it) over the world's
// inputs. Prints one JSON line: wall time, the statuses in input order.
import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { createNodeHost } from '../../lib/cli/node-host';
import { runCli } from '../../lib/cli/run-cli';
import { createThreadVerifier } from '../../lib/cli/verify-threads';

const config = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as {
  folder: string;
  list: string;
  concurrency: number;
  warmup: string;
};
const host = createNodeHost();
const io = (out: string[]) => ({
  ...host,
  // The list names files by absolute path, read as given (as lib/cli/main.ts reads any path).
  readFile: (path: string) => host.readFile(isAbsolute(path) ? path : resolve(config.folder, path)),
  readStdin: async () => new Uint8Array(),
  readLines: async function* (path: string) {
    yield* readFileSync(join(config.folder, path), 'utf8').split('\n');
  },
  stdout: (text: string) => out.push(text),
  stderr: () => undefined,
  // As lib/cli/main.ts: one verifying thread per core.
  threads: createThreadVerifier,
});
// Warm-up: one credential that needs no network, so both engines start with their code compiled.
await runCli(['verify', '--json', config.warmup], io([]));
const out: string[] = [];
const started = performance.now();
await runCli(
  [
    'verify',
    '--json',
    '--insecure-localhost',
    '--concurrency',
    String(config.concurrency),
    '--list',
    config.list,
  ],
  io(out),
);
const wallMs = performance.now() - started;
const statuses = out.map((line) => (JSON.parse(line) as { status: string }).status);
console.log(JSON.stringify({ wallMs, statuses }));
