// Retrieves the public key behind a proof's verificationMethod the safe way (CID 1.0
// "Retrieve Verification Method", STANDARDS §5.8): dereference the controller document, check
// its id, find the method, check its controller and that it is listed for the proof purpose.
// Never trust a key read out of a URL fragment.

import type { FetchError } from '../../fetch';
import { createMemo } from '../../shared/memo';
import { err, ok, type Result } from '../../shared/result';
import { clip, deepFreeze, isDeeplyFrozen } from '../../shared/text';
import type { CheckCode, CheckOutcome } from '../result';
import { type ControllerDocument, didWebToUrl, expandDidJwk, expandDidKey } from './did-methods';
import { publicKeyOfMethod, type VerificationKey } from './public-key';
import { referencedIds } from './references';
import { ControllerDocumentSchema, VerificationMethodSchema } from './schemas';

export type ResolvedKey = {
  key: VerificationKey;
  methodId: string;
  /** The controller document's id: this is what must equal the credential's issuer. */
  controller: string;
};

export type KeyResolutionError = {
  outcome: Extract<CheckOutcome, 'fail' | 'unknown'>;
  code: CheckCode;
  detail: string;
};

export type FetchJson = (url: string) => Promise<Result<unknown, FetchError>>;

export type ResolveOptions = {
  fetchJson: FetchJson;
  insecureLocalhost?: boolean;
  purpose: 'assertionMethod' | 'authentication';
};

/** Resolves `methodId` to a public key bound to its controller, or says why it cannot. */
export async function resolveVerificationMethod(
  methodId: string,
  options: ResolveOptions,
): Promise<Result<ResolvedKey, KeyResolutionError>> {
  const resolved = await resolveMethod(methodId, options);
  if (!resolved.ok) return resolved;
  const key = keyOfMethod(resolved.value.method);
  if (!key.ok) return fail(key.error.code, key.error.detail);
  return ok({ key: key.value, methodId, controller: resolved.value.controller });
}

export type ResolvedMethod = {
  /** The verification method object as its controller document publishes it. */
  method: Record<string, unknown>;
  methodId: string;
  controller: string;
};

/**
 * The CID 1.0 algorithm without choosing a key encoding: the controller document's id must be
 * the method's base URL, the method's controller that document, and the method must be listed
 * for `options.purpose`.
 */
