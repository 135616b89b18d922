// zod schemas for the Open Badges 2.0/1.x documents Credlens fetches (OB 2.0 §Assertion,
// §BadgeClass, §Profile, §CryptographicKey, §RevocationList; OB 1.0 revocation maps). They allow
// unknown members, as badges are extensible, and type only what verification decides on; a
// member of the wrong kind reads as absent (`catch`), which the check then names, so a bad
// document gives a specific code and never a throw.

import { z } from 'zod';

/** Any OB document: a JSON object (not an array). Its members are read through the schemas below. */
export const Ob2DocumentSchema = z.record(z.string(), z.unknown());
export type Ob2Document = z.infer<typeof Ob2DocumentSchema>;

/** What the hosted policy reads of a served assertion: its id, revocation flag and reason. */
export const HostedAssertionSchema = z.looseObject({
  id: z.string().optional().catch(undefined),
  revoked: z.boolean().optional().catch(undefined),
  revocationReason: z.string().optional().catch(undefined),
  /** OB 1.x: the hosted copy's own URL. */
  verify: z
    .looseObject({ url: z.string().optional().catch(undefined) })
    .optional()
    .catch(undefined),
});

/** An issuer Profile, as far as verification reads it. */
export const IssuerProfileSchema = z.looseObject({
  id: z.string().optional().catch(undefined),
  url: z.string().optional().catch(undefined),
  /** OB 2.0 §VerificationObject of the issuer: where its hosted assertions may live. */
  verification: z
    .looseObject({
      // Policy: present but malformed still counts as present (allowed nowhere), never as the
      // default same-origin rule; read with stringsOf.
      allowedOrigins: z.unknown().optional(),
      startsWith: z.unknown().optional(),
    })
    .optional()
    .catch(undefined),
  /** The keys the issuer vouches for (ids of CryptographicKeys), read with stringsOf. */
  publicKey: z.unknown().optional(),
  revocationList: z.string().optional().catch(undefined),
});
export type IssuerProfile = z.infer<typeof IssuerProfileSchema>;

/** OB 2.0 §CryptographicKey: a PEM public key and the Profile that claims to own it. */
export const CryptographicKeySchema = z.looseObject({
  publicKeyPem: z.string(),
  owner: z.string().optional().catch(undefined),
});

/** OB 2.0 §RevocationList: revoked assertions by id, or as `{id|uid, revocationReason}`. */
export const RevocationListSchema = z.looseObject({ revokedAssertions: z.array(z.unknown()) });

/** One revoked assertion of a RevocationList. */
export const RevokedAssertionSchema = z.union([
  z.string(),
  z.looseObject({
    id: z.string().optional().catch(undefined),
    uid: z.string().optional().catch(undefined),
    revocationReason: z.string().optional().catch(undefined),
  }),
]);

/** OB 1.0: a non-empty JSON object mapping revoked assertion uids to reasons. */
export const LegacyRevocationListSchema = z
  .record(z.string(), z.string())
  .refine((list) => Object.keys(list).length > 0);

/** Members as a list of strings, whatever form the document used (others dropped). */
export function stringsOf(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === 'string',
  );
}
