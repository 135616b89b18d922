// The popup's page follower against WXT's fakeBrowser: the real tab-access.ts over a fake
// content script and worker, fake timers for the polling and watching.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createPageFollower,
  type PageFollower,
  POLL_MS,
  WATCH_MS,
} from '../../../entrypoints/popup/page-follower';
import { systemClock } from '../../../entrypoints/popup/popup-clock';
import { emptyPopupData, type PopupData } from '../../../entrypoints/popup/popup-state';
import * as tabAccess from '../../../entrypoints/popup/tab-access';
import { createDefaultSkillMatcher } from '../../../lib/skills';
import { credential, type FakePopupWorld, fakePopupWorld, PROFILE, pageState } from './fake-popup';

const matcher = createDefaultSkillMatcher();
let world: FakePopupWorld;
let data: PopupData;
let changes: number;
let follower: PageFollower;

beforeEach(async () => {
  vi.useFakeTimers();
  world = await fakePopupWorld();
  data = emptyPopupData();
  changes = 0;
  follower = createPageFollower({
    send: world.send,
    page: tabAccess,
    clock: systemClock(),
    tabId: world.tabId,
    data,
    matcher: async () => matcher,
    changed: () => {
      changes++;
    },
  });
});

afterEach(() => {
  follower.stop();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('page follower', () => {
  it('reads the page and the worker, and merges their interference without repeats', async () => {
    const covered = { label: 'AWS badge', how: 'covered' } as const;
    world.pageAnswer = () => ({
      ...pageState([credential('a1', 'checking')]),
      interference: [covered],
    });
    world.workerInterference = [covered, { label: 'AWS badge', how: 'clipped' }];
    expect(await follower.refresh()).toBe(true);
    expect(data.page?.url).toBe(PROFILE);
    expect(data.candidate?.checking).toBe(1);
    expect(data.interference.map((report) => report.how)).toEqual(['covered', 'clipped']);
    expect(world.workerMessages).toEqual([{ type: 'tabStatus', tabId: world.tabId }]);
  });

  it('lists each host the badges could not reach once, and forgets them when the page stops answering', async () => {
    world.pageAnswer = (read) => {
      if (read > 0) throw new Error('Receiving end does not exist.');
      return pageState([
        credential('a1', 'unverifiable', ['https://keys.example']),
        credential('a2', 'unverifiable', ['https://keys.example', 'https://status.example']),
      ]);
    };
    expect(await follower.refresh()).toBe(false);
    expect(data.blockedOrigins).toEqual(['https://keys.example', 'https://status.example']);
    expect(await follower.refresh()).toBe(false);
    expect(data.page).toBeUndefined();
    expect(data.candidate).toBeUndefined();
    expect(data.blockedOrigins).toEqual([]);
  });

  it('takes a job page’s role once, so an edit of it is not overwritten by the next read', async () => {
    world.pageAnswer = () =>
      pageState([], {
        posting: { title: 'Data Engineer', text: 'We need Python and SQL.', source: 'json-ld' },
      });
    await follower.refresh();
    expect(data.pageRole?.title).toBe('Data Engineer');
    expect(data.pageRole?.url).toBe(PROFILE);
    data.pageRole = { ...data.pageRole, title: 'Edited' } as PopupData['pageRole'];
    await follower.refresh();
    expect(data.pageRole?.title).toBe('Edited');
  });

  it('follows every POLL_MS until the badges settle, reading at least twice', async () => {
    world.pageAnswer = (read) => pageState([credential('a1', read < 3 ? 'checking' : 'verified')]);
    let done = false;
    void follower.follow().then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(world.pageReads).toBe(1);
    await vi.advanceTimersByTimeAsync(3 * POLL_MS);
    expect(world.pageReads).toBe(4);
    expect(done).toBe(true);
    expect(changes).toBe(4);
    // One loop at a time: a second follow while one runs shares it.
    world.pageAnswer = () => pageState([credential('a1', 'checking')]);
    const first = follower.follow();
    expect(follower.follow()).toBe(first);
  });

  it('watches every WATCH_MS once started, and not after stop', async () => {
    follower.watch();
    follower.watch();
    await vi.advanceTimersByTimeAsync(WATCH_MS);
    expect(world.pageReads).toBe(1);
    await vi.advanceTimersByTimeAsync(WATCH_MS);
    expect(world.pageReads).toBe(2);
    follower.stop();
    await vi.advanceTimersByTimeAsync(3 * WATCH_MS);
    expect(world.pageReads).toBe(2);
  });

  it('rescans by running the content script again, says so, and follows the new badges', async () => {
    data.candidate = { checking: 0, credentials: [] } as unknown as PopupData['candidate'];
    const rescanned = follower.rescan('Scanning this page once.');
    await vi.advanceTimersByTimeAsync(POLL_MS);
    await rescanned;
    expect(world.scripted).toEqual(['/content-scripts/recruiting.js']);
    expect(data.message).toBe('Scanning this page once.');
    expect(world.pageReads).toBe(2);
    expect(data.candidate).toBeUndefined();
  });
});
