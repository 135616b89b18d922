// Reads a job posting for the skills and match commands: a file, standard input or a URL; HTML
// (with or without schema.org JobPosting JSON-LD) or plain text.

import type { Deps } from '../deps';
import { safeFetch } from '../fetch';

export type RoleSource = {
  read(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
};

export const ROLE_MEDIA_TYPES = [
  'text/html',
  'text/plain',
  'application/xhtml+xml',
  'application/json',
  'application/ld+json',
];
const MAX_ROLE_BYTES = 2 * 1024 * 1024;

/** The text of `input`, or a reason it could not be read. */
export async function readRoleText(
  input: string,
  io: Deps & RoleSource,
  insecureLocalhost: boolean,
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  let bytes: Uint8Array;
  if (/^https?:\/\//i.test(input)) {
    const fetched = await safeFetch(input, {
      ...io,
      policy: { insecureLocalhost },
      accept: ROLE_MEDIA_TYPES,
      maxBytes: MAX_ROLE_BYTES,
    });
    if (!fetched.ok) return { ok: false, reason: fetched.error.detail };
    bytes = fetched.value.body;
  } else {
    try {
      bytes = input === '-' ? await io.readStdin() : await io.read(input);
    } catch {
      return { ok: false, reason: 'cannot read this file' };
    }
  }
  if (bytes.byteLength > MAX_ROLE_BYTES) return { ok: false, reason: 'larger than 2 MB' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not UTF-8 text' };
  }
}
