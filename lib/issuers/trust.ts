// The user's own word on issuers: the ones they trust, and the bundled ones they removed.

export type TrustedIssuer = { id: string; name: string };
export type IssuerTrust = { added: TrustedIssuer[]; removed: string[] };
