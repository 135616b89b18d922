// Turns whatever the caller has (parsed JSON, a JSON string, raw bytes, a URL) into one
// credential document or compact JWS — unwrapping baked PNG/SVG badge images on the way — with
// size and nesting limits, or a check saying precisely why it could not.

import type { Deps } from '../deps';
import { safeFetch, type UrlPolicy } from '../fetch';
import { err, ok, type Result } from '../shared/result';
import { asRecord } from '../shared/text';
import { extractFromPng, extractFromSvg, isPng, isSvg, MAX_IMAGE_BYTES } from './baked';
import { isCompactJws } from './jwt';
import { type Check, type Container, check } from './result';

export type CredentialInput =
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; text: string }
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'url'; url: string }
  /** A credential the caller already fetched with `fetchCredential` (to key a cache by it). */
  | { kind: 'fetched'; fetched: FetchedCredential };

/** The bytes served at a credential URL (after redirects), or why there are none. */
export type FetchedCredential = Result<{ bytes: Uint8Array; url: string }, Check>;

/** Largest credential document accepted, in bytes (UTF-8) or UTF-16 units for strings. */
export const MAX_INPUT_BYTES = 1024 * 1024;
/** Deepest nesting of arrays and objects accepted. */
export const MAX_DEPTH = 48;
/** Most JSON values (objects, arrays, scalars) accepted in one document. */
export const MAX_NODES = 50_000;

/** Media types a credential link may serve: JSON, JWT, or a baked badge image. */
export const CREDENTIAL_MEDIA_TYPES = [
  'application/json',
  'application/ld+json',
  'text/plain',
  'application/jwt',
  'application/vc+jwt',
  'application/vc+ld+json+jwt',
  'image/png',
  'image/svg+xml',
];

export type { Container } from './result';

/** A JSON credential document, or a compact JWS that secures one; where it came from. */
export type ParsedInput = ({ document: Record<string, unknown> } | { jws: string }) & {
  url?: string;
  container?: Container;
};

type Read = Result<ParsedInput | { follow: string; container: Container }, Check>;
export type CredentialFetchDeps = Deps & { policy: UrlPolicy };
type Deps2 = CredentialFetchDeps;

/** Reads an input; failures are `format` checks, never exceptions. */
export async function readInput(
  input: CredentialInput,
  deps: Deps2,
): Promise<Result<ParsedInput, Check>> {
  const read =
    input.kind === 'url'
      ? await fromUrl(input.url, deps)
      : input.kind === 'fetched'
        ? await fromFetched(input.fetched)
        : await fromLocal(input);
  if (!read.ok || !('follow' in read.value)) return read as Result<ParsedInput, Check>;
  // A baked image may hold just the URL of its credential (OB 2.0 hosted assertions do): follow it once.
  const { follow, container } = read.value;
  const followed = await fromUrl(follow, deps);
  if (!followed.ok) return followed;
  if ('follow' in followed.value)
    return err(check('format', 'fail', 'not_a_credential', 'the baked URL leads to another image'));
  return ok({ ...followed.value, container });
}

async function fromLocal(
  input: Exclude<CredentialInput, { kind: 'url' } | { kind: 'fetched' }>,
): Promise<Read> {
  if (input.kind === 'json') return fromValue(input.value);
  if (input.kind === 'text') return fromText(input.text);
  return fromBytes(input.bytes);
}

/** Fetches a credential URL under the policy: its bytes, or the check saying why not. */
export async function fetchCredential(
  url: string,
  deps: CredentialFetchDeps,
): Promise<FetchedCredential> {
  const fetched = await safeFetch(url, {
    ...deps,
    accept: CREDENTIAL_MEDIA_TYPES,
    maxBytes: MAX_IMAGE_BYTES,
  });
  if (!fetched.ok) {
    // 410 Gone is how hosted-badge platforms (Credly, Badgr) answer for a revoked credential.
    if (fetched.error.status === 410) {
      return err(check('status', 'fail', 'status_revoked', 'the issuer answers 410 Gone: revoked'));
    }
    return err(
      check(
        'format',
        'unknown',
        fetched.error.code,
        `could not fetch the credential: ${fetched.error.detail}`,
        { url },
      ),
    );
  }
  return ok({ bytes: fetched.value.body, url: fetched.value.url });
}

