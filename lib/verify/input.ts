// Turns whatever the caller has (parsed JSON, a JSON string, raw bytes, a URL) into one JSON
// document, with size and nesting limits, or a check saying precisely why it could not.

import type { Deps } from '../deps';
import { safeFetch, type UrlPolicy } from '../fetch';
import { err, ok, type Result } from '../shared/result';
import { isCompactJws } from './jwt/parse-jws';
import { type Check, check } from './result';

export type CredentialInput =
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; text: string }
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'url'; url: string };

/** Largest credential document accepted, in bytes (UTF-8) or UTF-16 units for strings. */
export const MAX_INPUT_BYTES = 1024 * 1024;
/** Deepest nesting of arrays and objects accepted. */
export const MAX_DEPTH = 48;
/** Most JSON values (objects, arrays, scalars) accepted in one document. */
export const MAX_NODES = 50_000;

/** A JSON credential document, or a compact JWS that secures one. */
export type ParsedInput = ({ document: Record<string, unknown> } | { jws: string }) & {
  url?: string;
};

/** Reads an input into a JSON object; failures are `format` checks, never exceptions. */
export async function readInput(
  input: CredentialInput,
  deps: Deps & { policy: UrlPolicy },
): Promise<Result<ParsedInput, Check>> {
  switch (input.kind) {
    case 'json':
      return fromValue(input.value);
    case 'text':
      return fromText(input.text);
    case 'bytes':
      return fromBytes(input.bytes);
    case 'url': {
      const fetched = await safeFetch(input.url, {
        ...deps,
        policy: deps.policy,
        maxBytes: MAX_INPUT_BYTES,
      });
      if (!fetched.ok) {
        return err(
          check(
            'format',
            'unknown',
            fetched.error.code,
            `could not fetch the credential: ${fetched.error.detail}`,
          ),
        );
      }
      const parsed = fromBytes(fetched.value.body);
      return parsed.ok ? ok({ ...parsed.value, url: fetched.value.url }) : parsed;
    }
  }
}

function fromBytes(bytes: Uint8Array): Result<ParsedInput, Check> {
  if (bytes.byteLength === 0)
    return err(check('format', 'fail', 'input_empty', 'the input is empty'));
  if (bytes.byteLength > MAX_INPUT_BYTES) return tooLarge();
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    return err(
      check(
        'format',
        'unknown',
        'format_unsupported',
        'baked badge images (PNG) are not supported yet',
      ),
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return err(check('format', 'fail', 'json_invalid', 'the input is not UTF-8 text'));
  }
  return fromText(text);
}

function fromText(raw: string): Result<ParsedInput, Check> {
  const text = raw.replace(/^\uFEFF/, '').trim();
  if (text === '') return err(check('format', 'fail', 'input_empty', 'the input is empty'));
  if (text.length > MAX_INPUT_BYTES) return tooLarge();
  if (isCompactJws(text)) return ok({ jws: text });
  if (text.startsWith('<')) {
    return err(
      check(
        'format',
        'unknown',
        'format_unsupported',
        'baked badge images (SVG) are not supported yet',
      ),
    );
  }
  if (jsonDepth(text) > MAX_DEPTH) return tooDeep();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return err(check('format', 'fail', 'json_invalid', 'the input is not valid JSON'));
  }
  return fromValue(value);
}

function fromValue(value: unknown): Result<ParsedInput, Check> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return err(check('format', 'fail', 'not_a_credential', 'a credential is a JSON object'));
  }
  const shape = measure(value);
  if (shape.depth > MAX_DEPTH) return tooDeep();
  if (shape.nodes > MAX_NODES) return tooLarge();
  return ok({ document: value as Record<string, unknown> });
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
  const stack: Array<[unknown, number]> = [[root, 1]];
  let depth = 0;
  let nodes = 0;
  while (stack.length > 0) {
    const [value, level] = stack.pop() as [unknown, number];
    nodes++;
    if (level > depth) depth = level;
    if (depth > MAX_DEPTH || nodes > MAX_NODES) break;
    if (value !== null && typeof value === 'object') {
      for (const child of Object.values(value)) stack.push([child, level + 1]);
    }
  }
  return { depth, nodes };
}

function tooLarge(): Result<never, Check> {
  return err(
    check('format', 'fail', 'input_too_large', `larger than the ${MAX_INPUT_BYTES}-byte limit`),
  );
}

function tooDeep(): Result<never, Check> {
  return err(check('format', 'fail', 'input_too_deep', `nested deeper than ${MAX_DEPTH} levels`));
}
