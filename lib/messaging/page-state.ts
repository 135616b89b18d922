// The popup asks the content script of its tab what the page holds: the credential links with
// their current badges, the job posting if it is a job page, and the candidate's name. The
// answer crosses a context boundary, so both ends parse it.

import * as z from 'zod/mini';
import { BadgeViewSchema, InterferenceSchema, PagePersonSchema } from './protocol';

const text = (max: number) => z.string().check(z.maxLength(max));

export const PAGE_STATE_REQUEST = { type: 'credlens:pageState' } as const;
export const PageStateRequestSchema = z.object({ type: z.literal(PAGE_STATE_REQUEST.type) });

/** The popup asks the page to scroll to one credential's link and highlight it. */
export const RevealRequestSchema = z.object({
  type: z.literal('credlens:reveal'),
  ref: z.string().check(z.regex(/^[0-9a-z]{1,16}$/)),
});
/** The popup asks the page to ask again for every badge (the candidate's email changed). */
export const RecheckRequestSchema = z.object({ type: z.literal('credlens:recheck') });
/** The popup asks the page to check the links past the per-page cap as well. */
export const CheckMoreRequestSchema = z.object({ type: z.literal('credlens:checkMore') });

export const PagePostingSchema = z.object({
  title: z.optional(text(300)),
  company: z.optional(text(300)),
  text: text(50_000),
  source: text(32),
});
export type PagePosting = z.infer<typeof PagePostingSchema>;

export const PageStateSchema = z.object({
  url: text(2048),
  /** The profile's name (its main heading), when the page looks like a profile. */
  candidate: z.optional(text(300)),
  /** The person the page is about and where that was read (holder binding compares with it). */
  person: z.optional(PagePersonSchema),
  credentials: z
    .array(
      z.object({
        /** The page's own handle for the link, for "show me it" (never the badge's token). */
        ref: z.string().check(z.regex(/^[0-9a-z]{1,16}$/)),
        label: text(300),
        view: BadgeViewSchema,
      }),
    )
    .check(z.maxLength(1_000)),
  /** Credential links past the per-page cap: listed, not checked until the user asks. */
  notChecked: z.optional(
    z.array(z.object({ label: text(300), url: text(2048) })).check(z.maxLength(1_000)),
  ),
  /** How many credential links the page holds past the cap, in all. */
  notCheckedTotal: z.optional(z.number()),
  /** Badges the page covered, clipped, moved… as the content script saw them. */
  interference: z.optional(z.array(InterferenceSchema).check(z.maxLength(100))),
  posting: z.optional(PagePostingSchema),
});
export type PageState = z.infer<typeof PageStateSchema>;
