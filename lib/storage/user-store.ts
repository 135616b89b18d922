// Reads and edits the user's settings in a key-value area (browser.storage.local in the
// extension, a Map in tests). The area is the only source of truth, so every edit re-reads it
// first. Edits are serialised within one context, and across contexts (popup, compare page,
// options, worker) by the lock the host passes in, so no edit overwrites another.

import type { Seal } from '../messaging';
import {
  defaultSettings,
  readSettings,
  SETTINGS_KEY,
  type Settings,
  SettingsSchema,
} from './settings';

export type StorageArea = {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
};

export type UserStore = {
  read(): Promise<Settings>;
  update(edit: (settings: Settings) => Settings): Promise<Settings>;
};

/**
 * Where unreadable settings are kept (a list of `{ keptAt, value }`, newest last), so nothing
 * the user saved is silently overwritten — not even by a second unreadable copy.
 */
export const UNREADABLE_KEY = `${SETTINGS_KEY}:unreadable`;
const MAX_UNREADABLE_COPIES = 5;

/** Runs `task` while holding a lock shared by every context (Web Locks in the extension). */
export type Exclusive = <T>(task: () => Promise<T>) => Promise<T>;

export type UserStoreOptions = { exclusive?: Exclusive; now?: () => Date };

export function createUserStore(
  area: StorageArea,
  newSeal: () => Seal,
  options: UserStoreOptions = {},
): UserStore {
  const exclusive: Exclusive = options.exclusive ?? ((task) => task());
  const now = options.now ?? (() => new Date());
  let chain: Promise<unknown> = Promise.resolve();
  const load = async (): Promise<Settings> => {
    const stored = await area.get(SETTINGS_KEY);
    const read = readSettings(stored);
    if (read.settings !== undefined) {
      if (read.needsWrite) await area.set(SETTINGS_KEY, read.settings);
      return read.settings;
    }
    if (read.unreadable !== undefined) {
      const kept = await area.get(UNREADABLE_KEY);
      const copies = Array.isArray(kept) ? kept : [];
      await area.set(
        UNREADABLE_KEY,
        [...copies, { keptAt: now().toISOString(), value: read.unreadable }].slice(
          -MAX_UNREADABLE_COPIES,
        ),
      );
    }
    const fresh = defaultSettings(newSeal());
    await area.set(SETTINGS_KEY, fresh);
    return fresh;
  };
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const locked = () => exclusive(task);
    const run = chain.then(locked, locked);
    chain = run.catch(() => undefined);
    return run;
  };
  return {
    read: () => serial(load),
    update: (edit) =>
      serial(async () => {
        const next = edit(await load());
        // Never write what the next read would have to set aside: that would replace all the
        // user's data (and the seal) with defaults. The edit fails instead; nothing changes.
        const checked = SettingsSchema.safeParse(next);
        if (!checked.success) {
          const where = checked.error.issues[0]?.path.join('.') ?? '';
          throw new RangeError(
            `this would exceed what Credlens can keep${where ? ` (${where})` : ''}`,
          );
        }
        await area.set(SETTINGS_KEY, checked.data);
        return checked.data;
      }),
  };
}
