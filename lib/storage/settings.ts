// User settings in extension storage, versioned: each stored shape has a version and every
// older version has a migration, so an update never loses what the user saved. Reads are
// parsed; anything unreadable falls back to the default and the original is kept aside.

import * as z from 'zod/mini';
import { SealSchema } from '../messaging';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export const SettingsSchema = z.object({ version: z.literal(SETTINGS_VERSION), seal: SealSchema });
export type Settings = z.infer<typeof SettingsSchema>;

/** Migrations from each older version to the next; version 1 is the first. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

export type SettingsRead =
  | { settings: Settings; needsWrite: boolean }
  | { settings: undefined; unreadable: unknown };

/** Reads stored settings, migrating older versions; undefined settings when none or unreadable. */
export function readSettings(stored: unknown): SettingsRead {
  if (stored === undefined || stored === null)
    return { settings: undefined, unreadable: undefined };
  let value = stored as Record<string, unknown>;
  let migrated = false;
  while (typeof value.version === 'number' && value.version < SETTINGS_VERSION) {
    const migrate = MIGRATIONS[value.version];
    if (migrate === undefined) break;
    value = migrate(value);
    migrated = true;
  }
  const parsed = SettingsSchema.safeParse(value);
  return parsed.success
    ? { settings: parsed.data, needsWrite: migrated }
    : { settings: undefined, unreadable: stored };
}
