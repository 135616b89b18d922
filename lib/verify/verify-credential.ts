// The verification pipeline and the only public entry of lib/verify: input → format →
// securing (Data Integrity proofs or JWS) → key and issuer binding → validity → status → one
// verdict. It never rejects: bad input is a result, and anything unexpected becomes
// `unverifiable` with `internal_error`.

import type { Deps } from '../deps';
import { type FetchCache, fetchJson, type InflightFetches, type SafeFetchOptions } from '../fetch';
import { holderEvidence } from '../holder/evidence';
import { compact } from '../shared/compact';
import { asRecord } from '../shared/text';
import { nestedCredentials, verifyNested } from './clr';
import { BUNDLED_CONTEXTS, checkContextsKnown } from './contexts';
import {
  type Credential,
  CredentialSchema,
  type CredentialSummary,
  type DataModel,
  detectDataModel,
  explainUnsupportedProofs,
  issuerIdOf,
  summarizeCredential,
  summarizeIssuer,
  typesOf,
} from './formats';
import { type Container, type CredentialInput, readInput } from './input';
import { isJwtPresentation, type ParsedJws, parseCompactJws } from './jwt';
import { checkRecipient, identityClaims, isOpenBadge2, openBadge2Result } from './ob2';
import { createAhead, documentsAhead } from './prefetch';
import { verifyPresentation } from './presentation';
import type { Ed25519Verifier, KeyCache, TextDigest } from './proofs';
import { type Check, check, deriveStatus, type VerificationResult } from './result';
import { openJws, type SecuringContext, verifyEmbeddedProofs } from './securing';
import { checkCredentialStatus, type StatusListCache } from './status';
import { checkValidity, claimedValidity, validityWindowOf } from './validity';

export type VerifyOptions = Deps & {
  /** Allow plain http to loopback hosts (tests and the demo only). */
  insecureLocalhost?: boolean;
  /** JSON-LD contexts to serve instead of the bundled set (tests add the W3C examples). */
  contexts?: ReadonlyMap<string, unknown>;
  /** Fetched documents (controller documents, DID documents, status lists), reused within their HTTP freshness. */
  cache?: FetchCache;
  /**
   * Requests under way, shared across verifications (see lib/fetch/inflight.ts). When given,
   * each credential's documents are also fetched ahead, together (see prefetch.ts).
   */
  inflight?: InflightFetches;
  /** Imported public keys, reused across verifications (see createKeyCache). */
  keyCache?: KeyCache;
  /** The host's own Ed25519 verify (node:crypto in the CLI); WebCrypto, else @noble/ed25519, otherwise. */
  ed25519?: Ed25519Verifier;
  /** The host's own SHA-2 of a proof's canonical text (node:crypto in the CLI); @noble/hashes otherwise. */
  digest?: TextDigest;
  /** Verified status lists, reused across verifications (see createStatusListCache). */
  statusLists?: StatusListCache;
  /** An identity the caller knows (an email address): checked against the credential's hashed recipient. */
  recipient?: string;
  signal?: AbortSignal;
  /** Per-fetch timeout instead of safeFetch's default (the worker shortens it for generic links). */
  timeoutMs?: number;
  /** The challenge a presentation's holder must have signed (Data Integrity `challenge`, JWT `nonce`). */
  challenge?: string;
  /** The domain a presentation must be meant for (Data Integrity `domain`, JWT `aud`). */
  domain?: string;
};

/** Largest controller, DID or status-list document fetched while verifying. */
const MAX_SUPPORTING_DOCUMENT_BYTES = 512 * 1024;

/** Verifies one credential. Resolves with a result for every input; never rejects. */
export async function verifyCredential(
  input: CredentialInput,
  options: VerifyOptions,
): Promise<VerificationResult> {
  try {
    return await runPipeline(input, options, {
      checkStatus: true,
      nested: true,
      presentation: true,
    });
  } catch (error) {
    options.log?.('verify_internal_error', {
      name: error instanceof Error ? error.name : 'unknown',
    });
    const checks = [
      check('format', 'unknown', 'internal_error', 'an unexpected error stopped verification'),
    ];
    return { status: deriveStatus(checks), checks, format: { securing: 'unknown' }, issuer: {} };
  }
}

