// The popup asks the content script of its tab what the page holds: the credential links with
// their current badges, the job posting if it is a job page, and the candidate's name. The
// answer crosses a context boundary, so both ends parse it.

import * as z from 'zod/mini';
import { BadgeViewSchema } from './protocol';

const text = (max: number) => z.string().check(z.maxLength(max));

export const PAGE_STATE_REQUEST = { type: 'credlens:pageState' } as const;
export const PageStateRequestSchema = z.object({ type: z.literal(PAGE_STATE_REQUEST.type) });

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
  credentials: z
    .array(z.object({ label: text(300), view: BadgeViewSchema }))
    .check(z.maxLength(300)),
  posting: z.optional(PagePostingSchema),
});
export type PageState = z.infer<typeof PageStateSchema>;
