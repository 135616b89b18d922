// Open Badges 2.0 and 1.x verification (OB 2.0 §Verification; STANDARDS §4). Hosted assertions are
// re-fetched from their own id, which must be where the issuer allows them to live — the
// result is `confirmed`, since nothing is signed. Signed assertions (compact JWS, RS256) are
// checked against the issuer's CryptographicKey, whose owner must be the issuer — `verified`.
// Both then read the BadgeClass and issuer Profile, the issuer's revocation list and the dates.
// OB 1.x hosted assertions (`verify.url`) are checked the same way. Blockcerts v2 assertions
// (a MerkleProof2017 `signature`) are recognised and left unverifiable: never fetched as hosted.

import { compactVerify, importSPKI } from 'jose';
import { asRecord, clip } from '../../shared/text';
import { foreignProofCheck } from '../formats/foreign-proofs';
import type { ParsedJws } from '../jwt/parse-jws';
import { type Check, check } from '../result';
import { type BadgeDates, checkBadgeValidity, claimedValidity } from '../validity';
import type { Ob2Context } from './context';
import { checkRevocationList } from './revocation-list';

export type { Ob2Context } from './context';

export type Ob2Verification = {
  checks: Check[];
  assertion: Record<string, unknown>;
  badge?: Record<string, unknown> | undefined;
  issuer?: Record<string, unknown> | undefined;
  securing: 'hosted' | 'jose' | 'unknown';
};

const OPEN_BADGES_V1_CONTEXT = 'https://w3id.org/openbadges/v1';

/** OB 1.x dates (Unix seconds, plain dates) unless the assertion declares the OB 2.0 context. */
export function badgeDatesOf(document: Record<string, unknown>): BadgeDates {
  const context = Array.isArray(document['@context'])
    ? document['@context']
    : [document['@context']];
  return context.includes('https://w3id.org/openbadges/v2') ? 'ob-2' : 'ob-1';
}

/** An OB 1.x assertion: the v1 context, or no context with a `verify` object and a badge. */
export function isOpenBadge1(document: Record<string, unknown>): boolean {
  const context = Array.isArray(document['@context'])
    ? document['@context']
    : [document['@context']];
  if (context.includes(OPEN_BADGES_V1_CONTEXT)) return true;
  return (
    document['@context'] === undefined &&
    asRecord(document.verify) !== undefined &&
    document.badge !== undefined
  );
}

/** Blockcerts v2: verification type MerkleProofVerification2017 or a MerkleProof2017 signature. */
function blockchainProofNames(document: Record<string, unknown>): string[] {
  const verification = asRecord(document.verification);
  const signature = asRecord(document.signature);
  return [...listOf(verification?.type), ...listOf(signature?.type)].filter((t) =>
    ['MerkleProofVerification2017', 'MerkleProof2017'].includes(t),
  );
}

/** Verifies a hosted assertion given as JSON (only its id is trusted) or a signed one given as a JWS. */
/** OB 2.0 §Assertion: `type` must be (or include) Assertion; BadgeClasses and Profiles are not badges. */
function notAnAssertion(document: Record<string, unknown>): Check | undefined {
  const types = (Array.isArray(document.type) ? document.type : [document.type]).filter(
    (t) => typeof t === 'string',
  );
  if (types.includes('Assertion')) return undefined;
  // OB 1.0 assertions carry no type at all.
  if (types.length === 0 && isOpenBadge1(document)) return undefined;
  const what =
    types.length === 0 ? 'has no type' : `is a ${clip(types.join(', '))}, not an Assertion`;
  return check('format', 'fail', 'not_a_credential', `this Open Badges 2.0 document ${what}`);
}

export async function verifyOpenBadge2(
  input: { assertion: Record<string, unknown> } | { jws: ParsedJws },
  context: Ob2Context,
): Promise<Ob2Verification> {
  const document = 'jws' in input ? input.jws.payload : input.assertion;
  const wrongType = notAnAssertion(document);
  if (wrongType !== undefined)
    return {
      checks: [wrongType],
      assertion: document,
      securing: 'jws' in input ? 'jose' : 'hosted',
    };
  const anchored = blockchainProofNames(document);
  if (anchored.length > 0) {
    // Policy: a Blockcerts assertion is not hosted; its id is not fetched. Its dates are claims.
    const dates = claimedValidity(
      checkBadgeValidity(document, badgeDatesOf(document), context.now),
    );
    return {
      checks: [foreignProofCheck('blockchain', [...new Set(anchored)]), dates],
      assertion: document,
      securing: 'unknown',
    };
  }
  if ('jws' in input) return verifySigned(input.jws, context);
  return verifyHosted(input.assertion, context);
}

