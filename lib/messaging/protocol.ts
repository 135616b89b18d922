// Messages between the extension's own contexts (content scripts, popup, options) and the
// service worker: each name has a request and a response schema, checked on receipt and on
// return. zod/mini keeps the schemas small enough for the content-script budget.

import * as z from 'zod/mini';
import { asRecord } from '../shared/text';

const text = (max: number) => z.string().check(z.maxLength(max));

export const VERDICTS = [
  'checking',
  'verified',
  'confirmed',
  'expired',
  'revoked',
  'suspended',
  'invalid',
  /** Genuine, but issued to someone other than the person the page is about. */
  'misattributed',
  'unverifiable',
  'link-only',
] as const;

/** What the content script found: mirrors lib/detect's ProviderMatch. */
export const ProviderMatchSchema = z.object({
  providerId: text(64),
  label: text(80),
  sourceUrl: text(2048),
  fetchUrl: z.optional(text(2048)),
  kind: z.enum(['ob2-hosted', 'credential', 'accredible', 'link-only']),
  credentialId: z.optional(text(256)),
  unwrap: z.optional(z.literal('credential')),
  generic: z.optional(z.literal(true)),
});
export type ProviderMatchMessage = z.infer<typeof ProviderMatchSchema>;

export const BadgeCheckSchema = z.object({
  outcome: z.enum(['pass', 'fail', 'unknown', 'skipped']),
  text: text(600),
});

/** The person a page is about, as the content script read it, and where from. */
export const PagePersonSchema = z.object({
  name: text(300),
  source: z.enum(['linkedin', 'github-name', 'github-login', 'json-ld', 'og:title', 'heading']),
  login: z.optional(text(100)),
});

/** A credential's holder against the page's person (and a typed email): see lib/holder. */
export const HolderCheckSchema = z.object({
  outcome: z.enum(['match', 'possible', 'mismatch', 'unknown']),
  /** A stable code (lib/holder): why this outcome. */
  reason: text(64),
  /** Plain words for the card and popup: "issued to Mallory Impostor, not Jordan Rivera". */
  text: text(600),
  credentialName: z.optional(text(300)),
  person: z.optional(PagePersonSchema),
  /** The recruiter's typed email against the credential's recipient identities. */
  email: z.optional(z.enum(['match', 'mismatch', 'absent', 'unsupported'])),
});
export type HolderCheckView = z.infer<typeof HolderCheckSchema>;

