// Export and import of everything the user keeps. An export is the settings record inside a
// labelled envelope; an import is validated in full (older versions migrated first) and merged
// without duplicates, or rejected with a specific reason and nothing changed.

import * as z from 'zod/mini';
import { type Say, sayEnglish } from '../shared/words';
import { migrate, type Settings, SettingsSchema } from './settings';

export const EXPORT_FORMAT = 'credlens-user-data';
/** Largest import accepted, in characters. */
export const MAX_IMPORT_CHARS = 10 * 1024 * 1024;

/** Everything but the seal: an export may be shared, and the seal must stay secret. */
export type ExportedData = Omit<Settings, 'seal'>;
export type ExportFile = { format: typeof EXPORT_FORMAT; exportedAt: string; data: ExportedData };

export function exportData(settings: Settings, now: Date): ExportFile {
  const { seal: _secret, ...data } = settings;
  return { format: EXPORT_FORMAT, exportedAt: now.toISOString(), data };
}

/** An import's data: the settings record without its seal (older exports carried one). */
const ImportedSchema = z.omit(SettingsSchema, { seal: true });

export type ImportCounts = { roles: number; candidates: number; issuers: number };
export type ImportResult =
  | { ok: true; settings: Settings; added: ImportCounts }
  | { ok: false; error: string };

const EnvelopeSchema = z.object({ format: z.literal(EXPORT_FORMAT), data: z.unknown() });

/**
 * Validates `raw` (the file's text) and merges it into `current`; the seal stays the user's.
 * Why a file is refused is said in `say`'s language.
 */
export function importData(current: Settings, raw: string, say: Say = sayEnglish): ImportResult {
  if (raw.length > MAX_IMPORT_CHARS)
    return { ok: false, error: say('import_tooLarge', String(MAX_IMPORT_CHARS / 1024 / 1024)) };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: say('import_notJson') };
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, error: say('import_notExport') };
  const migrated = migrate(envelope.data.data);
  if (migrated === undefined) return { ok: false, error: say('import_newerVersion') };
  const parsed = ImportedSchema.safeParse(migrated.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error:
        issue === undefined
          ? say('import_damaged')
          : say('import_damagedAt', issue.path.join('.') || say('importTopLevel')),
    };
  }
  return merge(current, parsed.data);
}

/** The user's own choices stand; the import's fill in sites they made none for. */
function mergeUntouched(
  current: Settings['pageUntouched'],
  incoming: Settings['pageUntouched'],
): Settings['pageUntouched'] {
  const chosen = new Set([...current.on, ...current.off]);
  const fresh = (list: string[]) => [...new Set(list)].filter((site) => !chosen.has(site));
  return {
    on: [...current.on, ...fresh(incoming.on)],
    off: [...current.off, ...fresh(incoming.off).filter((site) => !incoming.on.includes(site))],
    noticeDismissed: current.noticeDismissed || incoming.noticeDismissed,
  };
}

function merge(current: Settings, incoming: ExportedData): ImportResult {
  const roleIds = new Set(current.roles.map((role) => role.id));
  const roles = incoming.roles.filter((role) => !roleIds.has(role.id));
  const entryKey = (entry: { roleId: string; pageUrl: string }) =>
    `${entry.roleId} ${entry.pageUrl}`;
  const entryKeys = new Set(current.shortlist.map(entryKey));
  const entryIds = new Set(current.shortlist.map((entry) => entry.id));
  const candidates = incoming.shortlist.filter(
    (entry) => !entryKeys.has(entryKey(entry)) && !entryIds.has(entry.id),
  );
  const issuerIds = new Set(current.trustedIssuers.added.map((issuer) => issuer.id));
  const issuers = incoming.trustedIssuers.added.filter((issuer) => !issuerIds.has(issuer.id));
  const removed = [
    ...new Set([...current.trustedIssuers.removed, ...incoming.trustedIssuers.removed]),
  ].filter((id) => !issuers.some((issuer) => issuer.id === id));
  const settings: Settings = {
    ...current,
    roles: [...current.roles, ...roles],
    shortlist: [...current.shortlist, ...candidates],
    trustedIssuers: { added: [...current.trustedIssuers.added, ...issuers], removed },
    pageUntouched: mergeUntouched(current.pageUntouched, incoming.pageUntouched),
  };
  // The imported pin counts only if it names a role the merged data has.
  if (
    current.pinnedRoleId === undefined &&
    incoming.pinnedRoleId !== undefined &&
    settings.roles.some((role) => role.id === incoming.pinnedRoleId)
  )
    settings.pinnedRoleId = incoming.pinnedRoleId;
  const checked = SettingsSchema.safeParse(settings);
  if (!checked.success)
    return {
      ok: false,
      error: 'Merged, the data would exceed Credlens limits; nothing was imported.',
    };
  return {
    ok: true,
    settings: checked.data,
    added: { roles: roles.length, candidates: candidates.length, issuers: issuers.length },
  };
}
