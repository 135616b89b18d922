// The user's data as every extension context reaches it (pages and the worker):
// browser.storage.local through lib/storage's store (migrations, unreadable data kept aside,
// one lock across contexts), with a new seal only if none exists yet.

import { browser } from '#imports';
import type { Seal } from '../messaging';
import { type Say, sayEnglish } from '../shared/words';
import {
  createUserStore,
  generateSeal,
  randomBelow,
  type Settings,
  type UserStore,
} from '../storage';

export function extensionUserStore(): UserStore {
  return createUserStore(
    {
      get: async (key) => (await browser.storage.local.get(key))[key],
      set: (key, value) => browser.storage.local.set({ [key]: value }),
    },
    newSeal,
    { exclusive: settingsLock },
  );
}

/** A new random seal (crypto.getRandomValues, uniform). */
export function newSeal(): Seal {
  return generateSeal(randomBelow((bytes) => crypto.getRandomValues(bytes)));
}

/**
 * One lock for the user's settings across every extension context (pages and the worker share
 * the extension's origin, so Web Locks span them all): no edit overwrites another's.
 */
export async function settingsLock<T>(task: () => Promise<T>): Promise<T> {
  // The lock's promise resolves to the task's own result (Web Locks unwrap it).
  return (await navigator.locks.request('credlens:settings', task)) as T;
}

/** What a page does with the outcome of an edit: the settings now stored, and what to say. */
export type EditDone = (settings: Settings | undefined, message: string | undefined) => void;

/**
 * An edit function for a page: applies `change` through the store, then reports the result. A
 * failed write (storage full or unavailable) leaves the stored data as it was and says so, in
 * `say`'s language.
 */
export function editorFor(
  store: UserStore,
  done: EditDone,
  say: Say = sayEnglish,
): (change: (current: Settings) => Settings, message?: string) => Promise<boolean> {
  return async (change, message) => {
    try {
      done(await store.update(change), message);
      return true;
    } catch (error) {
      done(
        undefined,
        say('saidNotSaved', error instanceof Error ? error.message : say('storageFailed')),
      );
      return false;
    }
  };
}