/** Everything a badge and its card show: plain text only, already decided by the worker. */
export const BadgeViewSchema = z.object({
  verdict: z.enum(VERDICTS),
  /** "Verified", "Confirmed by Credly", "Could not check"… */
  headline: text(80),
  name: z.optional(text(300)),
  issuerName: z.optional(text(300)),
  issuerId: z.optional(text(300)),
  recipient: z.optional(text(300)),
  issuedOn: z.optional(text(64)),
  validUntil: z.optional(text(64)),
  skills: z.array(text(300)).check(z.maxLength(50)),
  checks: z.array(BadgeCheckSchema).check(z.maxLength(40)),
  /** A presentation's credentials, each with its own verdict (lib/verify/presentation.ts). */
  credentials: z.optional(
    z
      .array(z.object({ name: text(300), verdict: z.enum(VERDICTS), headline: text(80) }))
      .check(z.maxLength(64)),
  ),
  sourceUrl: text(2048),
  providerLabel: text(80),
  /** What the popup, compare and preview pages match skills against (lib/matching). */
  evidence: z.optional(
    z.object({
      alignments: z
        .array(
          z.object({
            targetName: text(300),
            targetUrl: z.optional(text(2048)),
            targetCode: z.optional(text(300)),
          }),
        )
        .check(z.maxLength(50)),
      text: text(12_000),
    }),
  ),
  /**
   * https origins this credential's checks could not reach for want of a host permission; the
   * popup offers to allow exactly these, for the credentials on its own page.
   */
  needsAccess: z.optional(
    z
      .array(z.string().check(z.regex(/^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/i)))
      .check(z.maxLength(10)),
  ),
  /**
   * What the credential says about its holder (lib/holder/evidence.ts), kept with the verdict:
   * the names it gives, identity claims (maybe hashed, as published) and holder ids.
   */
  holder: z.optional(
    z.object({
      names: z
        .array(
          z.object({
            name: text(300),
            source: z.enum([
              'credentialSubject.name',
              'recipient.name',
              'provider',
              'clr.subject',
              'presentation.holder',
            ]),
          }),
        )
        .check(z.maxLength(8)),
      identities: z
        .array(
          z.object({
            type: text(64),
            identity: text(2048),
            hashed: z.boolean(),
            salt: z.optional(text(2048)),
          }),
        )
        .check(z.maxLength(8)),
      ids: z.array(text(2048)).check(z.maxLength(8)),
    }),
  ),
  /**
   * The holder compared with the person the page is about and the email the recruiter typed
   * (lib/holder/check.ts), decided fresh for every answer: it depends on the page.
   */
  holderCheck: z.optional(HolderCheckSchema),
  /** Whether the issuer is on a trusted-issuer list: a warning when not, never a failure. */
  issuerStanding: z.optional(
    z.object({
      known: z.boolean(),
      listedAs: z.optional(text(300)),
      by: z.optional(z.enum(['bundled', 'user'])),
      source: z.optional(text(2048)),
      /** A listed issuer's name this issuer's name is confusable with (lib/issuers): never known. */
      looksLike: z.optional(text(300)),
    }),
  ),
  /** Names that could pass for others: mixed scripts, a listed issuer's look-alike, bidi tricks. */
  nameWarnings: z.optional(
    z
      .array(
        z.object({
          code: z.enum(['mixed_script', 'lookalike_issuer', 'bidi_controls']),
          text: text(300),
        }),
      )
      .check(z.maxLength(5)),
  ),
});
export type BadgeView = z.infer<typeof BadgeViewSchema>;

/** A badge frame's token: 128 random bits in hex, minted by the content script. */
export const BadgeTokenSchema = z.string().check(z.regex(/^[0-9a-f]{32}$/));

/** Ways a page can interfere with a badge (lib/background/badge-registry.ts). */
export const INTERFERENCE_KINDS = [
  'covered',
  'clipped',
  'transparent',
  'filtered',
  'transformed',
  'hidden',
  'moved',
  'reloaded',
  'unclaimed',
] as const;
export const InterferenceSchema = z.object({ label: text(300), how: z.enum(INTERFERENCE_KINDS) });
export type InterferenceReport = z.infer<typeof InterferenceSchema>;

