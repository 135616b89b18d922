// Messages between the extension's own contexts (content scripts, popup, options) and the
// service worker: each name has a request and a response schema, checked on receipt and on
// return. zod/mini keeps the schemas small enough for the content-script budget.

import * as z from 'zod/mini';

const text = (max: number) => z.string().check(z.maxLength(max));

export const VERDICTS = [
  'checking',
  'verified',
  'confirmed',
  'expired',
  'revoked',
  'suspended',
  'invalid',
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
  generic: z.optional(z.boolean()),
});
export type ProviderMatchMessage = z.infer<typeof ProviderMatchSchema>;

export const BadgeCheckSchema = z.object({
  outcome: z.enum(['pass', 'fail', 'unknown', 'skipped']),
  text: text(600),
});

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
  sourceUrl: text(2048),
  providerLabel: text(80),
});
export type BadgeView = z.infer<typeof BadgeViewSchema>;

export const SealSchema = z.object({ symbol: text(16), word: text(32), color: text(16) });
export type Seal = z.infer<typeof SealSchema>;

export const MESSAGES = {
  verifyLink: {
    request: z.object({
      type: z.literal('verifyLink'),
      match: ProviderMatchSchema,
      visible: z.boolean(),
    }),
    response: z.union([z.object({ view: BadgeViewSchema }), z.object({ hidden: z.literal(true) })]),
  },
  getSeal: {
    request: z.object({ type: z.literal('getSeal') }),
    response: z.object({ seal: SealSchema }),
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
  const type =
    typeof message === 'object' && message !== null
      ? (message as { type?: unknown }).type
      : undefined;
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
