// One CLI input (a file, `-` for standard input, or a URL) verified with the core; an
// unreadable file is a result, not a crash.

import {
  type CredentialInput,
  check,
  deriveStatus,
  type VerificationResult,
  verifyCredential,
} from '../verify';

export type InputReader = {
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
};

export async function verifyInput(
  input: string,
  options: Parameters<typeof verifyCredential>[1],
  io: InputReader,
): Promise<VerificationResult> {
  const source = await toCredentialInput(input, io);
  if (source === undefined) {
    const checks = [check('format', 'unknown', 'input_unreadable', 'cannot read this file')];
    return { status: deriveStatus(checks), checks, format: { securing: 'unknown' }, issuer: {} };
  }
  return verifyCredential(source, options);
}

/** Whether `text` is an http(s) link: a command-line input that is not a file, a page's own URL. */
export function isUrlInput(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

async function toCredentialInput(
  input: string,
  io: InputReader,
): Promise<CredentialInput | undefined> {
  if (isUrlInput(input)) return { kind: 'url', url: input };
  try {
    return {
      kind: 'bytes',
      bytes: input === '-' ? await io.readStdin() : await io.readFile(input),
    };
  } catch {
    return undefined;
  }
}
