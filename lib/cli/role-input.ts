// Reads a job posting for the skills and match commands: a file, standard input or a URL; an
// HTML page is laid out as a DOM (linkedom) and read by the popup's own reader (lib/roles:
// JSON-LD, the site's adapter for the page's address, the generic reader), a JobPosting JSON
// document or plain text by the same mapping the popup uses for pasted text.

import type { Deps } from '../deps';
import { safeFetch } from '../fetch';
import {
  detectJobPosting,
  type JobPostingInfo,
  looksLikeHtml,
  type PostingOfString,
  postingOfString,
  type RoleRoot,
} from '../roles';
import { isUrlInput } from './verify-input';

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
  if (isUrlInput(input)) {
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

/** A posting as the CLI read it: the page reader's answer, or the string's. */
export type CliPosting = JobPostingInfo | PostingOfString;

/** The posting `input` holds, read as the popup reads a page; or a reason it could not be read. */
export async function readRolePosting(
  input: string,
  io: Deps & RoleSource,
  insecureLocalhost: boolean,
): Promise<{ ok: true; posting: CliPosting } | { ok: false; reason: string }> {
  const text = await readRoleText(input, io, insecureLocalhost);
  if (!text.ok) return text;
  if (!looksLikeHtml(text.text)) return { ok: true, posting: postingOfString(text.text) };
  const { parseHTML } = await import('linkedom');
  const root = parseHTML(text.text).document as unknown as RoleRoot;
  const page = detectJobPosting(root, pageUrl(input, root));
  return { ok: true, posting: page ?? postingOfString(text.text) };
}

/**
 * The address the page was served from: the URL given, else the page's own `og:url` or canonical
 * link (a saved page), so the same site adapter reads it as in the browser.
 */
function pageUrl(input: string, root: RoleRoot): URL {
  const candidates = [input];
  for (const selector of ['meta[property="og:url"]', 'link[rel="canonical"]']) {
    const el = root.querySelectorAll(selector)[0];
    const value = el?.getAttribute('content') ?? el?.getAttribute('href');
    if (value) candidates.push(value);
  }
  for (const candidate of candidates) {
    if (!isUrlInput(candidate)) continue;
    try {
      return new URL(candidate);
    } catch {
      // not a URL: try the next
    }
  }
  return new URL('file:///posting.html');
}
