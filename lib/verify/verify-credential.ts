// The verification pipeline and the only public entry of lib/verify: input → format → proofs
// → key and issuer binding → validity → status → one verdict. It never rejects: bad input is a
// result, and anything unexpected becomes `unverifiable` with `internal_error`.

import type { Deps } from '../deps';
import { type FetchCache, fetchJson, type UrlPolicy } from '../fetch';
import { compact } from '../shared/compact';
import { BUNDLED_CONTEXTS, createDocumentLoader } from './contexts';
import {
  type Credential,
  CredentialSchema,
  type DataModel,
  detectDataModel,
  issuerIdOf,
  typesOf,
} from './formats/credential-schema';
import {
  type CredentialSummary,
  type IssuerSummary,
  summarizeCredential,
  summarizeIssuer,
} from './formats/summary';
import { type CredentialInput, readInput } from './input';
import { resolveVerificationMethod } from './keys';
import { type ProofReport, verifyProofs } from './proofs/verify-proofs';
import { type Check, check, deriveStatus, type VerificationStatus } from './result';
import { checkValidity, validityWindowOf } from './validity';

export type VerifyOptions = Deps & {
  /** Allow plain http to loopback hosts (tests and the demo only). */
  insecureLocalhost?: boolean;
  /** JSON-LD contexts to serve instead of the bundled set (tests add the W3C examples). */
  contexts?: ReadonlyMap<string, unknown>;
  cache?: FetchCache;
  signal?: AbortSignal;
};

export type VerificationResult = {
  status: VerificationStatus;
  format: { dataModel?: DataModel; securing: 'data-integrity' | 'none' | 'unknown' };
  checks: Check[];
  issuer: IssuerSummary;
  credential?: CredentialSummary;
  /** Where a URL input's document finally came from. */
  url?: string;
  issuedOn?: string;
  validFrom?: string;
  validUntil?: string;
};

/** Verifies one credential. Resolves with a result for every input; never rejects. */
export async function verifyCredential(
  input: CredentialInput,
  options: VerifyOptions,
): Promise<VerificationResult> {
  try {
    return await runPipeline(input, options);
  } catch (error) {
    options.log?.('verify_internal_error', {
      name: error instanceof Error ? error.name : 'unknown',
    });
    return {
      status: 'unverifiable',
      format: { securing: 'unknown' },
      checks: [
        check('format', 'unknown', 'internal_error', 'an unexpected error stopped verification'),
      ],
      issuer: {},
    };
  }
}

async function runPipeline(
  input: CredentialInput,
  options: VerifyOptions,
): Promise<VerificationResult> {
  const policy: UrlPolicy = { insecureLocalhost: options.insecureLocalhost === true };
  const fetchOptions = {
    fetch: options.fetch,
    now: options.now,
    policy,
    ...compact({ cache: options.cache, signal: options.signal }),
  };
  const read = await readInput(input, { ...options, ...fetchOptions });
  if (!read.ok) return finish([read.error], { format: { securing: 'unknown' }, issuer: {} });
  const { document, url } = read.value;
  const parsed = parseCredential(document);
  if (!parsed.ok)
    return finish([parsed.check], {
      format: { securing: 'unknown' },
      issuer: {},
      ...compact({ url }),
    });
  const { credential, dataModel } = parsed;
  const now = options.now();
  const issuerId = issuerIdOf(credential.issuer);
  const checks: Check[] = [
    check('format', 'pass', 'format_ok', describeFormat(credential, dataModel)),
  ];
  const hasProof = credential.proof !== undefined;
  if (hasProof) {
    const reports = await verifyProofs(document, {
      loader: createDocumentLoader(options.contexts ?? BUNDLED_CONTEXTS),
      now,
      resolveKey: (methodId) =>
        resolveVerificationMethod(methodId, {
          purpose: 'assertionMethod',
          insecureLocalhost: policy.insecureLocalhost === true,
          fetchJson: (location) => fetchJson(location, { ...fetchOptions, maxBytes: 256 * 1024 }),
        }),
    });
    checks.push(
      ...reports.flatMap((report) => report.checks),
      ...summarizeProofs(reports, issuerId),
    );
  } else {
    checks.push(check('proof', 'unknown', 'proof_missing', 'the credential is not signed'));
  }
  const signatureFailed = checks.some(
    (c) => (c.id === 'proof' || c.id === 'context') && c.outcome === 'fail',
  );
  if (signatureFailed) {
    checks.push(
      check(
        'validity',
        'skipped',
        'signature_invalid',
        'not checked: nothing in a credential with a failed proof can be trusted',
      ),
    );
  } else {
    checks.push(checkValidity(document, dataModel, now), statusCheck(credential));
  }
  const window = validityWindowOf(document, dataModel);
  return finish(checks, {
    format: { dataModel, securing: hasProof ? 'data-integrity' : 'none' },
    issuer: summarizeIssuer(credential.issuer),
    credential: summarizeCredential(document),
    ...compact({
      url,
      issuedOn: stringOf(document.awardedDate) ?? window.validFrom,
      validFrom: window.validFrom,
      validUntil: window.validUntil,
    }),
  });
}

