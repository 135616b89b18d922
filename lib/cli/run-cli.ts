// The `credlens` commands (verify here, in batches: batch.ts; skills and match in
// skills-commands.ts), independent of Node: arguments, file access, output and the
// network all come in through `io`, so tests can drive it directly. lib/cli/main.ts wires it
// to the real process.

import { withHolderName } from '../holder';
import { compact } from '../shared/compact';
import { runBatch } from './batch';
import { formatResult } from './format-result';
import type { CliIo } from './io';
import { createProgress } from './progress';
import { SKILLS_USAGE } from './skills-usage';
import { isUrlInput } from './verify-input';
import { createInputVerifier, type VerifyRequest } from './verify-request';

export type { CliIo } from './io';

/** Inputs verified at once unless --concurrency says otherwise. */
export const DEFAULT_CONCURRENCY = 16;
export const MAX_CONCURRENCY = 256;
/**
 * Verifying threads at most. One by default: measured on 1,000 credentials (2 cores), a thread
 * per core took 2.2-2.9 s against 1.2-1.35 s on the main thread alone, each thread paying for
 * its own start, code loading and cold caches; more threads pay off only on much larger batches.
 */
export const MAX_THREADS = 8;

export const USAGE = `Usage: credlens verify [options] <file|url|->... [--list <file|->]

Verifies Open Badges 3.0 / 2.0, CLR 2.0 and W3C Verifiable Credentials and Presentations (JSON,
JWT, baked PNG/SVG) and prints a verdict for each input, in the order given. Inputs are verified
${DEFAULT_CONCURRENCY} at a time; documents they share (an issuer's DID document, a status list) are fetched once.
  --json                one JSON object per input per line (JSON Lines)
  --list <file>         also verify every path or URL listed in <file>, one per line (- reads the
                        list from standard input; blank lines and lines starting with # are skipped)
  --concurrency <n>     inputs verified at once (1-${MAX_CONCURRENCY}, default ${DEFAULT_CONCURRENCY})
  --threads <n>         verify on n threads (1-${MAX_THREADS}, default 1); worth it only for batches
                        of many thousands, since each thread starts cold
  --insecure-localhost  allow plain http to 127.0.0.1/localhost (tests and demos only)
  --now <time>          judge validity dates at this time instead of now
  --recipient <email>   check the credential was issued to this identity (hashed recipient)
  --holder-name <name>  check the credential is in this person's name (a holder check; a
                        genuine credential in another name comes back "misattributed")
  --challenge <s>       the challenge a presentation's holder must have signed (JWT: nonce)
  --domain <s>          the domain a presentation must be meant for (JWT: aud)
  -                     read one credential or presentation from standard input
On a terminal, standard error shows progress; Ctrl-C prints every result already finished and stops.
Exit status: 0 when every input is verified or confirmed, 1 otherwise, 2 for usage errors,
130 when interrupted.`;

type Options = {
  json: boolean;
  insecureLocalhost: boolean;
  concurrency: number;
  threads: number;
  list?: string;
  now?: Date;
  recipient?: string;
  holderName?: string;
  challenge?: string;
  domain?: string;
  inputs: string[];
};