async function verifyHosted(
  given: Record<string, unknown>,
  context: Ob2Context,
): Promise<Ob2Verification> {
  // OB 1.x names the hosted copy in verify.url; OB 2.0 in the assertion's id.
  const legacyUrl = isOpenBadge1(given) ? asRecord(given.verify)?.url : undefined;
  const id = typeof legacyUrl === 'string' ? legacyUrl : given.id;
  const result = (checks: Check[], assertion = given): Ob2Verification => ({
    checks,
    assertion,
    securing: 'hosted',
  });
  if (typeof id !== 'string' || !/^https?:\/\//.test(id)) {
    return result([
      check(
        'hosted',
        'unknown',
        'hosted_id_mismatch',
        'a hosted assertion needs an http(s) id to be re-fetched from',
      ),
    ]);
  }
  const fetched = await context.fetchJson(id);
  if (!fetched.ok) {
    if (fetched.error.status === 410)
      return result([
        check('status', 'fail', 'status_revoked', 'the issuer answers 410 Gone: revoked'),
      ]);
    return result([
      check(
        'hosted',
        'unknown',
        fetched.error.code,
        `the assertion at its id: ${fetched.error.detail}`,
      ),
    ]);
  }
  const assertion = asRecord(fetched.value);
  if (assertion === undefined)
    return result([
      check(
        'hosted',
        'fail',
        'hosted_id_mismatch',
        'the issuer does not serve an assertion at its id',
      ),
    ]);
  if (assertion.revoked === true) {
    const reason =
      typeof assertion.revocationReason === 'string' ? `: ${clip(assertion.revocationReason)}` : '';
    return result(
      [check('status', 'fail', 'status_revoked', `revoked by the issuer${reason}`)],
      assertion,
    );
  }
  const servedWrongType = notAnAssertion(assertion);
  if (servedWrongType !== undefined) return result([servedWrongType], assertion);
  const servedUrl = asRecord(assertion.verify)?.url;
  if (assertion.id !== id && !(typeof legacyUrl === 'string' && servedUrl === id))
    return result(
      [check('hosted', 'fail', 'hosted_id_mismatch', 'the served assertion names a different id')],
      assertion,
    );
  const legacy = typeof legacyUrl === 'string';
  const { badge, issuer, checks } = await loadBadgeAndIssuer(assertion, { ...context, legacy });
  if (issuer !== undefined) checks.push(hostedPolicyCheck(id, issuer));
  return { ...(await finish(assertion, badge, issuer, checks, context)), securing: 'hosted' };
}

async function verifySigned(jws: ParsedJws, context: Ob2Context): Promise<Ob2Verification> {
  const assertion = jws.payload;
  const creator = asRecord(assertion.verification ?? assertion.verify)?.creator;
  const result = (checks: Check[]): Ob2Verification => ({ checks, assertion, securing: 'jose' });
  if (jws.header.alg !== 'RS256')
    return result([
      check(
        'proof',
        'unknown',
        'jwt_algorithm_unsupported',
        `signed badges use RS256, not ${clip(jws.header.alg)}`,
      ),
    ]);
  if (typeof creator !== 'string')
    return result([
      check(
        'key',
        'unknown',
        'key_unresolved',
        'the signed badge names no verification.creator key',
      ),
    ]);
  const { badge, issuer, checks } = await loadBadgeAndIssuer(assertion, context);
  const keyDocument = await context.fetchJson(creator);
  if (!keyDocument.ok)
    return {
      ...result([
        ...checks,
        check('key', 'unknown', keyDocument.error.code, `signing key: ${keyDocument.error.detail}`),
      ]),
      badge,
      issuer,
    };
  const key = asRecord(keyDocument.value);
  const pem = key?.publicKeyPem;
  if (typeof pem !== 'string')
    return {
      ...result([
        ...checks,
        check('key', 'fail', 'key_malformed', 'the CryptographicKey has no publicKeyPem'),
      ]),
      badge,
      issuer,
    };
  checks.push(check('key', 'pass', 'key_resolved', clip(creator)));
  checks.push(await signatureCheck(jws, pem));
  const authorised =
    issuer !== undefined &&
    key?.owner === issuer.id &&
    // Policy: the issuer's own Profile must list the key; a key naming its owner proves nothing.
    listOf(issuer.publicKey).includes(creator);
  checks.push(
    authorised
      ? check(
          'issuer',
          'pass',
          'issuer_bound',
          `the key belongs to the issuer ${clip(String(issuer?.id))}`,
        )
      : issuer === undefined
        ? check(
            'issuer',
            'unknown',
            'key_unresolved',
            'the issuer profile could not be read to confirm the key',
          )
        : check(
            'issuer',
            'fail',
            'key_issuer_mismatch',
            "the signing key is not one the issuer's profile lists as its own",
          ),
  );
  return { ...(await finish(assertion, badge, issuer, checks, context)), securing: 'jose' };
}

