// Page-untouched mode: linkedin.com (and its subdomains) untouched by default, the user's choice
// per site winning over the default and the most specific choice winning over a broader one,
// sites named as the popup and options name them, the content script's zod-free read of a
// stored record (older or damaged records fall back to the defaults), and export/import carrying
// the choices without overriding the importing user's own.

import { describe, expect, it } from 'vitest';
import {
  chooseUntouched,
  defaultSettings,
  dismissUntouchedNotice,
  exportData,
  importData,
  isUntouched,
  normalSite,
  type PageUntouched,
  readSettings,
  type Settings,
  setPageUntouched,
  siteOfUrl,
  untouchedChoicesOf,
  untouchedSiteList,
} from '../../../lib/storage';

const SEAL = { symbol: '☘', word: 'kestrel', color: '#0f766e' };
const NONE: PageUntouched = { on: [], off: [], noticeDismissed: false };
const NOW = new Date('2026-12-07T08:00:00Z');

describe('isUntouched', () => {
  it.each(['linkedin.com', 'uk.linkedin.com', 'de.linkedin.com'])(
    'leaves %s untouched by default',
    (site) => {
      expect(isUntouched(NONE, site)).toBe(true);
    },
  );

  it.each(['github.com', 'notlinkedin.com', 'linkedin.com.evil.example', 'jobs.lever.co'])(
    'touches %s by default',
    (site) => {
      expect(isUntouched(NONE, site)).toBe(false);
    },
  );

  it("follows the user's choice over the default, and the most specific choice over a broader one", () => {
    expect(isUntouched({ on: [], off: ['linkedin.com'] }, 'linkedin.com')).toBe(false);
    expect(isUntouched({ on: [], off: ['linkedin.com'] }, 'uk.linkedin.com')).toBe(false);
    expect(isUntouched({ on: ['uk.linkedin.com'], off: ['linkedin.com'] }, 'uk.linkedin.com')).toBe(
      true,
    );
    expect(isUntouched({ on: ['github.com'], off: [] }, 'github.com')).toBe(true);
    expect(isUntouched({ on: ['github.com'], off: [] }, 'gist.github.com')).toBe(true);
  });
});

describe('siteOfUrl and normalSite', () => {
  it('names a page by its host without www., lower-case, and follows aliases', () => {
    expect(siteOfUrl('https://www.LinkedIn.com/in/ada/')).toBe('linkedin.com');
    expect(siteOfUrl('https://jobs.lever.co/acme')).toBe('jobs.lever.co');
    expect(siteOfUrl('http://localhost:8787/in/ada/', { localhost: 'linkedin.com' })).toBe(
      'linkedin.com',
    );
    expect(siteOfUrl('http://127.0.0.1:8787/in/ada/', { localhost: 'linkedin.com' })).toBe(
      '127.0.0.1',
    );
  });

  it.each(['chrome://extensions', 'file:///etc/passwd', 'not a url', 'about:blank'])(
    'gives no site for %s',
    (url) => {
      expect(siteOfUrl(url)).toBeUndefined();
    },
  );

  it('accepts typed host names and refuses anything else', () => {
    expect(normalSite('  WWW.Example.org. ')).toBe('example.org');
    expect(normalSite('')).toBeUndefined();
    expect(normalSite('https://example.org/')).toBeUndefined();
    expect(normalSite('<b>x</b>')).toBeUndefined();
    expect(normalSite('a'.repeat(254))).toBeUndefined();
  });
});

