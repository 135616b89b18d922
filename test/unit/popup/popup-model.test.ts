// The popup's model against WXT's fakeBrowser: the real tab-access.ts and messenger over a fake
// content script (tabs.sendMessage), a fake worker (runtime.onMessage) and storage.local, with
// fake timers driving the polling.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createPopupModel,
  POLL_MS,
  type PopupModel,
  systemClock,
  WATCH_MS,
} from '../../../entrypoints/popup/popup-model';
import * as tabAccess from '../../../entrypoints/popup/tab-access';
import { newSeal } from '../../../lib/extension';
import { createMessenger, type InterferenceReport } from '../../../lib/messaging';
import { createDefaultSkillMatcher } from '../../../lib/skills';
import {
  createUserStore,
  renameRole,
  type SavedRole,
  SETTINGS_KEY,
  type Settings,
  saveAndPinRole,
  type UserStore,
} from '../../../lib/storage';
import { credential, PROFILE, pageState } from './fake-popup';

const matcher = createDefaultSkillMatcher();
const JOB = 'https://www.linkedin.com/jobs/view/42';

type WorkerMessage = { type: string } & Record<string, unknown>;

let tabId: number;
let pageReads: number;
/** What the fake content script answers to credlens:pageState (a function of the read count). */
let pageAnswer: (read: number) => unknown;
let pageRequests: unknown[];
let workerMessages: WorkerMessage[];
let workerInterference: InterferenceReport[];
let workerAnswers: boolean;
let store: UserStore;
let model: PopupModel | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  pageReads = 0;
  pageRequests = [];
  workerMessages = [];
  workerInterference = [];
  workerAnswers = true;
  pageAnswer = () => pageState([]);
  // Another tab first, so the popup's tab is not the only one to send to.
  await fakeBrowser.tabs.create({ url: 'https://example.org/' });
  const tab = await fakeBrowser.tabs.create({ url: PROFILE, active: true });
  tabId = tab.id ?? -1;
  // The content script of that tab.
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    target: number,
    message: { type: string },
  ) => {
    if (target !== tabId) throw new Error('Could not establish connection.');
    if (message.type === 'credlens:pageState') return pageAnswer(pageReads++);
    pageRequests.push(message);
    return { ok: true };
  }) as unknown as typeof fakeBrowser.tabs.sendMessage);
  // The worker.
  fakeBrowser.runtime.onMessage.addListener(((
    message: WorkerMessage,
    _sender: unknown,
    respond: (answer: unknown) => void,
  ) => {
    workerMessages.push(message);
    respond(workerAnswers ? workerAnswer(message) : undefined);
    return true;
  }) as never);
  store = createUserStore(
    {
      get: async (key) => (await fakeBrowser.storage.local.get(key))[key],
      set: (key, value) => fakeBrowser.storage.local.set({ [key]: value }),
    },
    newSeal,
  );
});