function parseCredential(
  document: Record<string, unknown>,
): { ok: true; credential: Credential; dataModel: DataModel } | { ok: false; check: Check } {
  const dataModel = detectDataModel(document['@context']);
  if (dataModel === undefined) {
    return {
      ok: false,
      check: check(
        'format',
        'fail',
        'not_a_credential',
        'the first @context is not the W3C credentials context',
      ),
    };
  }
  const parsed = CredentialSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'document';
    return {
      ok: false,
      check: check(
        'format',
        'fail',
        'not_a_credential',
        `not a credential: ${where} is missing or malformed`,
      ),
    };
  }
  if (!typesOf(parsed.data.type).includes('VerifiableCredential')) {
    return {
      ok: false,
      check: check(
        'format',
        'fail',
        'not_a_credential',
        'type does not include VerifiableCredential',
      ),
    };
  }
  return { ok: true, credential: parsed.data, dataModel };
}

/** Aggregate proof and issuer checks across a proof set. */
function summarizeProofs(reports: ProofReport[], issuerId: string): Check[] {
  const checks: Check[] = [];
  if (reports.every((report) => !report.supported)) {
    checks.push(
      check('proof', 'unknown', 'proof_type_unsupported', 'no proof of a supported type'),
    );
    return checks;
  }
  const valid = reports.filter((report) => report.signatureValid);
  if (valid.some((report) => report.controller === issuerId)) {
    checks.push(
      check(
        'issuer',
        'pass',
        'issuer_bound',
        `the signing key belongs to the issuer ${clip(issuerId)}`,
      ),
    );
  } else if (valid.length > 0) {
    const signer = valid[0]?.controller ?? 'another party';
    checks.push(
      check(
        'issuer',
        'fail',
        'key_issuer_mismatch',
        `signed by ${clip(signer)}, but the credential names ${clip(issuerId)} as issuer`,
      ),
    );
  }
  return checks;
}

function statusCheck(credential: Credential): Check {
  if (credential.credentialStatus === undefined)
    return check('status', 'pass', 'status_absent', 'the issuer publishes no revocation status');
  const types = (
    Array.isArray(credential.credentialStatus)
      ? credential.credentialStatus
      : [credential.credentialStatus]
  ).flatMap((s) => typesOf(s.type));
  return check(
    'status',
    'unknown',
    'status_unsupported',
    `revocation status (${clip(types.join(', '))}) could not be checked`,
  );
}

function describeFormat(credential: Credential, dataModel: DataModel): string {
  const kind = summarizeCredential(credential).kind;
  const label = {
    'open-badge': 'Open Badges 3.0 credential',
    clr: 'CLR 2.0 credential',
    endorsement: 'Open Badges 3.0 endorsement',
    'verifiable-credential': 'Verifiable Credential',
  }[kind];
  return `${label} (${dataModel === 'vc-2.0' ? 'VC 2.0' : 'VC 1.1'})`;
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

function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}