/** One report per badge and kind, whoever saw it (content script, frame, a stored record). */
export function uniqueInterference(reports: readonly InterferenceReport[]): InterferenceReport[] {
  const seen = new Set<string>();
  return reports.filter((report) => {
    const key = `${report.how}\u0000${report.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const SealSchema = z.object({ symbol: text(16), word: text(32), color: text(16) });
export type Seal = z.infer<typeof SealSchema>;

/** A learner's own credential for the preview page: pasted text, a dropped file, or a URL. */
export const PreviewInputSchema = z.union([
  z.object({ kind: z.literal('text'), text: text(2 * 1024 * 1024) }),
  // Base64 of a file up to 16 MiB, the size a recruiter's badge reads from a link.
  z.object({ kind: z.literal('bytes'), base64: text(22_400_000), name: text(256) }),
  z.object({ kind: z.literal('url'), url: text(2048) }),
]);
export type PreviewInput = z.infer<typeof PreviewInputSchema>;

/** One problem found in a previewed credential, with how the learner or issuer can fix it. */
export const DiagnosticSchema = z.object({
  code: text(64),
  severity: z.enum(['error', 'warning', 'info']),
  problem: text(600),
  fix: text(600),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const MESSAGES = {
  verifyLink: {
    request: z.object({
      type: z.literal('verifyLink'),
      match: ProviderMatchSchema,
      visible: z.boolean(),
      /** The badge frame's token (see lib/background/badge-registry.ts) and its page label. */
      token: z.optional(BadgeTokenSchema),
      /** Which run of the content script asks (a new page or scan starts a new one). */
      instance: z.optional(BadgeTokenSchema),
      /** The person the page is about, for holder binding (lib/holder). */
      person: z.optional(PagePersonSchema),
      label: z.optional(text(300)),
    }),
    response: z.union([
      z.object({ view: BadgeViewSchema }),
      z.object({ hidden: z.literal(true) }),
      // Not checked and no verdict: the worker's line was full, or the tab went away first.
      z.object({ notChecked: z.literal(true), reason: z.enum(['queue_full', 'cancelled']) }),
    ]),
  },
  getSeal: {
    request: z.object({ type: z.literal('getSeal') }),
    response: z.object({ seal: SealSchema }),
  },
  /** Extension pages only: the learner preview of one credential. */
  previewCredential: {
    request: z.object({ type: z.literal('previewCredential'), input: PreviewInputSchema }),
    response: z.object({
      view: BadgeViewSchema,
      diagnostics: z.array(DiagnosticSchema).check(z.maxLength(60)),
    }),
  },
  /** Extension pages only: forget every cached verdict, status list and key. */
  clearCache: {
    request: z.object({ type: z.literal('clearCache') }),
    response: z.object({ cleared: z.number() }),
  },
  /** Badge frames only: the view (and seal) a badge token stands for. */
  badgeView: {
    request: z.object({ type: z.literal('badgeView'), token: BadgeTokenSchema }),
    response: z.union([
      z.object({ view: BadgeViewSchema, label: text(300), seal: z.optional(SealSchema) }),
      z.object({ refused: z.enum(['unknown', 'other_tab', 'claimed']) }),
    ]),
  },
  /** Content scripts: the badges still live on the page and the interference seen there. */
  tabReport: {
    request: z.object({
      type: z.literal('tabReport'),
      instance: BadgeTokenSchema,
      live: z.array(BadgeTokenSchema).check(z.maxLength(2_000)),
      interference: z.array(InterferenceSchema).check(z.maxLength(100)),
      /** This run leaves the page untouched (page-untouched mode): the toolbar says so. */
      untouched: z.optional(z.boolean()),
    }),
    response: z.object({ ok: z.literal(true) }),
  },
  /** Extension pages only: the toolbar's counts and all interference seen on a tab. */
  tabStatus: {
    request: z.object({ type: z.literal('tabStatus'), tabId: z.number() }),
    response: z.object({
      total: z.number(),
      counts: z.record(z.string(), z.number()),
      interference: z.array(InterferenceSchema).check(z.maxLength(100)),
    }),
  },
  /**
   * Popup only: the candidate's email for a tab, to check hashed recipients against; kept in
   * session memory (storage.session) for that tab, never stored on disk or exported. Empty
   * forgets it.
   */
  setHolderEmail: {
    request: z.object({
      type: z.literal('setHolderEmail'),
      tabId: z.number(),
      email: text(320),
    }),
    response: z.object({ ok: z.literal(true) }),
  },
  /** Options page only: replaces the seal with a new random one. */
  renewSeal: {
    request: z.object({ type: z.literal('renewSeal') }),
    response: z.object({ seal: SealSchema }),
  },
} as const;

export type MessageName = keyof typeof MESSAGES;
export type RequestOf<N extends MessageName> = z.infer<(typeof MESSAGES)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<(typeof MESSAGES)[N]['response']>;

/** Parses an incoming message into one of the known requests, or undefined. */
export function parseRequest(
  message: unknown,
): { [N in MessageName]: RequestOf<N> }[MessageName] | undefined {
  const type = asRecord(message)?.type;
  // Own keys only: 'constructor' or '__proto__' must not reach a schema lookup.
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGES, type)) return undefined;
  const parsed = MESSAGES[type as MessageName].request.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}

/** Parses a response for `name`, or undefined when it does not have the promised shape. */
export function parseResponse<N extends MessageName>(
  name: N,
  response: unknown,
): ResponseOf<N> | undefined {
  const parsed = MESSAGES[name].response.safeParse(response);
  return parsed.success ? (parsed.data as ResponseOf<N>) : undefined;
}
