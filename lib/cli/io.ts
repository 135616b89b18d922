// What the command line receives from its host (lib/cli/main.ts in Node, tests in-process):
// the network and clock (Deps), files, standard input and output, and a native Ed25519.

import type { Deps } from '../deps';
import type { Ed25519Verifier } from '../verify';

export type CliIo = Deps & {
  readFile: (path: string) => Promise<Uint8Array>;
  readStdin: () => Promise<Uint8Array>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The host's Ed25519 primitive (node:crypto in lib/cli/main.ts). */
  ed25519?: Ed25519Verifier;
};
