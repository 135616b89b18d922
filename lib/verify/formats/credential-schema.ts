// zod schemas for W3C VC 1.1 / 2.0 credentials and the Open Badges 3.0 members Credlens
// reads. They accept the real-world variety (type string|array, proof object|array, issuer
// string|object) and allow unknown members, because credentials are extensible.

import { z } from 'zod';

export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]);

const ContextSchema = z.union([
  z.string(),
  z.array(z.union([z.string(), z.record(z.string(), z.unknown())])),
]);

export const IssuerSchema = z.union([
  z.string().min(1),
  z.looseObject({ id: z.string().min(1), name: z.unknown().optional() }),
]);

export const ProofSchema = z.looseObject({
  type: z.string().min(1),
});

export const CredentialSchema = z.looseObject({
  '@context': ContextSchema,
  id: z.string().optional(),
  type: oneOrMany(z.string()),
  issuer: IssuerSchema,
  credentialSubject: oneOrMany(z.looseObject({})),
  proof: oneOrMany(ProofSchema).optional(),
  validFrom: z.string().optional(),
  validUntil: z.string().optional(),
  issuanceDate: z.string().optional(),
  expirationDate: z.string().optional(),
  credentialStatus: oneOrMany(z.looseObject({ type: oneOrMany(z.string()) })).optional(),
});

export type Credential = z.infer<typeof CredentialSchema>;
export type Proof = z.infer<typeof ProofSchema>;

export type DataModel = 'vc-1.1' | 'vc-2.0';

/** Which VC data model the first @context entry declares, if any. */
export function detectDataModel(context: unknown): DataModel | undefined {
  const first = Array.isArray(context) ? context[0] : context;
  if (first === VC_V2_CONTEXT) return 'vc-2.0';
  if (first === VC_V1_CONTEXT) return 'vc-1.1';
  return undefined;
}

/** `type` as an array, whatever form the credential used. */
export function typesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}

/** The issuer's id, whether `issuer` is a string or a Profile object. */
export function issuerIdOf(issuer: Credential['issuer']): string {
  return typeof issuer === 'string' ? issuer : issuer.id;
}
