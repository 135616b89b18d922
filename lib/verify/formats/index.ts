// Public surface of lib/verify/formats: what a credential's document is, and what it says.

/** zod schemas for VC 1.1 / 2.0 and Open Badges 3.0 credentials, and their data model. */
export {
  type Credential,
  CredentialSchema,
  type DataModel,
  detectDataModel,
  issuerIdOf,
  typesOf,
  VC_V1_CONTEXT,
  VC_V2_CONTEXT,
} from './credential-schema';
/** Proofs recognised but not checkable offline (Blockcerts anchoring, BBS), named for the card. */
export { explainUnsupportedProofs, foreignProofCheck } from './foreign-proofs';
/** What a person is shown about a credential and its issuer, as capped plain text. */
export {
  type Alignment,
  type CredentialSummary,
  type IssuerSummary,
  summarizeCredential,
  summarizeIssuer,
  summarizeOpenBadge2,
} from './summary';
