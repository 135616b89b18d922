// The user's data as every extension context reaches it (pages and the worker):
// browser.storage.local through lib/storage's store (migrations, unreadable data kept aside,
// one lock across contexts), with a new seal only if none exists yet.

import { browser } from '#imports';
import type { Seal } from '../../lib/messaging';
import {
  createUserStore,
  exportData,
  generateSeal,
  type ImportResult,
  importData,
  MAX_IMPORT_CHARS,
  randomBelow,
  type Settings,
  type UserStore,
} from '../../lib/storage';

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

/** Saves `text` as a download named `name` (no permission needed: an anchor with a blob URL). */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads everything the user keeps as a Credlens export file. */
export function exportAll(settings: Settings): void {
  const file = exportData(settings, new Date());
  download('credlens-data.json', 'application/json', JSON.stringify(file, null, 2));
}

/** What a page does with the outcome of an edit: the settings now stored, and what to say. */
export type EditDone = (settings: Settings | undefined, message: string | undefined) => void;

/** Imports an export file into the store; `done` gets the merged settings or why not. */
export async function importFile(store: UserStore, file: File, done: EditDone): Promise<void> {
  // Checked before reading: a huge file is refused without loading it.
  if (file.size > MAX_IMPORT_CHARS * 4) {
    done(undefined, `Import failed: the file is larger than ${MAX_IMPORT_CHARS / 1024 / 1024} MB.`);
    return;
  }
  let outcome: ImportResult | undefined;
  try {
    const text = await file.text();
    // Merged inside the store's edit, so nothing saved meanwhile is overwritten.
    const settings = await store.update((current) => {
      outcome = importData(current, text);
      return outcome.ok ? outcome.settings : current;
    });
    if (outcome === undefined || !outcome.ok) {
      done(undefined, `Import failed: ${outcome?.error ?? 'unknown error'}`);
      return;
    }
    const { roles, candidates, issuers } = outcome.added;
    done(
      settings,
      `Imported ${roles} roles, ${candidates} candidates and ${issuers} trusted issuers.`,
    );
  } catch (error) {
    done(
      undefined,
      `Import failed: ${error instanceof Error ? error.message : 'storage failed'}. Nothing was changed.`,
    );
  }
}

/**
 * An edit function for a page: applies `change` through the store, then reports the result. A
 * failed write (storage full or unavailable) leaves the stored data as it was and says so.
 */
export function editorFor(
  store: UserStore,
  done: EditDone,
): (change: (current: Settings) => Settings, message?: string) => Promise<boolean> {
  return async (change, message) => {
    try {
      done(await store.update(change), message);
      return true;
    } catch (error) {
      done(
        undefined,
        `Not saved: ${error instanceof Error ? error.message : 'storage failed'}. Nothing you saved before was changed.`,
      );
      return false;
    }
  };
}
