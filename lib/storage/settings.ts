// Everything the user keeps, in one versioned record in extension storage: the seal, saved
// roles (one pinned), shortlisted candidates, trusted issuers and the sites left untouched. Each older shape has a
// migration to the next, so an update never loses what the user saved; anything unreadable is
// kept aside rather than overwritten (see user-store.ts).

import * as z from 'zod/mini';
import { SealSchema, VERDICTS } from '../messaging';
import { MAX_SITE_CHARS } from './page-untouched';

export { SETTINGS_KEY } from './key';
export const SETTINGS_VERSION = 3;

const text = (max: number) => z.string().check(z.maxLength(max));

/** How much Credlens keeps: the builders cap to these, and every write is checked against them. */
export const LIMITS = {
  roles: 500,
  roleSkills: 300,
  shortlist: 5000,
  credentialsPerCandidate: 200,
  skillsPerCredential: 100,
  trustedIssuers: 1000,
  untouchedSites: 500,
} as const;
const id = text(2048);
/** ISO timestamps, kept as text: storage is JSON. */
const timestamp = text(40);

export const RoleSkillSchema = z.object({
  id,
  label: text(300),
  kind: z.enum(['hard', 'soft']),
  required: z.boolean(),
});
export type SavedRoleSkill = z.infer<typeof RoleSkillSchema>;

export const SavedRoleSchema = z.object({
  id: text(64),
  title: text(300),
  company: z.optional(text(300)),
  /** Read from a job page, or pasted by the user. */
  source: z.enum(['page', 'pasted']),
  url: z.optional(text(2048)),
  skills: z.array(RoleSkillSchema).check(z.maxLength(LIMITS.roleSkills)),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type SavedRole = z.infer<typeof SavedRoleSchema>;

/** A credential as it stood when the candidate was shortlisted. */
export const SavedCredentialSchema = z.object({
  name: text(300),
  verdict: z.enum(VERDICTS),
  issuerName: z.optional(text(300)),
  issuerId: z.optional(text(300)),
  sourceUrl: text(2048),
  skills: z
    .array(z.object({ id, label: text(300) }))
    .check(z.maxLength(LIMITS.skillsPerCredential)),
});
export type SavedCredential = z.infer<typeof SavedCredentialSchema>;

export const ShortlistEntrySchema = z.object({
  id: text(64),
  roleId: text(64),
  name: text(300),
  pageUrl: text(2048),
  savedAt: timestamp,
  credentials: z.array(SavedCredentialSchema).check(z.maxLength(LIMITS.credentialsPerCandidate)),
});
export type ShortlistEntry = z.infer<typeof ShortlistEntrySchema>;

export const TrustedIssuerSchema = z.object({ id: text(2048), name: text(300) });

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  seal: SealSchema,
  roles: z.array(SavedRoleSchema).check(z.maxLength(LIMITS.roles)),
  pinnedRoleId: z.optional(text(64)),
  shortlist: z.array(ShortlistEntrySchema).check(z.maxLength(LIMITS.shortlist)),
  trustedIssuers: z.object({
    added: z.array(TrustedIssuerSchema).check(z.maxLength(LIMITS.trustedIssuers)),
    /** Bundled entries the user chose not to trust (by their id). */
    removed: z.array(text(2048)).check(z.maxLength(LIMITS.trustedIssuers)),
  }),
  /** Page-untouched mode: the user's choices against the default sites (page-untouched.ts). */
  pageUntouched: z.object({
    on: z.array(text(MAX_SITE_CHARS)).check(z.maxLength(LIMITS.untouchedSites)),
    off: z.array(text(MAX_SITE_CHARS)).check(z.maxLength(LIMITS.untouchedSites)),
    /** The popup and side panel explained the mode once; the user dismissed the notice. */
    noticeDismissed: z.boolean(),
  }),
});
export type Settings = z.infer<typeof SettingsSchema>;

type Stored = Record<string, unknown>;

/** Migrations from each older version to the next. */
export const MIGRATIONS: Record<number, (old: Stored) => Stored> = {
  // Version 1 (first release) held only the seal.
  1: (old) => ({
    ...old,
    version: 2,
    roles: [],
    shortlist: [],
    trustedIssuers: { added: [], removed: [] },
  }),
  // Version 3 adds page-untouched mode: no choices yet, so the defaults (linkedin.com) apply.
  2: (old) => ({
    ...old,
    version: 3,
    pageUntouched: { on: [], off: [], noticeDismissed: false },
  }),
};

/** Fresh settings around a new seal. */
export function defaultSettings(seal: Settings['seal']): Settings {
  return {
    version: SETTINGS_VERSION,
    seal,
    roles: [],
    shortlist: [],
    trustedIssuers: { added: [], removed: [] },
    pageUntouched: { on: [], off: [], noticeDismissed: false },
  };
}

export type SettingsRead =
  | { settings: Settings; needsWrite: boolean }
  | { settings: undefined; unreadable: unknown };

/** Reads stored settings, migrating older versions; undefined settings when none or unreadable. */
export function readSettings(stored: unknown): SettingsRead {
  if (stored === undefined || stored === null)
    return { settings: undefined, unreadable: undefined };
  const migrated = migrate(stored);
  if (migrated === undefined) return { settings: undefined, unreadable: stored };
  const parsed = SettingsSchema.safeParse(migrated.value);
  return parsed.success
    ? { settings: parsed.data, needsWrite: migrated.steps > 0 }
    : { settings: undefined, unreadable: stored };
}

/** Runs the migrations up to the current version; undefined for a newer or unknown version. */
export function migrate(stored: unknown): { value: Stored; steps: number } | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
  let value = stored as Stored;
  let steps = 0;
  while (typeof value.version === 'number' && value.version < SETTINGS_VERSION) {
    const step = MIGRATIONS[value.version];
    if (step === undefined) return undefined;
    value = step(value);
    steps++;
  }
  return value.version === SETTINGS_VERSION ? { value, steps } : undefined;
}
