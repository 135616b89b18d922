// The documents an Open Badges 2.0 assertion names: its BadgeClass and the issuer Profile, each
// fetched from its own id and parsed (schemas.ts), and a signed badge's CryptographicKey.
// Policy: embedded copies are the assertion author's word and are never trusted as such.

import { clip } from '../../shared/text';
import { type Check, check } from '../result';
import type { Ob2Context } from './context';
import {
  CryptographicKeySchema,
  type IssuerProfile,
  IssuerProfileSchema,
  type Ob2Document,
  Ob2DocumentSchema,
} from './schemas';

export type BadgeAndIssuer = {
  badge: Ob2Document | undefined;
  /** The Profile as served (for its summary), and as verification reads it. */
  issuer: { document: Ob2Document; profile: IssuerProfile } | undefined;
  /** What went wrong reading them: fetch failures, missing or mismatched ids. */
  checks: Check[];
};

/** The assertion's BadgeClass and its issuer Profile, each as its own server serves it. */
export async function loadBadgeAndIssuer(
  assertion: Ob2Document,
  context: Ob2Context,
): Promise<BadgeAndIssuer> {
  const checks: Check[] = [];
  const badge = await loadObject(assertion.badge, 'BadgeClass', context, checks);
  const document =
    badge === undefined
      ? undefined
      : await loadObject(badge.issuer, 'issuer Profile', context, checks);
  const profile = document === undefined ? undefined : IssuerProfileSchema.safeParse(document);
  return {
    badge,
    issuer:
      document === undefined || profile?.success !== true
        ? undefined
        : { document, profile: profile.data },
    checks,
  };
}

/** A signed badge's key: the PEM to verify with and who it says owns it, or the check saying why not. */
export async function loadCryptographicKey(
  creator: string,
  context: Ob2Context,
): Promise<{ pem: string; owner?: string | undefined } | { problem: Check }> {
  const fetched = await context.fetchJson(creator);
  if (!fetched.ok)
    return {
      problem: check('key', 'unknown', fetched.error.code, `signing key: ${fetched.error.detail}`),
    };
  const key = CryptographicKeySchema.safeParse(fetched.value);
  if (!key.success)
    return {
      problem: check('key', 'fail', 'key_malformed', 'the CryptographicKey has no publicKeyPem'),
    };
  return { pem: key.data.publicKeyPem, owner: key.data.owner };
}

async function loadObject(
  value: unknown,
  label: string,
  context: Ob2Context,
  checks: Check[],
): Promise<Ob2Document | undefined> {
  // Policy: the BadgeClass and issuer Profile are trusted only as their own server serves them.
  // An embedded copy is the assertion author's word: it could claim any issuer and name any
  // hosting policy or key, so it is re-fetched from its id, and one without a URL id is unknown.
  const embedded = Ob2DocumentSchema.safeParse(value);
  const url = typeof value === 'string' ? value : embedded.success ? embedded.data.id : undefined;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) {
    checks.push(
      embedded.success
        ? check(
            'hosted',
            'unknown',
            'hosted_id_mismatch',
            `the embedded ${label} has no URL to confirm it at`,
          )
        : check('format', 'fail', 'not_a_credential', `the ${label} is missing`),
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
  const parsed = Ob2DocumentSchema.safeParse(fetched.value);
  const record = parsed.success ? parsed.data : undefined;
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
