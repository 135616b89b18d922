// DID methods Credlens resolves: did:key (Ed25519, P-256, P-384; expanded locally), did:jwk (decoded
// locally) and did:web (fetched). STANDARDS §5.7; w3c-ccg/did-key-spec, did-method-web,
// quartzjer/did-jwk.

import { createMemo } from '../../shared/memo';
import { err, ok, type Result } from '../../shared/result';
import { asRecord, deepFreeze } from '../../shared/text';
import { decodeBase64url, decodeEd25519Jwk, decodeMultikey } from './public-key';
import { decodeSecp256k1Multikey, isSecp256k1Multikey } from './secp256k1-key';

export type ControllerDocument = Record<string, unknown> & { id: string };

export type DidError = {
  code:
    | 'did_method_unsupported'
    | 'key_malformed'
    | 'key_private_exposed'
    | 'controller_document_invalid';
  detail: string;
};

/** did:key → its DID document, without any network access: Ed25519 (`z6Mk…`), P-256 (`zDn…`), P-384 (`z82…`) and secp256k1 (`zQ3s…`) keys. */
export function expandDidKey(did: string): Result<ControllerDocument, DidError> {
  const multibase = did.slice('did:key:'.length);
  const key = isSecp256k1Multikey(multibase)
    ? decodeSecp256k1Multikey(multibase)
    : decodeMultikey(multibase);
  if (!key.ok) {
    return err({
      code: 'key_malformed',
      detail: `did:key is not a supported key: ${key.error.detail}`,
    });
  }
  const methodId = `${did}#${multibase}`;
  return ok({
    id: did,
    verificationMethod: [
      { id: methodId, type: 'Multikey', controller: did, publicKeyMultibase: multibase },
    ],
    assertionMethod: [methodId],
    authentication: [methodId],
    capabilityInvocation: [methodId],
    capabilityDelegation: [methodId],
  });
}

/** did:jwk → its DID document; the single method is `#0`. */
export function expandDidJwk(did: string): Result<ControllerDocument, DidError> {
  const bytes = decodeBase64url(did.slice('did:jwk:'.length));
  let jwk: Record<string, unknown> | undefined;
  try {
    jwk =
      bytes === undefined
        ? undefined
        : asRecord(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
  } catch {
    jwk = undefined;
  }
  if (jwk === undefined) {
    return err({ code: 'key_malformed', detail: 'did:jwk does not hold a JSON Web Key' });
  }
  const checked = decodeEd25519Jwk(jwk);
  if (!checked.ok && checked.error.code === 'key_private_exposed') return err(checked.error);
  const methodId = `${did}#0`;
  // did:jwk §2.2: `use: "sig"` keys sign only, `use: "enc"` keys only agree keys.
  const use = jwk.use;
  const signing =
    use === 'enc'
      ? {}
      : {
          assertionMethod: [methodId],
          authentication: [methodId],
          capabilityInvocation: [methodId],
          capabilityDelegation: [methodId],
        };
  return ok({
    id: did,
    verificationMethod: [
      { id: methodId, type: 'JsonWebKey2020', controller: did, publicKeyJwk: jwk },
    ],
    ...signing,
    ...(use === 'sig' ? {} : { keyAgreement: [methodId] }),
  });
}

/**
 * did:web → the https URL of its DID document (did-method-web §3.2: `:` → `/`, the port's
 * `%3A` decoded, `/.well-known` when there is no path, then `/did.json`). With
 * `insecureLocalhost`, a loopback host maps to plain http for tests and the demo.
 */
export function didWebToUrl(
  did: string,
  options: { insecureLocalhost?: boolean } = {},
): Result<string, DidError> {
  // Asked twice for every credential of a batch (its documents fetched ahead, then its key),
  // mostly about the same few issuers.
  const insecure = options.insecureLocalhost === true;
  return rememberDidWebUrl(`${insecure ? 1 : 0}${did}`, () => deepFreeze(mapDidWeb(did, insecure)));
}

const rememberDidWebUrl = createMemo<Result<string, DidError>>({
  maxEntries: 256,
  maxKeyLength: 1 + 2_048,
});

function mapDidWeb(did: string, insecureLocalhost: boolean): Result<string, DidError> {
  const parts = did.slice('did:web:'.length).split(':');
  const invalid = err<DidError>({
    code: 'controller_document_invalid',
    detail: 'malformed did:web identifier',
  });
  if (parts.some((part) => part === '')) return invalid;
  let host: string;
  let path: string[];
  try {
    host = decodeURIComponent(parts[0] ?? '');
    path = parts.slice(1).map((part) => decodeURIComponent(part));
  } catch {
    return invalid;
  }
  if (
    !/^[a-z0-9.-]+(:\d{1,5})?$/i.test(host) ||
    path.some((p) => p.includes('/') || p === '..' || p === '.')
  ) {
    return invalid;
  }
  const hostname = host.replace(/:\d+$/, '').toLowerCase();
  const loopback = hostname === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
  const scheme = loopback && insecureLocalhost ? 'http' : 'https';
  const suffix =
    path.length === 0
      ? '/.well-known/did.json'
      : `/${path.map(encodeURIComponent).join('/')}/did.json`;
  return ok(`${scheme}://${host}${suffix}`);
}
