// Splits and decodes a compact JWS (RFC 7515 §7.1) carrying a credential, with size limits and
// a zod-checked header. Only decoding happens here; the signature is checked in verify-jws.ts.

import { z } from 'zod';
import { err, ok, type Result } from '../../shared/result';
import { asRecord } from '../../shared/text';
import { decodeBase64url } from '../keys';
import type { CheckCode } from '../result';

/** Longest compact JWS accepted. */
export const MAX_JWS_CHARS = 1024 * 1024;

export const JwsHeaderSchema = z.looseObject({
  alg: z.string().min(1).max(32),
  kid: z.string().min(1).max(2048).optional(),
  typ: z.string().max(64).optional(),
  cty: z.string().max(64).optional(),
  jwk: z.record(z.string(), z.unknown()).optional(),
  crit: z.array(z.string()).optional(),
});

export type JwsHeader = z.infer<typeof JwsHeaderSchema>;

export type ParsedJws = {
  compact: string;
  header: JwsHeader;
  payload: Record<string, unknown>;
  /** ASCII(BASE64URL(header) || '.' || BASE64URL(payload)): the bytes that were signed. */
  signingInput: Uint8Array;
  signature: Uint8Array;
};

export type JwsError = {
  code: Extract<CheckCode, 'jwt_malformed' | 'input_too_large'>;
  detail: string;
};

const COMPACT_JWS = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/;

/** True when `text` has the shape of a compact JWS (three base64url segments). */
export function isCompactJws(text: string): boolean {
  return text.length <= MAX_JWS_CHARS && COMPACT_JWS.test(text);
}

/** Decodes a compact JWS into its header, JSON payload and signature bytes. */
export function parseCompactJws(text: string): Result<ParsedJws, JwsError> {
  const compact = text.trim();
  if (compact.length > MAX_JWS_CHARS)
    return err({ code: 'input_too_large', detail: `JWS longer than ${MAX_JWS_CHARS} characters` });
  const parts = COMPACT_JWS.exec(compact);
  if (parts === null) return malformed('not a compact JWS (header.payload.signature)');
  const [, headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  const header = decodeJsonSegment(headerPart);
  const parsedHeader = JwsHeaderSchema.safeParse(header);
  if (!parsedHeader.success) return malformed('the JWS header is not a JSON object with an alg');
  const payload = asRecord(decodeJsonSegment(payloadPart));
  if (payload === undefined) return malformed('the JWS payload is not a JSON object');
  const signature = signaturePart === '' ? new Uint8Array(0) : decodeBase64url(signaturePart);
  if (signature === undefined) return malformed('the JWS signature is not base64url');
  return ok({
    compact,
    header: parsedHeader.data,
    payload,
    signingInput: new TextEncoder().encode(`${headerPart}.${payloadPart}`),
    signature,
  });
}

function decodeJsonSegment(segment: string): unknown {
  const bytes = decodeBase64url(segment);
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

function malformed(detail: string): Result<never, JwsError> {
  return err({ code: 'jwt_malformed', detail });
}