describe('chooseUntouched and setPageUntouched', () => {
  it('switches LinkedIn off and on again, keeping no choice that equals the default', () => {
    const off = chooseUntouched(NONE, 'linkedin.com', false);
    expect(off).toEqual({ on: [], off: ['linkedin.com'], noticeDismissed: false });
    expect(isUntouched(off, 'linkedin.com')).toBe(false);
    expect(chooseUntouched(off, 'linkedin.com', true)).toEqual(NONE);
  });

  it('switches another site on and off', () => {
    const on = chooseUntouched(NONE, 'github.com', true);
    expect(on.on).toEqual(['github.com']);
    expect(chooseUntouched(on, 'github.com', false)).toEqual(NONE);
  });

  it('names the site as typed, and ignores what is no host name', () => {
    const settings = defaultSettings(SEAL);
    expect(setPageUntouched(settings, ' WWW.GitHub.com ', true).pageUntouched.on).toEqual([
      'github.com',
    ]);
    expect(setPageUntouched(settings, 'not a host!', true)).toBe(settings);
  });

  it('keeps the dismissal of the first-use notice', () => {
    const settings = dismissUntouchedNotice(defaultSettings(SEAL));
    expect(settings.pageUntouched.noticeDismissed).toBe(true);
    expect(readSettings(settings)).toEqual({ settings, needsWrite: false });
  });
});

describe('untouchedSiteList (the options page)', () => {
  it('lists the known sites, the defaults and every choice once, sorted, with their state', () => {
    const choices = { on: ['ats.example'], off: ['github.com'] };
    expect(untouchedSiteList(choices, ['github.com', 'WWW.Example.org', 'not a site!'])).toEqual([
      { site: 'ats.example', on: true },
      { site: 'example.org', on: false },
      { site: 'github.com', on: false },
      { site: 'linkedin.com', on: true },
    ]);
  });
});

describe("untouchedChoicesOf (the content script's read of storage)", () => {
  it('reads the choices of a current record', () => {
    const settings = setPageUntouched(defaultSettings(SEAL), 'linkedin.com', false);
    expect(untouchedChoicesOf(settings)).toEqual({ on: [], off: ['linkedin.com'] });
  });

  it.each([
    ['nothing stored', undefined],
    ['a version-2 record', { version: 2, seal: SEAL, roles: [] }],
    ['a damaged record', { version: 3, pageUntouched: { on: 'linkedin.com', off: null } }],
    ['a string', 'settings'],
  ])('falls back to the defaults (LinkedIn untouched) for %s', (_label, stored) => {
    const choices = untouchedChoicesOf(stored);
    expect(choices).toEqual({ on: [], off: [] });
    expect(isUntouched(choices, 'linkedin.com')).toBe(true);
  });

  it('skips entries that are not text', () => {
    expect(untouchedChoicesOf({ pageUntouched: { on: ['a.example', 7], off: [{}] } })).toEqual({
      on: ['a.example'],
      off: [],
    });
  });
});

describe('export and import of the choices', () => {
  const chosen = (): Settings =>
    dismissUntouchedNotice(
      setPageUntouched(
        setPageUntouched(defaultSettings(SEAL), 'linkedin.com', false),
        'github.com',
        true,
      ),
    );

  it('carries the choices and the dismissed notice into a fresh install', () => {
    const file = JSON.stringify(exportData(chosen(), NOW));
    const result = importData(defaultSettings({ ...SEAL, word: 'amber' }), file);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.settings.pageUntouched).toEqual(chosen().pageUntouched);
  });

  it("adds the export's choices to the importing user's, once each", () => {
    const mine = setPageUntouched(defaultSettings(SEAL), 'linkedin.com', false);
    const result = importData(mine, JSON.stringify(exportData(chosen(), NOW)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.pageUntouched).toEqual({
      on: ['github.com'],
      off: ['linkedin.com'],
      noticeDismissed: true,
    });
  });

  it("keeps the importing user's choice for a site the export chose otherwise", () => {
    const mine: Settings = {
      ...defaultSettings(SEAL),
      pageUntouched: { on: [], off: ['github.com'], noticeDismissed: false },
    };
    const result = importData(mine, JSON.stringify(exportData(chosen(), NOW)));
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.settings.pageUntouched).toEqual({
        on: [],
        off: ['github.com', 'linkedin.com'],
        noticeDismissed: true,
      });
  });

  it('imports a version-2 export with no choices, leaving the defaults', () => {
    const { pageUntouched: _none, ...data } = exportData(defaultSettings(SEAL), NOW).data;
    const result = importData(
      defaultSettings(SEAL),
      JSON.stringify({ format: 'credlens-user-data', data: { ...data, version: 2 } }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.settings.pageUntouched).toEqual(NONE);
  });
});
