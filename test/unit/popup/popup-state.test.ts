// The popup's view of its data: a pure function, so no browser is needed — coverage only with
// a pinned role and a candidate, known issuers from the trusted lists, hosts hidden once
// dismissed, and the other-site offer only where Credlens does not run.

import { describe, expect, it } from 'vitest';
import { emptyPopupData, popupView } from '../../../entrypoints/popup/popup-state';
import { candidateSkills } from '../../../lib/matching';
import { createDefaultSkillMatcher } from '../../../lib/skills';
import { defaultSettings, saveAndPinRole } from '../../../lib/storage';
import { credential, PROFILE, pageState } from './fake-popup';

const matcher = createDefaultSkillMatcher();
const TAB = { tab: undefined, origin: PROFILE, covered: true, site: 'linkedin.com' };

describe('popupView', () => {
  it('shows nothing but the defaults before anything is known', () => {
    const view = popupView(emptyPopupData(), TAB);
    expect(view.candidate).toBeUndefined();
    expect(view.coverage).toBeUndefined();
    expect(view.roles).toEqual([]);
    expect(view.blockedOrigins).toEqual([]);
    expect(view.otherSite).toBeUndefined();
    expect(view.untouched).toBeUndefined();
  });

  it('offers the site only where Credlens does not run', () => {
    expect(popupView(emptyPopupData(), { ...TAB, covered: false }).otherSite).toBe(PROFILE);
  });

  it('measures coverage only once a role is pinned and the page has a candidate', () => {
    const page = pageState([credential('a1', 'verified')]);
    const data = {
      ...emptyPopupData(),
      page,
      candidate: candidateSkills(page.credentials, matcher),
    };
    expect(popupView(data, TAB).coverage).toBeUndefined();
    expect(popupView(data, TAB).candidate?.name).toBe('Ada Lovelace');
    const settings = saveAndPinRole(
      defaultSettings({ symbol: '◆', word: 'harbour', color: '#0a7' }),
      { title: 'Data engineer', source: 'pasted', skills: [] },
      () => 'role-1',
      new Date('2026-01-01T00:00:00Z'),
    ).settings;
    const view = popupView({ ...data, settings }, TAB);
    expect(view.activeRole?.title).toBe('Data engineer');
    expect(view.coverage).toBeDefined();
    expect(view.credentialRefs).toEqual(['a1']);
  });

  it('hides the blocked hosts once dismissed', () => {
    const data = { ...emptyPopupData(), blockedOrigins: ['https://keys.example'] };
    expect(popupView(data, TAB).blockedOrigins).toEqual(['https://keys.example']);
    expect(popupView({ ...data, hostsDismissed: true }, TAB).blockedOrigins).toEqual([]);
  });

  it('counts the links not checked from the page', () => {
    const page = pageState([], { notCheckedTotal: 12, notChecked: [] });
    expect(popupView({ ...emptyPopupData(), page }, TAB).notChecked).toEqual({
      items: [],
      total: 12,
    });
  });
});