afterEach(() => {
  model?.stop();
  model = undefined;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('popup model', () => {
  it('follows the badges until they settle, then watches the page at a slower pace', async () => {
    pageAnswer = (read) => pageState([credential('a1', read < 2 ? 'checking' : 'verified')]);
    const started = open().start();
    let done = false;
    void started.then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(pageReads).toBe(1);
    expect(model?.state.candidate?.skills.checking).toBe(1);

    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(pageReads).toBe(2);
    expect(done).toBe(false);

    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(pageReads).toBe(3);
    expect(model?.state.candidate?.skills.checking).toBe(0);
    expect(done).toBe(true);

    // Settled: no more reads at the polling pace, one per watch interval.
    await vi.advanceTimersByTimeAsync(WATCH_MS - 2 * POLL_MS - 1);
    expect(pageReads).toBe(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(pageReads).toBe(4);
    await vi.advanceTimersByTimeAsync(WATCH_MS);
    expect(pageReads).toBe(5);
    expect(workerMessages.filter((message) => message.type === 'tabStatus')).toHaveLength(5);
  });

  it('shows nothing when the page cannot be read, and drops what a past read showed', async () => {
    pageAnswer = (read) => {
      if (read === 0) return { url: PROFILE, credentials: 'not a list' };
      if (read === 1) return pageState([credential('a1', 'verified', ['https://keys.example'])]);
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    const popup = open();
    await settled(popup);
    expect(pageReads).toBe(2);
    expect(popup.state.candidate?.skills.credentials).toHaveLength(1);
    expect(popup.state.blockedOrigins).toEqual(['https://keys.example']);

    await vi.advanceTimersByTimeAsync(WATCH_MS);
    expect(pageReads).toBe(3);
    expect(popup.state.candidate).toBeUndefined();
    expect(popup.state.blockedOrigins).toEqual([]);
    expect(popup.state.credentialRefs).toBeUndefined();
    expect(popup.state.message).toBeUndefined();
  });

  it('saves to the shortlist only once no badge is checking', async () => {
    await store.update((current) => pinned(current, 'Data engineer'));
    pageAnswer = (read) => pageState([credential('a1', read < 3 ? 'checking' : 'verified')]);
    const popup = open();
    void popup.start();
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(popup.state.candidate?.skills.checking).toBe(1);

    popup.actions.saveToShortlist();
    await vi.advanceTimersByTimeAsync(0);
    expect((await stored()).shortlist).toEqual([]);
    expect(popup.state.message).toBeUndefined();

    await vi.advanceTimersByTimeAsync(2 * POLL_MS);
    expect(popup.state.candidate?.skills.checking).toBe(0);
    popup.actions.saveToShortlist();
    await vi.advanceTimersByTimeAsync(0);
    const { shortlist } = await stored();
    expect(shortlist).toHaveLength(1);
    expect(shortlist[0]?.name).toBe('Ada Lovelace');
    expect(shortlist[0]?.credentials.map((entry) => entry.verdict)).toEqual(['verified']);
    expect(popup.state.message).toBe('Saved Ada Lovelace to the shortlist.');
  });

  it('pins the role from a job page and keeps the name the user gave it on a re-pin', async () => {
    pageAnswer = () => ({
      ...pageState([]),
      url: JOB,
      posting: {
        title: 'Data Engineer',
        company: 'Analytical Engines',
        text: 'Data Engineer\nWe need Python and SQL.',
        source: 'json-ld',
      },
    });
    const popup = open();
    await settled(popup);
    expect(popup.state.pageRole?.title).toBe('Data Engineer');

    popup.actions.pinPageRole([]);
    await vi.advanceTimersByTimeAsync(0);
    const first = (await stored()).roles;
    expect(first.map((role) => role.title)).toEqual(['Data Engineer']);
    expect(popup.state.message).toBe(
      'Pinned "Data Engineer": Credlens compares candidates against it on other pages.',
    );

    const roleId = (first[0] as SavedRole).id;
    await store.update((current) => renameRole(current, roleId, 'Berlin data team', new Date()));
    popup.actions.pinPageRole([]);
    await vi.advanceTimersByTimeAsync(0);
    const again = await stored();
    expect(again.roles.map((role) => [role.id, role.title])).toEqual([
      [roleId, 'Berlin data team'],
    ]);
    expect(again.pinnedRoleId).toBe(roleId);
    expect(popup.state.activeRole?.title).toBe('Berlin data team');
    expect(popup.state.message).toBe(
      'Pinned "Berlin data team": Credlens compares candidates against it on other pages.',
    );
  });

  it("sends the holder email for the popup's own tab and says so", async () => {
    const popup = open();
    await settled(popup);

    popup.actions.checkEmail('ada@example.org');
    await vi.advanceTimersByTimeAsync(0);
    expect(workerMessages).toContainEqual({
      type: 'setHolderEmail',
      tabId,
      email: 'ada@example.org',
    });
    expect(popup.state.message).toBe('Checking every credential on this page against that email.');

    popup.actions.checkEmail(' ');
    await vi.advanceTimersByTimeAsync(0);
    expect(popup.state.message).toBe('Email forgotten.');

    workerAnswers = false;
    popup.actions.checkEmail('ada@example.org');
    await vi.advanceTimersByTimeAsync(0);
    expect(popup.state.message).toBe('Could not check the email.');
  });

  it('"Show" asks the page to reveal the credential by its ref', async () => {
    pageAnswer = () => pageState([credential('a1', 'verified'), credential('b2', 'verified')]);
    const popup = open();
    await settled(popup);
    expect(popup.state.credentialRefs).toEqual(['a1', 'b2']);

    popup.actions.reveal('b2');
    await vi.advanceTimersByTimeAsync(0);
    expect(pageRequests).toEqual([{ type: 'credlens:reveal', ref: 'b2' }]);
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenLastCalledWith(tabId, {
      type: 'credlens:reveal',
      ref: 'b2',
    });
  });

  it("merges the page's and the worker's interference without duplicates", async () => {
    pageAnswer = () => ({
      ...pageState([credential('a1', 'verified')]),
      interference: [
        { label: 'AWS badge', how: 'covered' },
        { label: 'Scrum badge', how: 'moved' },
      ],
    });
    workerInterference = [
      { label: 'AWS badge', how: 'covered' },
      { label: 'AWS badge', how: 'clipped' },
      { label: 'Scrum badge', how: 'moved' },
    ];
    const popup = open();
    await settled(popup);
    expect(popup.state.interference).toEqual([
      { label: 'AWS badge', how: 'covered' },
      { label: 'Scrum badge', how: 'moved' },
      { label: 'AWS badge', how: 'clipped' },
    ]);
  });

  it('says "Not saved: …" when storage fails, and keeps what was saved', async () => {
    await store.update((current) => pinned(current, 'Data engineer'));
    const before = await stored();
    const popup = open();
    await settled(popup);
    const seen: Array<string | undefined> = [];
    popup.onChange((state) => seen.push(state.message));

    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    popup.actions.trustIssuer('did:web:academy.example', 'Example Academy');
    await vi.advanceTimersByTimeAsync(0);
    expect(popup.state.message).toBe(
      'Not saved: QUOTA_BYTES quota exceeded. Nothing you saved before was changed.',
    );
    expect(seen).toContain(popup.state.message);
    expect(popup.state.roles.map((role) => role.title)).toEqual(['Data engineer']);
    expect(popup.state.activeRole?.title).toBe('Data engineer');
    expect(await stored()).toEqual(before);
  });

  it('leaves LinkedIn untouched by default, explains it once, and switches it per site', async () => {
    void open().start();
    await vi.advanceTimersByTimeAsync(POLL_MS * 2);
    expect(model?.state.untouched).toEqual({ site: 'linkedin.com', on: true, showNotice: true });

    model?.actions.dismissUntouchedNotice();
    await vi.advanceTimersByTimeAsync(0);
    expect(model?.state.untouched?.showNotice).toBe(false);
    const stored = async () =>
      ((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings).pageUntouched;
    expect(await stored()).toEqual({ on: [], off: [], noticeDismissed: true });

    const readsBefore = pageReads;
    model?.actions.setUntouched(false);
    await vi.advanceTimersByTimeAsync(POLL_MS * 2);
    expect(model?.state.untouched).toEqual({ site: 'linkedin.com', on: false, showNotice: false });
    expect(await stored()).toEqual({ on: [], off: ['linkedin.com'], noticeDismissed: true });
    expect(model?.state.message).toBe('Showing badges on linkedin.com.');
    // The page is read again: its content script starts over in the new mode.
    expect(pageReads).toBeGreaterThan(readsBefore);
  });
});

/** Starts the popup and lets it read the page twice (a settled page needs no more). */
async function settled(popup: PopupModel): Promise<void> {
  const started = popup.start();
  await vi.advanceTimersByTimeAsync(POLL_MS);
  await started;
}

/** The popup on the test's tab, as main.tsx builds it but over fakeBrowser. */
function open(): PopupModel {
  model = createPopupModel({
    send: createMessenger((message) => fakeBrowser.runtime.sendMessage(message)),
    store,
    tab: {
      tab: { id: tabId, title: 'Ada Lovelace | LinkedIn' } as never,
      origin: PROFILE,
      covered: true,
      site: 'linkedin.com',
    },
    page: tabAccess,
    clock: systemClock(),
    newId: () => crypto.randomUUID(),
    openPage: () => undefined,
    createMatcher: async () => matcher,
  });
  return model;
}

function workerAnswer(message: WorkerMessage): unknown {
  switch (message.type) {
    case 'getSeal':
      return { seal: { symbol: '◆', word: 'harbour', color: '#0a7' } };
    case 'tabStatus':
      return { total: 1, counts: {}, interference: workerInterference };
    case 'setHolderEmail':
      return { ok: true };
    default:
      return undefined;
  }
}

function pinned(settings: Settings, title: string): Settings {
  return saveAndPinRole(
    settings,
    { title, source: 'pasted', skills: [] },
    () => 'role-1',
    new Date('2026-01-01T00:00:00Z'),
  ).settings;
}

async function stored(): Promise<Settings> {
  return (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings;
}
