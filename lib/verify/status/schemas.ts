// zod schemas for what status checking reads: the credentialStatus entries a credential names
// and the documents fetched for them (Bitstring Status List §2.1/§2.2 and StatusList2021 list
// credentials, 1EdTech revocation lists). Like credential schemas they allow unknown members;
// a document that does not parse is a status that cannot be known, never "not revoked".

import { z } from 'zod';

/** A non-negative integer: a base-10 string (the spec) or a JSON number (seen in fixtures). */
const IndexSchema = z
  .union([
    z
      .string()
      .regex(/^\d{1,15}$/)
      .transform(Number),
    z.number(),
  ])
  .pipe(z.number().int().nonnegative());

const OneOrManyStrings = z.union([z.string(), z.array(z.string())]);

/** BitstringStatusListEntry and StatusList2021Entry: which list, which entry, what for. */
export const BitstringEntrySchema = z.looseObject({
  statusPurpose: z.string(),
  statusListIndex: IndexSchema,
  /** Bits per entry: 1 unless given; the spec allows up to 16 for message lists. */
  statusSize: IndexSchema.pipe(z.number().min(1).max(16)).optional(),
  statusListCredential: z.string(),
  /** Read leniently (see StatusMessageSchema): a bad message list only loses the wording. */
  statusMessage: z.unknown().optional(),
});
export type BitstringEntry = z.infer<typeof BitstringEntrySchema>;

/** One `statusMessage` item: the hex status value and the issuer's words for it. */
export const StatusMessageSchema = z.looseObject({
  status: z.union([z.string(), z.number()]),
  message: z.string(),
});

/**
 * The subject of a status list credential: its purposes, the encoded bits, how long to reuse it.
 * A member of the wrong kind reads as absent (`catch`), so the check names what is missing
 * ("no encodedList", "not a revocation list") rather than a parser's words.
 */
const StatusListSubjectSchema = z.looseObject({
  statusPurpose: OneOrManyStrings.optional().catch(undefined),
  encodedList: z.string().optional().catch(undefined),
  /** Milliseconds the list may be reused (Bitstring Status List §2.2); a bad one is ignored. */
  ttl: z.number().positive().optional().catch(undefined),
});

/** A fetched BitstringStatusListCredential or StatusList2021Credential, before verification. */
export const StatusListCredentialSchema = z.looseObject({
  type: OneOrManyStrings.optional().catch(undefined),
  validUntil: z.string().optional().catch(undefined),
  credentialSubject: StatusListSubjectSchema,
});
export type StatusListCredential = z.infer<typeof StatusListCredentialSchema>;

/** A 1EdTechRevocationList entry: the list is fetched from its id. */
export const EdTechRevocationEntrySchema = z.looseObject({ id: z.string() });

/** A fetched 1EdTech revocation list: revoked credentials by id (either member name is seen). */
export const EdTechRevocationListSchema = z.looseObject({
  revokedCredential: z.array(z.unknown()).nullish(),
  revokedCredentials: z.array(z.unknown()).nullish(),
});

/** One revoked credential of a 1EdTech list; `revoked: false` un-revokes it. */
export const EdTechRevokedCredentialSchema = z.looseObject({
  id: z.string(),
  revoked: z.unknown().optional(),
});
