// zod schemas for the key documents Credlens fetches (CID 1.0 §2 controller documents, DID
// documents, RFC 7517 JWKs and JWK Sets): what a key is looked up in must be a JSON object with
// the members the lookup relies on; anything else is a specific code, never a cast.

import { z } from 'zod';

/** A controller or DID document: a JSON object with its own id (CID 1.0 §2.1.1). */
export const ControllerDocumentSchema = z.looseObject({ id: z.string() });

/** A verification method inside one: an object with an id (absolute, or `#fragment`). */
export const VerificationMethodSchema = z.looseObject({ id: z.string() });

/** A public JWK as served (RFC 7517 §4): `kty` is the one member every key has. */
export const JwkSchema = z.looseObject({ kty: z.string() });
export type ServedJwk = z.infer<typeof JwkSchema>;

/** A JWK Set (RFC 7517 §5): its keys; entries that are not JWKs are ignored. */
export const JwkSetSchema = z.looseObject({ keys: z.array(z.unknown()) });

/** An issuer or holder Profile as far as key binding reads it: its id. */
export const ProfileSchema = z.looseObject({ id: z.string() });
