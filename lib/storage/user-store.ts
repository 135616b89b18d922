// Reads and edits the user's settings in a key-value area (browser.storage.local in the
// extension, a Map in tests). Edits are serialised within one context; the area is the only
// source of truth, so every edit re-reads it first.

import type { Seal } from '../messaging';
import { defaultSettings, readSettings, SETTINGS_KEY, type Settings } from './settings';

export type StorageArea = {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
};

export type UserStore = {
  read(): Promise<Settings>;
  update(edit: (settings: Settings) => Settings): Promise<Settings>;
};

/** Where unreadable settings are kept, so nothing the user saved is silently overwritten. */
export const UNREADABLE_KEY = `${SETTINGS_KEY}:unreadable`;

export function createUserStore(area: StorageArea, newSeal: () => Seal): UserStore {
  let chain: Promise<unknown> = Promise.resolve();
  const load = async (): Promise<Settings> => {
    const stored = await area.get(SETTINGS_KEY);
    const read = readSettings(stored);
    if (read.settings !== undefined) {
      if (read.needsWrite) await area.set(SETTINGS_KEY, read.settings);
      return read.settings;
    }
    if (read.unreadable !== undefined) await area.set(UNREADABLE_KEY, read.unreadable);
    const fresh = defaultSettings(newSeal());
    await area.set(SETTINGS_KEY, fresh);
    return fresh;
  };
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = chain.then(task, task);
    chain = run.catch(() => undefined);
    return run;
  };
  return {
    read: () => serial(load),
    update: (edit) =>
      serial(async () => {
        const next = edit(await load());
        await area.set(SETTINGS_KEY, next);
        return next;
      }),
  };
}