async function runPipeline(
  input: CredentialInput,
  options: VerifyOptions,
  stage: Stage,
): Promise<VerificationResult> {
  const fetchOptions: SafeFetchOptions = {
    fetch: options.fetch,
    now: options.now,
    policy: { insecureLocalhost: options.insecureLocalhost === true },
    ...compact({
      cache: options.cache,
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      inflight: options.inflight,
    }),
  };
  const unread = { format: { securing: 'unknown' as const }, issuer: {} };
  const read = await readInput(input, fetchOptions);
  if (!read.ok) return finish([read.error], unread);
  const { url, container } = read.value;
  const fetchSupporting = (location: string, limits: { maxAgeMs?: number } = {}) =>
    fetchJson(location, { ...fetchOptions, maxBytes: MAX_SUPPORTING_DOCUMENT_BYTES, ...limits });
  const ahead = createAhead((location: string) => fetchSupporting(location));
  // A document fetched ahead is taken by the first step that asks; it is newer than any cache
  // age limit a step asks for.
  const supporting = (location: string, limits?: { maxAgeMs?: number }) =>
    ahead.take(location) ?? fetchSupporting(location, limits);
  const context: SecuringContext = {
    fetchJson: supporting,
    insecureLocalhost: options.insecureLocalhost === true,
    now: options.now(),
    ...compact({
      contexts: options.contexts,
      keyCache: options.keyCache,
      ed25519: options.ed25519,
      digest: options.digest,
    }),
  };
  let jws: ParsedJws | undefined;
  if ('jws' in read.value) {
    const parsedJws = parseCompactJws(read.value.jws);
    if (!parsedJws.ok) {
      const malformed = check('format', 'fail', parsedJws.error.code, parsedJws.error.detail);
      return finish([malformed], { ...unread, ...compact({ url }) });
    }
    jws = parsedJws.value;
  }
  const payload = jws?.payload ?? ('document' in read.value ? read.value.document : {});
  // A presentation is opened once: its credentials are verified as credentials, never as
  // presentations again (a CLR among them still one level deep).
  if (
    stage.presentation &&
    (jws === undefined
      ? typesOf(payload.type).includes('VerifiablePresentation')
      : isJwtPresentation(payload))
  ) {
    return verifyPresentation(jws === undefined ? { document: payload } : { jws }, {
      context,
      expected: compact({ challenge: options.challenge, domain: options.domain }),
      contexts: options.contexts ?? BUNDLED_CONTEXTS,
      verifyCredential: (entry) =>
        runPipeline(entry, options, { checkStatus: true, nested: true, presentation: false }),
      ...compact({ url, container }),
    });
  }
  if (isOpenBadge2(payload)) {
    const ob2Input = jws === undefined ? { assertion: payload } : { jws };
    return openBadge2Result(ob2Input, {
      fetchJson: context.fetchJson,
      now: context.now,
      ...compact({ recipient: options.recipient, container, url }),
    });
  }
  const opened = jws === undefined ? undefined : openJws(jws, context);
  if (opened !== undefined && !('document' in opened))
    return finish([opened], { ...unread, ...compact({ url }) });
  const document = opened?.document ?? payload;
  // Only with shared requests: the step that needs each document must find it under way.
  if (options.inflight !== undefined)
    ahead.start(
      documentsAhead(document, {
        insecureLocalhost: context.insecureLocalhost,
        ...compact({ header: jws?.header }),
      }),
    );
  const parsed = parseCredential(document);
  if (!parsed.ok) return finish([parsed.check], { ...unread, ...compact({ url }) });
  const { credential, dataModel } = parsed;
  const issuerId = issuerIdOf(credential.issuer);
  const summary = summarizeCredential(document);
  const secured =
    opened === undefined
      ? await verifyEmbeddedProofs(document, issuerId, context)
      : await opened.verify(issuerId);
  const checks: Check[] = [
    check(
      'format',
      'pass',
      'format_ok',
      describeFormat(summary.kind, dataModel, secured.securing, container),
    ),
    ...explainUnsupportedProofs(secured.checks, document.proof),
  ];
  if (!checks.some((c) => c.id === 'context')) {
    checks.push(checkContextsKnown(document['@context'], options.contexts ?? BUNDLED_CONTEXTS));
  }
  if (checks.some((c) => (c.id === 'proof' || c.id === 'context') && c.outcome === 'fail')) {
    checks.push(
      check(
        'validity',
        'skipped',
        'validity_skipped_proof_failed',
        'not checked: nothing in a credential with a failed proof can be trusted',
      ),
    );
  } else {
    const validity = checkValidity(document, dataModel, context.now);
    // Policy: with no proof that could be checked, the dates are only claims: never a verdict.
    checks.push(isUnauthenticated(checks) ? claimedValidity(validity) : validity);
    const subject = Array.isArray(document.credentialSubject)
      ? document.credentialSubject[0]
      : document.credentialSubject;
    const recipient = checkRecipient(
      identityClaims(asRecord(subject)?.identifier),
      options.recipient,
    );
    if (recipient !== undefined) checks.push(recipient);
    if (stage.checkStatus) {
      const statusChecks = await checkCredentialStatus(credential.credentialStatus, {
        ...compact({ credentialId: typeof credential.id === 'string' ? credential.id : undefined }),
        issuerId,
        fetchJson: supporting,
        now: context.now.getTime(),
        ...compact({ lists: options.statusLists }),
        verifyList: async (list) => {
          const result = await runPipeline({ kind: 'json', value: list }, options, {
            checkStatus: false,
            nested: false,
            presentation: false,
          });
          return result.status === 'verified'
            ? { trusted: true, ...compact({ signer: listIssuerOf(list) }) }
            : {
                trusted: false,
                detail: `the list itself is ${result.status} (${firstProblem(result.checks)})`,
              };
        },
      });
      checks.push(...statusChecks);
    }
  }
  // Nested credentials are verified one level deep: a CLR inside a CLR is not expanded again.
  const nested =
    summary.kind === 'clr' && stage.nested
      ? await verifyNested(nestedCredentials(document), (entry) =>
          runPipeline(
            typeof entry === 'string'
              ? { kind: 'text', text: entry }
              : { kind: 'json', value: entry },
            options,
            { checkStatus: true, nested: false, presentation: false },
          ),
        )
      : undefined;
  const window = validityWindowOf(document, dataModel);
  return finish(checks, {
    format: { dataModel, securing: secured.securing, ...compact({ container }) },
    issuer: summarizeIssuer(credential.issuer),
    credential: summary,
    holder: holderEvidence({ document }),
    ...compact({
      url,
      issuedOn: stringOf(document.awardedDate) ?? window.validFrom,
      validFrom: window.validFrom,
      validUntil: window.validUntil,
      nested,
    }),
  });
}

