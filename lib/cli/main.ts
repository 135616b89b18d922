// Node composition root for the CLI: real process arguments, files, stdin, fetch and clock.
// This is the only lib/ file that may touch Node's globals (checked by tsconfig.json, not
// tsconfig.lib.json).

import { readFile } from 'node:fs/promises';
import { createNodeEd25519Verifier } from './node-ed25519';
import { runCli } from './run-cli';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

const code = await runCli(process.argv.slice(2), {
  fetch: (input, init) => fetch(input, init),
  now: () => new Date(),
  ed25519: createNodeEd25519Verifier(),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  readStdin,
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
