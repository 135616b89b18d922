// The user's data as files, for the options and compare pages: a download of everything they
// keep, and an import that merges a file through the shared store (lib/extension).

import type { EditDone } from '../../lib/extension';
import {
  exportData,
  type ImportResult,
  importData,
  MAX_IMPORT_CHARS,
  type Settings,
  type UserStore,
} from '../../lib/storage';
import { say, t } from './i18n';

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

/** Imports an export file into the store; `done` gets the merged settings or why not. */
export async function importFile(store: UserStore, file: File, done: EditDone): Promise<void> {
  // Checked before reading: a huge file is refused without loading it.
  if (file.size > MAX_IMPORT_CHARS * 4) {
    done(undefined, t('importFailed', t('import_tooLarge', MAX_IMPORT_CHARS / 1024 / 1024)));
    return;
  }
  let outcome: ImportResult | undefined;
  try {
    const text = await file.text();
    // Merged inside the store's edit, so nothing saved meanwhile is overwritten.
    const settings = await store.update((current) => {
      outcome = importData(current, text, say);
      return outcome.ok ? outcome.settings : current;
    });
    if (outcome === undefined || !outcome.ok) {
      done(undefined, t('importFailed', outcome?.error ?? t('import_unknown')));
      return;
    }
    const { roles, candidates, issuers } = outcome.added;
    done(settings, t('imported', roles, candidates, issuers));
  } catch (error) {
    done(
      undefined,
      t('importFailedStorage', error instanceof Error ? error.message : t('storageFailed')),
    );
  }
}