/** Runs the CLI and resolves with the process exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h') {
    io.stdout(`${USAGE}\n\n${SKILLS_USAGE}`);
    return 0;
  }
  // Loaded only for these two: the skills pack they read is about 37 MB of heap, which a
  // `verify` batch would otherwise carry through every garbage collection.
  if (command === 'skills') return (await import('./skills-commands')).runSkills(rest, io);
  if (command === 'match') return (await import('./skills-commands')).runMatch(rest, io);
  if (command !== 'verify')
    return usageError(
      io,
      command === undefined ? 'missing command' : `unknown command "${command}"`,
    );
  const options = parseOptions(rest);
  if (typeof options === 'string') return usageError(io, options);
  if (options.list !== undefined && io.readLines === undefined)
    return usageError(io, '--list is not available here');
  return runVerify(options, io);
}

async function runVerify(options: Options, io: CliIo): Promise<number> {
  const request: VerifyRequest = {
    insecureLocalhost: options.insecureLocalhost,
    ...compact({
      now: options.now?.toISOString(),
      recipient: options.recipient,
      challenge: options.challenge,
      domain: options.domain,
    }),
  };
  const host =
    options.concurrency > 1 && io.ed25519Batch !== undefined
      ? { ...io, ed25519: io.ed25519Batch }
      : io;
  // Standard input can be read only here; a single input gains nothing from other threads.
  const threads =
    io.threads !== undefined &&
    options.threads > 1 &&
    !options.inputs.includes('-') &&
    options.concurrency > 1
      ? io.threads(request, () => createInputVerifier(request, host), options.threads)
      : undefined;
  const verify = threads?.verify ?? createInputVerifier(request, host);
  const elapsedMs = io.elapsedMs ?? (() => io.now().getTime());
  const progress =
    io.progress === undefined
      ? undefined
      : createProgress({
          draw: io.progress,
          elapsedMs,
          ...compact({ total: await countInputs(options, io) }),
        });
  let allGood = true;
  const summary = await runBatch(
    inputsOf(options, io),
    (input) => verify(input),
    (input, verified) => {
      const result =
        options.holderName === undefined ? verified : withHolderName(verified, options.holderName);
      allGood &&= result.status === 'verified' || result.status === 'confirmed';
      progress?.done(result.status);
      io.stdout(
        options.json ? JSON.stringify({ input, ...result }) : `${formatResult(input, result)}\n`,
      );
    },
    {
      concurrency: options.concurrency,
      // A link waits on its server first: started early, its round trips overlap the files'
      // computing instead of trailing the batch.
      prefer: isUrlInput,
      ...compact({ signal: io.interrupted, turn: io.nextTurn }),
    },
  );
  progress?.flush();
  await threads?.close();
  if (summary.interrupted) {
    io.stderr(
      `credlens: interrupted: ${summary.emitted} of ${summary.started} started inputs finished and were printed; the rest were not verified`,
    );
    return 130;
  }
  return allGood ? 0 : 1;
}

/** The inputs in order: the arguments, then the list file's lines, read as they are needed. */
async function* inputsOf(options: Options, io: CliIo): AsyncGenerator<string> {
  yield* options.inputs;
  if (options.list === undefined || io.readLines === undefined) return;
  for await (const line of io.readLines(options.list)) {
    const input = line.trim();
    if (input !== '' && !input.startsWith('#')) yield input;
  }
}

/** The number of inputs, for an ETA: known unless the list comes from standard input. */
async function countInputs(options: Options, io: CliIo): Promise<number | undefined> {
  if (options.list === undefined) return options.inputs.length;
  if (options.list === '-') return undefined;
  let count = options.inputs.length;
  for await (const _ of inputsOf({ ...options, inputs: [] }, io)) count++;
  return count;
}

function parseOptions(args: readonly string[]): Options | string {
  const options: Options = {
    json: false,
    insecureLocalhost: false,
    concurrency: DEFAULT_CONCURRENCY,
    threads: 1,
    inputs: [],
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') options.json = true;
    else if (arg === '--insecure-localhost') options.insecureLocalhost = true;
    else if (arg === '--now') {
      const value = args[++i];
      const time = value === undefined ? Number.NaN : Date.parse(value);
      if (Number.isNaN(time)) return '--now needs an ISO-8601 date-time';
      options.now = new Date(time);
    } else if (arg === '--concurrency') {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value < 1 || value > MAX_CONCURRENCY)
        return `--concurrency needs a whole number from 1 to ${MAX_CONCURRENCY}`;
      options.concurrency = value;
    } else if (arg === '--threads') {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value < 1 || value > MAX_THREADS)
        return `--threads needs a whole number from 1 to ${MAX_THREADS}`;
      options.threads = value;
    } else if (arg === '--list') {
      const value = args[++i];
      if (value === undefined || value === '')
        return '--list needs a file (or - for standard input)';
      if (options.list !== undefined) return '--list may be given once';
      options.list = value;
    } else if (arg === '--recipient') {
      const value = args[++i];
      if (value === undefined || value.trim() === '')
        return '--recipient needs an identity, such as an email address';
      options.recipient = value;
    } else if (arg === '--holder-name') {
      const value = args[++i];
      if (value === undefined || value.trim() === '')
        return '--holder-name needs the name of the person the credentials should belong to';
      options.holderName = value.slice(0, 300);
    } else if (arg === '--challenge' || arg === '--domain') {
      const value = args[++i];
      if (value === undefined || value === '') return `${arg} needs a value`;
      options[arg === '--challenge' ? 'challenge' : 'domain'] = value;
    } else if (arg.startsWith('--')) return `unknown option "${arg}"`;
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0 && options.list === undefined)
    return 'give at least one file, URL, - or --list <file>';
  if (options.list === '-' && options.inputs.includes('-'))
    return 'standard input cannot be both a credential (-) and the list (--list -)';
  return options;
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`credlens: ${message}\n\n${USAGE}`);
  return 2;
}
