// Node composition root for the CLI: real process arguments, files, stdin, fetch and clock.
// This is the only lib/ file that may touch Node's globals (checked by tsconfig.json, not
// tsconfig.lib.json).

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { readAtMost } from './node-files';
import { createNodeHost } from './node-host';
import { runCli } from './run-cli';
import { createThreadVerifier } from './verify-threads';

/**
 * Standard input, read once (no further than the largest input the verifier takes) and handed
 * to every `-` given: each gets its own copy.
 */
let stdin: Promise<Uint8Array> | undefined;
const readStdin = async () => {
  stdin ??= readAtMost(process.stdin);
  return (await stdin).slice();
};

/** A list file's lines, streamed: a list of a million paths is never held whole. */
function readLines(path: string): AsyncIterable<string> {
  const input = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  return createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

// Ctrl-C once: the batch prints what finished and stops; twice: leave at once.
const interruption = new AbortController();
process.on('SIGINT', () => {
  if (interruption.signal.aborted) process.exit(130);
  interruption.abort();
});

const code = await runCli(process.argv.slice(2), {
  ...createNodeHost(),
  elapsedMs: () => performance.now(),
  readStdin,
  readLines,
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[K' : ''}${text}\n`),
  ...(process.stderr.isTTY
    ? { progress: (line: string) => process.stderr.write(`\r\x1b[K${line}`) }
    : {}),
  interrupted: interruption.signal,
  threads: (request, fallback, count) => createThreadVerifier(request, fallback, count),
});
if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
// Verifications abandoned by an interruption may still hold sockets: leave once output is out.
if (code === 130) process.stdout.write('', () => process.exit(code));
else process.exitCode = code;