/** What one run of the pipeline may open besides the credential itself. */
type Stage = { checkStatus: boolean; nested: boolean; presentation: boolean };

type ParsedCredential =
  | { ok: true; credential: Credential; dataModel: DataModel }
  | { ok: false; check: Check };

function parseCredential(document: Record<string, unknown>): ParsedCredential {
  const notCredential = (detail: string): ParsedCredential => ({
    ok: false,
    check: check('format', 'fail', 'not_a_credential', detail),
  });
  const dataModel = detectDataModel(document['@context']);
  if (dataModel === undefined)
    return notCredential('the first @context is not the W3C credentials context');
  if (typesOf(document.type).includes('VerifiablePresentation')) {
    return notCredential('a presentation, not a credential: open the credentials it contains');
  }
  const parsed = CredentialSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return notCredential(
      `not a credential: ${issue?.path.length ? issue.path.join('.') : 'document'} is missing or malformed`,
    );
  }
  if (!typesOf(parsed.data.type).includes('VerifiableCredential'))
    return notCredential('type does not include VerifiableCredential');
  return { ok: true, credential: parsed.data, dataModel };
}

function describeFormat(
  kind: CredentialSummary['kind'],
  dataModel: DataModel,
  securing: string,
  container: Container | undefined,
): string {
  const label = {
    'open-badge': 'Open Badges 3.0 credential',
    clr: 'CLR 2.0 credential',
    endorsement: 'Open Badges 3.0 endorsement',
    'verifiable-credential': 'Verifiable Credential',
  }[kind];
  const baked = container === undefined ? '' : `, baked in a ${container.toUpperCase()} image`;
  return `${label} (${dataModel === 'vc-2.0' ? 'VC 2.0' : 'VC 1.1'}${securing === 'jose' ? ', JWT' : ''}${baked})`;
}

/** The id of a verified status list's issuer (its signer: the list verified as issuer-bound). */
function listIssuerOf(list: Record<string, unknown>): string | undefined {
  const issuer = list.issuer;
  if (typeof issuer === 'string') return issuer;
  const id = asRecord(issuer)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** No proof passed and one could not be checked (missing, unsupported, blockchain, BBS). */
function isUnauthenticated(checks: readonly Check[]): boolean {
  const proofs = checks.filter((c) => c.id === 'proof');
  return !proofs.some((c) => c.outcome === 'pass') && proofs.some((c) => c.outcome === 'unknown');
}

function firstProblem(checks: readonly Check[]): string {
  return (
    checks.find((c) => c.outcome === 'fail' || c.outcome === 'unknown')?.code ?? 'not verified'
  );
}

function finish(
  checks: Check[],
  rest: Omit<VerificationResult, 'status' | 'checks'>,
): VerificationResult {
  return { status: deriveStatus(checks), checks, ...rest };
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value.slice(0, 64) : undefined;
}