async function fromUrl(url: string, deps: Deps2): Promise<Read> {
  return fromFetched(await fetchCredential(url, deps));
}

async function fromFetched(fetched: FetchedCredential): Promise<Read> {
  if (!fetched.ok) return fetched;
  const parsed = await fromBytes(fetched.value.bytes);
  return parsed.ok && !('follow' in parsed.value)
    ? ok({ ...parsed.value, url: fetched.value.url })
    : parsed;
}

async function fromBytes(bytes: Uint8Array): Promise<Read> {
  if (bytes.byteLength === 0)
    return err(check('format', 'fail', 'input_empty', 'the input is empty'));
  if (isPng(bytes)) {
    const baked = await extractFromPng(bytes);
    return baked.ok ? fromBaked(baked.value.text, 'png') : err(bakedCheck(baked.error));
  }
  if (bytes.byteLength > MAX_IMAGE_BYTES)
    return tooLarge(`larger than the ${MAX_IMAGE_BYTES}-byte limit for a file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return err(check('format', 'fail', 'json_invalid', 'the input is not UTF-8 text'));
  }
  return fromText(text);
}

function fromText(raw: string): Read {
  const text = raw.replace(/^\uFEFF/, '').trim();
  if (text === '') return err(check('format', 'fail', 'input_empty', 'the input is empty'));
  if (isSvg(text)) {
    const baked = extractFromSvg(text);
    return baked.ok ? fromBaked(baked.value.text, 'svg') : err(bakedCheck(baked.error));
  }
  if (text.length > MAX_INPUT_BYTES) return tooLarge();
  if (isCompactJws(text)) return ok({ jws: text });
  if (/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*~/.test(text)) {
    return err(
      check(
        'format',
        'unknown',
        'format_unsupported',
        'selective-disclosure JWTs (SD-JWT) are not supported',
      ),
    );
  }
  if (text.startsWith('<'))
    return err(
      check('format', 'fail', 'not_a_credential', 'markup (HTML or XML), not a credential'),
    );
  if (jsonDepth(text) > MAX_DEPTH) return tooDeep();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return err(check('format', 'fail', 'json_invalid', 'the input is not valid JSON'));
  }
  return fromValue(value);
}

function fromBaked(text: string, container: Container): Read {
  const trimmed = text.trim();
  if (/^https:\/\/\S+$/i.test(trimmed)) return ok({ follow: trimmed, container });
  const read = fromText(trimmed);
  return read.ok && !('follow' in read.value) ? ok({ ...read.value, container }) : read;
}

function fromValue(value: unknown): Read {
  const document = asRecord(value);
  if (document === undefined) {
    return err(check('format', 'fail', 'not_a_credential', 'a credential is a JSON object'));
  }
  const shape = measure(document);
  if (shape.depth > MAX_DEPTH) return tooDeep();
  if (shape.nodes > MAX_NODES) return tooLarge(`more than ${MAX_NODES} JSON values`);
  return ok({ document });
}

function bakedCheck(error: {
  code: 'image_malformed' | 'image_no_credential' | 'input_too_large';
  detail: string;
}): Check {
  return check('format', 'fail', error.code, error.detail);
}

/** Nesting depth of JSON text, counted outside strings, without parsing it. */
function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** Depth and node count of a parsed value, walked iteratively (no recursion to overflow). */
function measure(root: object): { depth: number; nodes: number } {
  // Two parallel stacks instead of [value, level] pairs: this runs on every input.
  const values: unknown[] = [root];
  const levels: number[] = [1];
  let depth = 0;
  let nodes = 0;
  while (values.length > 0) {
    const value = values.pop();
    const level = levels.pop() as number;
    nodes++;
    if (level > depth) depth = level;
    if (depth > MAX_DEPTH || nodes > MAX_NODES) break;
    if (value !== null && typeof value === 'object') {
      for (const child of Array.isArray(value) ? value : Object.values(value)) {
        values.push(child);
        levels.push(level + 1);
      }
    }
  }
  return { depth, nodes };
}

function tooLarge(detail = `larger than the ${MAX_INPUT_BYTES}-byte limit`): Result<never, Check> {
  return err(check('format', 'fail', 'input_too_large', detail));
}

function tooDeep(): Result<never, Check> {
  return err(check('format', 'fail', 'input_too_deep', `nested deeper than ${MAX_DEPTH} levels`));
}
