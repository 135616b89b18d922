// The popup's actions against WXT's fakeBrowser: storage edits land in storage.local, page
// requests reach the fake content script, worker requests the fake worker, and permission
// requests come first and are honoured either way.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PopupActions } from '../../../components/popup/types';
import { createPageFollower, POLL_MS } from '../../../entrypoints/popup/page-follower';
import { createPopupActions } from '../../../entrypoints/popup/popup-actions';
import { systemClock } from '../../../entrypoints/popup/popup-clock';
import { emptyPopupData, type PopupData } from '../../../entrypoints/popup/popup-state';
import * as tabAccess from '../../../entrypoints/popup/tab-access';
import { candidateSkills } from '../../../lib/matching';
import { createDefaultSkillMatcher } from '../../../lib/skills';
import { credential, type FakePopupWorld, fakePopupWorld, PROFILE, pageState } from './fake-popup';

const matcher = createDefaultSkillMatcher();
let world: FakePopupWorld;
let data: PopupData;
let actions: PopupActions;

function build(tab: { origin?: string; site?: string } = {}) {
  const clock = systemClock();
  const follower = createPageFollower({
    send: world.send,
    page: tabAccess,
    clock,
    tabId: world.tabId,
    data,
    matcher: async () => matcher,
    changed: () => undefined,
  });
  actions = createPopupActions({
    send: world.send,
    store: world.store,
    tab: {
      tab: { id: world.tabId, title: 'Ada Lovelace | LinkedIn' } as never,
      origin: tab.origin,
      covered: true,
      site: tab.site,
    },
    page: tabAccess,
    clock,
    newId: () => 'id-1',
    openPage: () => undefined,
    matcher: async () => matcher,
    data,
    follower,
    changed: () => undefined,
  });
}

beforeEach(async () => {
  vi.useFakeTimers();
  world = await fakePopupWorld();
  data = emptyPopupData();
  build();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('popup actions', () => {
  it('pins a pasted role in storage and says how many skills it found', async () => {
    actions.pasteRole('Data Engineer\nWe need Python and SQL.');
    await vi.advanceTimersByTimeAsync(0);
    const settings = await world.stored();
    expect(settings.roles.map((role) => role.source)).toEqual(['pasted']);
    expect(settings.pinnedRoleId).toBe(settings.roles[0]?.id);
    expect(data.settings?.pinnedRoleId).toBe(settings.pinnedRoleId);
    expect(data.message).toMatch(/^Pinned ".+" with [1-9]\d* skills\.$/);
  });

  it('trusts an issuer in storage', async () => {
    actions.trustIssuer('did:web:academy.example', 'Example Academy');
    await vi.advanceTimersByTimeAsync(0);
    expect((await world.stored()).trustedIssuers.added.map((entry) => entry.id)).toEqual([
      'did:web:academy.example',
    ]);
    expect(data.message).toBe('Trusting Example Academy.');
  });

  it('saves to the shortlist only with a pinned role and once no badge is checking', async () => {
    data.page = pageState([credential('a1', 'checking')]);
    data.candidate = candidateSkills(data.page.credentials, matcher);
    actions.saveToShortlist();
    await vi.advanceTimersByTimeAsync(0);
    expect((await world.store.read()).shortlist).toEqual([]);

    actions.pasteRole('Data Engineer\nWe need Python and SQL.');
    await vi.advanceTimersByTimeAsync(0);
    actions.saveToShortlist();
    await vi.advanceTimersByTimeAsync(0);
    expect((await world.store.read()).shortlist).toEqual([]);

    data.page = pageState([credential('a1', 'verified')]);
    data.candidate = candidateSkills(data.page.credentials, matcher);
    actions.saveToShortlist();
    await vi.advanceTimersByTimeAsync(0);
    expect((await world.store.read()).shortlist.map((entry) => entry.name)).toEqual([
      'Ada Lovelace',
    ]);
    expect(data.message).toBe('Saved Ada Lovelace to the shortlist.');
  });

  it('asks the page to reveal a credential and to check more links, then follows', async () => {
    actions.reveal('a1');
    actions.checkMore();
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(world.pageRequests).toEqual([
      { type: 'credlens:reveal', ref: 'a1' },
      { type: 'credlens:checkMore' },
    ]);
    expect(data.message).toBe('Checking more credential links on this page.');
    expect(world.pageReads).toBeGreaterThan(0);
  });

  it('sends the holder email to the worker for this tab', async () => {
    actions.checkEmail('ada@example.org');
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(world.workerMessages).toContainEqual({
      type: 'setHolderEmail',
      tabId: world.tabId,
      email: 'ada@example.org',
    });
    expect(data.message).toBe('Checking every credential on this page against that email.');
  });

  it('asks for the blocked hosts first; on a yes clears the cache and scans again', async () => {
    data.blockedOrigins = ['https://keys.example'];
    const allowed = Promise.resolve(actions.allowHosts());
    await vi.advanceTimersByTimeAsync(2 * POLL_MS);
    await allowed;
    expect(world.permissionRequests).toEqual([['https://keys.example/*']]);
    expect(world.workerMessages.map((message) => message.type)).toContain('clearCache');
    expect(world.scripted).toEqual(['/content-scripts/recruiting.js']);
  });

  it('leaves everything as it was when the user says no to the hosts', async () => {
    world.grantPermissions = false;
    data.blockedOrigins = ['https://keys.example'];
    await actions.allowHosts();
    expect(data.message).toBe('Not allowed: those credentials stay "Could not check".');
    expect(world.workerMessages.map((message) => message.type)).not.toContain('clearCache');
    expect(world.scripted).toEqual([]);
    actions.forgetHosts();
    expect(data.hostsDismissed).toBe(true);
  });

  it('switches page-untouched mode for the tab’s site only when it has one', async () => {
    actions.setUntouched(true);
    await vi.advanceTimersByTimeAsync(0);
    expect((await world.store.read()).pageUntouched.on).toEqual([]);
    build({ origin: PROFILE, site: 'linkedin.com' });
    actions.setUntouched(false);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect((await world.stored()).pageUntouched.off).toEqual(['linkedin.com']);
    expect(data.message).toBe('Showing badges on linkedin.com.');
  });
});
