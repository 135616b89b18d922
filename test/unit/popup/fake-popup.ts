// A popup's surroundings over WXT's fakeBrowser, for the tests of its parts: the tab it acts on
// with a fake content script (tabs.sendMessage), a fake worker (runtime.onMessage), scripting
// and permission calls recorded, and the user store on storage.local.

import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newSeal } from '../../../lib/extension';
import {
  type BadgeView,
  createMessenger,
  type InterferenceReport,
  type Messenger,
  type PageState,
} from '../../../lib/messaging';
import { createUserStore, SETTINGS_KEY, type Settings, type UserStore } from '../../../lib/storage';

export const PROFILE = 'https://www.linkedin.com/in/ada-lovelace';

export type WorkerMessage = { type: string } & Record<string, unknown>;

export type FakePopupWorld = {
  tabId: number;
  /** What the content script answers to credlens:pageState, by read count; a throw is no answer. */
  pageAnswer: (read: number) => unknown;
  pageReads: number;
  /** Other requests the content script got (reveal, checkMore). */
  pageRequests: unknown[];
  workerMessages: WorkerMessage[];
  workerInterference: InterferenceReport[];
  /** The files scripting.executeScript ran, and the permission origins asked for. */
  scripted: string[];
  permissionRequests: string[][];
  grantPermissions: boolean;
  send: Messenger;
  store: UserStore;
  stored(): Promise<Settings>;
};

/** Resets fakeBrowser and builds the world; call in beforeEach (with fake timers if needed). */
export async function fakePopupWorld(): Promise<FakePopupWorld> {
  fakeBrowser.reset();
  // Another tab first, so the popup's tab is not the only one to send to.
  await fakeBrowser.tabs.create({ url: 'https://example.org/' });
  const tab = await fakeBrowser.tabs.create({ url: PROFILE, active: true });
  const world: FakePopupWorld = {
    tabId: tab.id ?? -1,
    pageAnswer: () => pageState([]),
    pageReads: 0,
    pageRequests: [],
    workerMessages: [],
    workerInterference: [],
    scripted: [],
    permissionRequests: [],
    grantPermissions: true,
    send: createMessenger((message) => fakeBrowser.runtime.sendMessage(message)),
    store: createUserStore(
      {
        get: async (key) => (await fakeBrowser.storage.local.get(key))[key],
        set: (key, value) => fakeBrowser.storage.local.set({ [key]: value }),
      },
      newSeal,
    ),
    stored: async () =>
      (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings,
  };
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    target: number,
    message: { type: string },
  ) => {
    if (target !== world.tabId) throw new Error('Could not establish connection.');
    if (message.type === 'credlens:pageState') return world.pageAnswer(world.pageReads++);
    world.pageRequests.push(message);
    return { ok: true };
  }) as unknown as typeof fakeBrowser.tabs.sendMessage);
  fakeBrowser.runtime.onMessage.addListener(((
    message: WorkerMessage,
    _sender: unknown,
    respond: (answer: unknown) => void,
  ) => {
    world.workerMessages.push(message);
    respond(workerAnswer(message, world));
    return true;
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (options: {
    files?: string[];
  }) => {
    world.scripted.push(...(options.files ?? []));
    return [];
  }) as unknown as typeof fakeBrowser.scripting.executeScript);
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async (options: {
    origins?: string[];
  }) => {
    world.permissionRequests.push(options.origins ?? []);
    return world.grantPermissions;
  }) as unknown as typeof fakeBrowser.permissions.request);
  return world;
}

export function pageState(
  credentials: PageState['credentials'],
  extra: Partial<PageState> = {},
): PageState {
  return { url: PROFILE, candidate: 'Ada Lovelace', credentials, ...extra };
}

export function credential(
  ref: string,
  verdict: BadgeView['verdict'],
  needsAccess?: string[],
): PageState['credentials'][number] {
  return {
    ref,
    label: `Credential ${ref}`,
    view: {
      verdict,
      headline: verdict === 'checking' ? 'Checking…' : 'Verified',
      name: `Credential ${ref}`,
      skills: [],
      checks: [],
      sourceUrl: `https://www.credly.com/badges/${ref}`,
      providerLabel: 'Credly',
      ...(needsAccess === undefined ? {} : { needsAccess }),
    },
  };
}

function workerAnswer(message: WorkerMessage, world: FakePopupWorld): unknown {
  switch (message.type) {
    case 'getSeal':
      return { seal: { symbol: '◆', word: 'harbour', color: '#0a7' } };
    case 'tabStatus':
      return { total: 1, counts: {}, interference: world.workerInterference };
    case 'setHolderEmail':
      return { ok: true };
    case 'clearCache':
      return { cleared: 3 };
    default:
      return undefined;
  }
}
