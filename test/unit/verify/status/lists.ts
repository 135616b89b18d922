// Status list fixtures for the status tests: encoded bitstrings (any entry width, any length),
// BitstringStatusListCredential and StatusList2021Credential documents (signed by the caller with
// the test issuer), credentialStatus entries, and a one-call verifier over a fake fetch.

import { gzipSync } from 'node:zlib';
import { base64urlnopad } from '@scure/base';
import { type VerificationResult, verifyCredential } from '../../../../lib/verify';
import { fakeFetch, fixedClock, type Route } from '../../../helpers/fake-fetch';

export const LIST_URL = 'https://status.example/lists/revocation';
export const SUSPENSION_URL = 'https://status.example/lists/suspension';
export const MESSAGE_URL = 'https://status.example/lists/message';
export const W3C_MINIMUM = 131_072;

/** `u` + base64url(gzip(bits)): `values` maps entry index → value, entries `size` bits wide. */
export function encodeList(
  values: Record<number, number>,
  options: { entries?: number; size?: number; prefix?: 'u' | '' } = {},
): string {
  const size = options.size ?? 1;
  const bits = new Uint8Array(Math.ceil(((options.entries ?? W3C_MINIMUM) * size) / 8));
  for (const [index, value] of Object.entries(values)) {
    for (let b = 0; b < size; b++) {
      if (((value >> (size - 1 - b)) & 1) === 0) continue;
      const bit = Number(index) * size + b;
      bits[bit >> 3] = (bits[bit >> 3] as number) | (0x80 >> (bit & 7));
    }
  }
  return `${options.prefix ?? 'u'}${base64urlnopad.encode(gzipSync(bits))}`;
}

/** An unsigned BitstringStatusListCredential (VC 2.0). */
export function bitstringList(
  issuer: string,
  url: string,
  statusPurpose: string | string[],
  encodedList: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer,
    validFrom: '2026-01-01T00:00:00Z',
    credentialSubject: {
      id: `${url}#list`,
      type: 'BitstringStatusList',
      statusPurpose,
      encodedList,
    },
    ...overrides,
  };
}

/** A BitstringStatusListEntry pointing at `url`. */
export function bitstringEntry(
  url: string,
  statusPurpose: string,
  index: string | number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: `${url}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose,
    statusListIndex: index,
    statusListCredential: url,
    ...extra,
  };
}

const VC11_CONTEXTS = [
  'https://www.w3.org/2018/credentials/v1',
  'https://w3id.org/vc/status-list/2021/v1',
  'https://w3id.org/security/data-integrity/v2',
];

/** An unsigned StatusList2021Credential (VC 1.1, encodedList without the `u` prefix). */
export function statusList2021(
  issuer: string,
  url: string,
  set: number[],
): Record<string, unknown> {
  return {
    '@context': VC11_CONTEXTS,
    id: url,
    type: ['VerifiableCredential', 'StatusList2021Credential'],
    issuer,
    issuanceDate: '2026-01-01T00:00:00Z',
    credentialSubject: {
      id: `${url}#list`,
      type: 'StatusList2021',
      statusPurpose: 'revocation',
      encodedList: encodeList(Object.fromEntries(set.map((i) => [i, 1])), { prefix: '' }),
    },
  };
}

/** An unsigned VC 1.1 credential with a StatusList2021Entry. */
export function vc11WithStatusList2021(issuer: string, url: string, index: string) {
  return {
    '@context': VC11_CONTEXTS,
    id: 'urn:uuid:2f6f7d36-6b4b-4f33-9d1f-0c0ffee00001',
    type: ['VerifiableCredential'],
    issuer,
    issuanceDate: '2026-01-01T00:00:00Z',
    credentialSubject: { id: 'did:example:learner' },
    credentialStatus: {
      id: `${url}#${index}`,
      type: 'StatusList2021Entry',
      statusPurpose: 'revocation',
      statusListIndex: index,
      statusListCredential: url,
    },
  };
}

/** Verifies `credential` with a fake fetch serving `routes`; returns the result and the fetch. */
export async function verifyWith(credential: unknown, routes: Record<string, Route> = {}) {
  const fetch = fakeFetch(routes);
  const result: VerificationResult = await verifyCredential(
    { kind: 'json', value: credential },
    { fetch, now: fixedClock() },
  );
  const status = result.checks.filter((c) => c.id === 'status');
  return { result, status, fetch };
}
