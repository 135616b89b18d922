// Open Badges 2.0 hosted verification (OB 2.0 §Verification, "hosted"; OB 1.x `verify.url`):
// nothing is signed, so only the assertion's id is trusted — it is re-fetched from there, must
// name that id, and must live where the issuer's Profile says its assertions do
// (hostedPolicyCheck). This is where a hosted assertion becomes `hosted_confirmed`, which the
// verdict rule (result.ts deriveStatus) turns into "confirmed" — never "verified".

import { clip } from '../../shared/text';
import { type Check, check } from '../result';
import { finishAssertion, hostOf, isOpenBadge1, notAnAssertion } from './assertion';
import type { Ob2Context } from './context';
import { loadBadgeAndIssuer } from './documents';
import {
  HostedAssertionSchema,
  type IssuerProfile,
  type Ob2Document,
  Ob2DocumentSchema,
  stringsOf,
} from './schemas';
import type { Ob2Verification } from './verification';

/** Verifies a hosted assertion given as JSON: only its id is trusted. */
export async function verifyHosted(
  given: Ob2Document,
  context: Ob2Context,
): Promise<Ob2Verification> {
  // OB 1.x names the hosted copy in verify.url; OB 2.0 in the assertion's id.
  const claimed = HostedAssertionSchema.safeParse(given);
  const legacyUrl = isOpenBadge1(given) && claimed.success ? claimed.data.verify?.url : undefined;
  const id = legacyUrl ?? given.id;
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
  const document = Ob2DocumentSchema.safeParse(fetched.value);
  const served = document.success ? HostedAssertionSchema.safeParse(document.data) : undefined;
  if (!document.success || served?.success !== true)
    return result([
      check(
        'hosted',
        'fail',
        'hosted_id_mismatch',
        'the issuer does not serve an assertion at its id',
      ),
    ]);
  const assertion = document.data;
  const hosted = served.data;
  if (hosted.revoked === true) {
    const reason =
      hosted.revocationReason === undefined ? '' : `: ${clip(hosted.revocationReason)}`;
    return result(
      [check('status', 'fail', 'status_revoked', `revoked by the issuer${reason}`)],
      assertion,
    );
  }
  const servedWrongType = notAnAssertion(assertion);
  if (servedWrongType !== undefined) return result([servedWrongType], assertion);
  if (hosted.id !== id && !(legacyUrl !== undefined && hosted.verify?.url === id))
    return result(
      [check('hosted', 'fail', 'hosted_id_mismatch', 'the served assertion names a different id')],
      assertion,
    );
  const legacy = legacyUrl !== undefined;
  const { badge, issuer, checks } = await loadBadgeAndIssuer(assertion, { ...context, legacy });
  if (issuer !== undefined) checks.push(hostedPolicyCheck(id, issuer.profile));
  checks.push(...(await finishAssertion(assertion, issuer?.profile, context)));
  return { checks, assertion, badge, issuer: issuer?.document, securing: 'hosted' };
}

/**
 * The issuer's hosting policy (`verification.allowedOrigins` / `startsWith`; by default its own
 * origin): the one place a hosted assertion is confirmed.
 */
function hostedPolicyCheck(assertionId: string, issuer: IssuerProfile): Check {
  const policy = issuer.verification ?? {};
  const issuerHost = hostOf(issuer.id ?? issuer.url);
  const prefixes = stringsOf(policy.startsWith);
  // As validator-core: a startsWith policy alone replaces the default same-origin rule.
  const origins =
    policy.allowedOrigins !== undefined
      ? stringsOf(policy.allowedOrigins)
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
        { host },
      )
    : check(
        'hosted',
        'fail',
        'hosted_origin_not_allowed',
        `the issuer does not host assertions at ${clip(assertionId)}`,
      );
}
