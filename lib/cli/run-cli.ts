// The `credlens` commands (verify here; skills and match in skills-commands.ts), independent of Node: arguments, file access, output and the
// network all come in through `io`, so tests can drive it directly. lib/cli/main.ts wires it
// to the real process.

import type { Deps } from '../deps';
import { withHolderName } from '../holder';
import { createVerifierCaches } from '../verify';
import { formatResult } from './format-result';
import type { CliIo } from './io';
import { runMatch, runSkills, SKILLS_USAGE } from './skills-commands';
import { verifyInput } from './verify-input';

export type { CliIo } from './io';

export const USAGE = `Usage: credlens verify [--json] [--insecure-localhost] [--now <ISO-8601>] [--recipient <email>] [--holder-name <name>] [--challenge <s>] [--domain <s>] <file|url|->...

Verifies Open Badges 3.0 / 2.0, CLR 2.0 and W3C Verifiable Credentials and Presentations (JSON,
JWT, baked PNG/SVG) and prints a verdict for each input.
  --json                one JSON object per input per line (JSON Lines)
  --insecure-localhost  allow plain http to 127.0.0.1/localhost (tests and demos only)
  --now <time>          judge validity dates at this time instead of now
  --recipient <email>   check the credential was issued to this identity (hashed recipient)
  --holder-name <name>  check the credential is in this person's name (a holder check; a
                        genuine credential in another name comes back "misattributed")
  --challenge <s>       the challenge a presentation's holder must have signed (JWT: nonce)
  --domain <s>          the domain a presentation must be meant for (JWT: aud)
  -                     read one credential or presentation from standard input
Exit status: 0 when every input is verified or confirmed, 1 otherwise, 2 for usage errors.`;

type Options = {
  json: boolean;
  insecureLocalhost: boolean;
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
  if (command === 'skills') return runSkills(rest, io);
  if (command === 'match') return runMatch(rest, io);
  if (command !== 'verify')
    return usageError(
      io,
      command === undefined ? 'missing command' : `unknown command "${command}"`,
    );
  const options = parseOptions(rest);
  if (typeof options === 'string') return usageError(io, options);
  const now = options.now;
  const deps: Deps = { ...io, now: now === undefined ? io.now : () => now };
  const caches = createVerifierCaches();
  let allGood = true;
  for (const input of options.inputs) {
    const verified = await verifyInput(
      input,
      {
        ...deps,
        ...caches,
        ...(io.ed25519 === undefined ? {} : { ed25519: io.ed25519 }),
        insecureLocalhost: options.insecureLocalhost,
        ...(options.recipient === undefined ? {} : { recipient: options.recipient }),
        ...(options.challenge === undefined ? {} : { challenge: options.challenge }),
        ...(options.domain === undefined ? {} : { domain: options.domain }),
      },
      io,
    );
    const result =
      options.holderName === undefined ? verified : withHolderName(verified, options.holderName);
    allGood &&= result.status === 'verified' || result.status === 'confirmed';
    io.stdout(
      options.json ? JSON.stringify({ input, ...result }) : `${formatResult(input, result)}\n`,
    );
  }
  return allGood ? 0 : 1;
}

function parseOptions(args: readonly string[]): Options | string {
  const options: Options = { json: false, insecureLocalhost: false, inputs: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') options.json = true;
    else if (arg === '--insecure-localhost') options.insecureLocalhost = true;
    else if (arg === '--now') {
      const value = args[++i];
      const time = value === undefined ? Number.NaN : Date.parse(value);
      if (Number.isNaN(time)) return '--now needs an ISO-8601 date-time';
      options.now = new Date(time);
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
  if (options.inputs.length === 0) return 'give at least one file, URL or -';
  return options;
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`credlens: ${message}\n\n${USAGE}`);
  return 2;
}