async function signatureCheck(jws: ParsedJws, pem: string): Promise<Check> {
  try {
    await compactVerify(jws.compact, await importSPKI(pem, 'RS256'), { algorithms: ['RS256'] });
    return check('proof', 'pass', 'signature_valid', 'RS256 signature is valid');
  } catch {
    return check(
      'proof',
      'fail',
      'signature_invalid',
      'the RS256 signature does not match the assertion',
    );
  }
}

async function loadBadgeAndIssuer(assertion: Record<string, unknown>, context: Ob2Context) {
  const checks: Check[] = [];
  const badge = await loadObject(assertion.badge, 'BadgeClass', context, checks);
  const issuer =
    badge === undefined
      ? undefined
      : await loadObject(badge.issuer, 'issuer Profile', context, checks);
  return { badge, issuer, checks };
}

async function loadObject(
  value: unknown,
  label: string,
  context: Ob2Context,
  checks: Check[],
): Promise<Record<string, unknown> | undefined> {
  // Policy: the BadgeClass and issuer Profile are trusted only as their own server serves them.
  // An embedded copy is the assertion author's word: it could claim any issuer and name any
  // hosting policy or key, so it is re-fetched from its id, and one without a URL id is unknown.
  const embedded = asRecord(value);
  const url = typeof value === 'string' ? value : embedded?.id;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) {
    checks.push(
      embedded === undefined
        ? check('format', 'fail', 'not_a_credential', `the ${label} is missing`)
        : check(
            'hosted',
            'unknown',
            'hosted_id_mismatch',
            `the embedded ${label} has no URL to confirm it at`,
          ),
    );
    return undefined;
  }
  const fetched = await context.fetchJson(url);
  if (!fetched.ok) {
    checks.push(
      check('hosted', 'unknown', fetched.error.code, `the ${label}: ${fetched.error.detail}`),
    );
    return undefined;
  }
  const record = asRecord(fetched.value);
  // OB 1.0 BadgeClasses and issuers have no id: the URL they were fetched from stands for it.
  const legacyWithoutId =
    context.legacy === true && record !== undefined && record.id === undefined;
  if (record?.id !== url && !legacyWithoutId)
    checks.push(
      check(
        'hosted',
        'fail',
        'hosted_id_mismatch',
        `the ${label} served at ${clip(url)} names another id`,
      ),
    );
  return record;
}

/** The issuer's hosting policy (`verification.allowedOrigins` / `startsWith`; by default its own origin). */
function hostedPolicyCheck(assertionId: string, issuer: Record<string, unknown>): Check {
  const policy = asRecord(issuer.verification) ?? {};
  const issuerHost = hostOf(issuer.id ?? issuer.url);
  const prefixes = listOf(policy.startsWith);
  // As validator-core: a startsWith policy alone replaces the default same-origin rule.
  const origins =
    policy.allowedOrigins !== undefined
      ? listOf(policy.allowedOrigins)
      : prefixes.length > 0 || issuerHost === undefined
        ? undefined
        : [issuerHost];
  const host = hostOf(assertionId);
  const allowed =
    host !== undefined &&
    (origins === undefined ? prefixes.length > 0 : origins.includes(host)) &&
    (prefixes.length === 0 || prefixes.some((prefix) => assertionId.startsWith(prefix)));
  return allowed
    ? check(
        'hosted',
        'pass',
        'hosted_confirmed',
        `served by ${host}, where the issuer hosts its assertions`,
      )
    : check(
        'hosted',
        'fail',
        'hosted_origin_not_allowed',
        `the issuer does not host assertions at ${clip(assertionId)}`,
      );
}

async function finish(
  assertion: Record<string, unknown>,
  badge: Record<string, unknown> | undefined,
  issuer: Record<string, unknown> | undefined,
  checks: Check[],
  context: Ob2Context,
) {
  checks.push(checkBadgeValidity(assertion, badgeDatesOf(assertion), context.now));
  if (issuer !== undefined) checks.push(await checkRevocationList(assertion, issuer, context));
  return { checks, assertion, badge, issuer };
}

function hostOf(value: unknown): string | undefined {
  try {
    return typeof value === 'string' ? new URL(value).host : undefined;
  } catch {
    return undefined;
  }
}

function listOf(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === 'string',
  );
}