export async function resolveMethod(
  reference: string,
  options: ResolveOptions,
): Promise<Result<ResolvedMethod, KeyResolutionError>> {
  // A bare did:key names its only key unambiguously; issuers commonly omit the fragment.
  const methodId = /^did:key:[^#]+$/.test(reference)
    ? `${reference}#${reference.slice('did:key:'.length)}`
    : reference;
  const hash = methodId.indexOf('#');
  const controllerUrl = hash === -1 ? methodId : methodId.slice(0, hash);
  const document = await loadControllerDocument(controllerUrl, options);
  if (!document.ok) return document;
  if (document.value.id !== controllerUrl) {
    return fail(
      'controller_document_invalid',
      `the controller document's id is not ${clip(controllerUrl)}`,
    );
  }
  const method = findMethod(document.value, methodId);
  if (method === undefined) {
    return fail('key_unresolved', `the controller document does not contain ${clip(methodId)}`);
  }
  if (method.controller !== undefined && method.controller !== controllerUrl) {
    return fail('controller_document_invalid', 'the verification method names another controller');
  }
  if (!isListedFor(document.value, options.purpose, methodId)) {
    return fail(
      options.purpose === 'authentication' ? 'key_not_authentication' : 'key_not_assertion_method',
      `the key is not listed under ${options.purpose} by its controller`,
    );
  }
  if (PRIVATE_MEMBERS.some((member) => member in method) || hasPrivateJwk(method.publicKeyJwk)) {
    return fail('key_private_exposed', 'the verification method publishes a private key');
  }
  return ok({ method, methodId, controller: controllerUrl });
}

// A batch's credentials share a few controller documents: each is parsed, and each method's key
// decoded, once, by the object it came from. Only values nobody can change are remembered:
// fetchJson's frozen documents, and did:key / did:jwk documents, which their DID spells out.
type Loaded = Result<ControllerDocument, KeyResolutionError>;
const parsedDocuments = new WeakMap<object, Loaded>();
// A DID long enough to be a hostile key's JSON is rare and costly to keep: made every time.
const rememberDidDocument = createMemo<Loaded>({ maxEntries: 256, maxKeyLength: 2_048 });
const methodKeys = new WeakMap<object, ReturnType<typeof publicKeyOfMethod>>();

function keyOfMethod(method: Record<string, unknown>): ReturnType<typeof publicKeyOfMethod> {
  if (!isDeeplyFrozen(method)) return publicKeyOfMethod(method);
  let key = methodKeys.get(method);
  if (key === undefined) {
    key = publicKeyOfMethod(method);
    methodKeys.set(method, key);
  }
  return key;
}

function fromDidRemembered(did: string, expand: typeof expandDidKey): Loaded {
  return rememberDidDocument(did, () => {
    const loaded = fromDid(expand(did));
    if (loaded.ok) deepFreeze(loaded.value);
    return loaded;
  });
}

async function loadControllerDocument(
  url: string,
  options: ResolveOptions,
): Promise<Result<ControllerDocument, KeyResolutionError>> {
  if (url.startsWith('did:key:')) return fromDidRemembered(url, expandDidKey);
  if (url.startsWith('did:jwk:')) return fromDidRemembered(url, expandDidJwk);
  let location = url;
  if (url.startsWith('did:web:')) {
    const mapped = didWebToUrl(url, options);
    if (!mapped.ok) return fail(mapped.error.code, mapped.error.detail);
    location = mapped.value;
  } else if (url.startsWith('did:')) {
    return unknown(
      'did_method_unsupported',
      `DID method ${clip(url.split(':').slice(0, 2).join(':'))} is not supported`,
    );
  } else if (!/^https?:\/\//i.test(url)) {
    return unknown('key_unresolved', `cannot dereference ${clip(url)}`);
  }
  const fetched = await options.fetchJson(location);
  if (!fetched.ok)
    return unknown(fetched.error.code, `controller document: ${fetched.error.detail}`);
  const served = fetched.value;
  const shared = isDeeplyFrozen(served);
  const remembered = shared ? parsedDocuments.get(served) : undefined;
  if (remembered !== undefined) return remembered;
  const document = ControllerDocumentSchema.safeParse(served);
  // The schema's copy is shared too: frozen (its members are the frozen document's own).
  const loaded: Loaded = document.success
    ? ok(shared ? deepFreeze(document.data) : document.data)
    : fail(
        'controller_document_invalid',
        'the controller document is not a JSON object with an id',
      );
  if (shared) parsedDocuments.set(served, loaded);
  return loaded;
}

function fromDid(
  result: Result<ControllerDocument, { code: CheckCode; detail: string }>,
): Result<ControllerDocument, KeyResolutionError> {
  if (result.ok) return result;
  return result.error.code === 'did_method_unsupported'
    ? unknown(result.error.code, result.error.detail)
    : fail(result.error.code, result.error.detail);
}

/** Finds a method by absolute id in `verificationMethod` or embedded in any relationship. */
function findMethod(
  document: ControllerDocument,
  methodId: string,
): Record<string, unknown> | undefined {
  const candidates: unknown[] = [];
  for (const key of [
    'verificationMethod',
    'assertionMethod',
    'authentication',
    'capabilityInvocation',
    'capabilityDelegation',
  ]) {
    const value = document[key];
    // One by one: spreading a hostile document's 300,000-item array overflows the stack.
    if (Array.isArray(value)) for (const item of value) candidates.push(item);
    else if (value !== undefined) candidates.push(value);
  }
  for (const candidate of candidates) {
    const method = VerificationMethodSchema.safeParse(candidate);
    // The object itself, not the schema's copy: its key is decoded once (keyOfMethod).
    if (method.success && absolutize(method.data.id, document.id) === methodId)
      return candidate as Record<string, unknown>;
  }
  return undefined;
}

function isListedFor(document: ControllerDocument, purpose: string, methodId: string): boolean {
  return referencedIds(document[purpose]).some((id) => absolutize(id, document.id) === methodId);
}

/** did-core permits `#fragment` references relative to the document id. */
function absolutize(id: string, base: string): string {
  return id.startsWith('#') ? `${base}${id}` : id;
}

/** Policy: a published private key proves nothing; refuse the method rather than ignore it. */
const PRIVATE_MEMBERS = [
  'secretKeyMultibase',
  'privateKeyMultibase',
  'secretKeyJwk',
  'privateKeyJwk',
  'privateKeyBase58',
];

function hasPrivateJwk(jwk: unknown): boolean {
  return typeof jwk === 'object' && jwk !== null && 'd' in jwk;
}

function fail(code: CheckCode, detail: string): Result<never, KeyResolutionError> {
  return err({ outcome: 'fail', code, detail });
}

function unknown(code: CheckCode, detail: string): Result<never, KeyResolutionError> {
  return err({ outcome: 'unknown', code, detail });
}
