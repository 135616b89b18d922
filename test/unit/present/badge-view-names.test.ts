// Names on a badge view cannot be disguised: every string from the credential or the page is
// cleaned in toBadgeView, ids keep their hidden characters visible, and a mixed-script name, an
// issuer imitating a listed one, or bidi controls each bring a warning the card shows.

import { describe, expect, it } from 'vitest';
import { type BadgeView, BadgeViewSchema, type ProviderMatchMessage } from '../../../lib/messaging';
import { checkingView, linkOnlyView, toBadgeView } from '../../../lib/present';
import { sayEnglish } from '../../../lib/shared/words';
import type { VerificationResult } from '../../../lib/verify';

const MATCH: ProviderMatchMessage = {
  providerId: 'credly',
  label: 'Cred\u200bly',
  sourceUrl: 'https://www.credly.com/badges/8a1b5c3e',
  fetchUrl: 'https://www.credly.com/badges/8a1b5c3e.json',
  kind: 'credential',
};
const CREDLY = 'did:web:www.credly.com:api:v1:obi:v3:issuers:';

function result(options: {
  name?: string;
  issuerName?: string;
  issuerId?: string;
  recipient?: string;
  skills?: string[];
  detail?: string;
}): VerificationResult {
  return {
    status: 'verified',
    format: { securing: 'data-integrity' },
    checks: [
      { id: 'proof', outcome: 'pass', code: 'signature_valid' },
      {
        id: 'issuer',
        outcome: 'pass',
        code: 'issuer_bound',
        ...(options.detail === undefined ? {} : { detail: options.detail }),
      },
    ],
    issuer: {
      ...(options.issuerId === undefined ? {} : { id: options.issuerId }),
      ...(options.issuerName === undefined ? {} : { name: options.issuerName }),
    },
    credential: {
      types: ['VerifiableCredential', 'OpenBadgeCredential'],
      kind: 'open-badge',
      ...(options.name === undefined ? {} : { name: options.name }),
      alignments: [],
      skills: options.skills ?? [],
      subject: options.recipient === undefined ? {} : { name: options.recipient },
    },
  };
}

function valid(view: BadgeView): BadgeView {
  const parsed = BadgeViewSchema.safeParse(view);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  return view;
}

describe('toBadgeView names', () => {
  it('cleans every displayed string from the credential and the page', () => {
    const view = valid(
      toBadgeView(
        result({
          name: ' Cloud\u200b  Practitioner\u00ad ',
          issuerName: 'Acme\u2060 Academy\ufeff',
          issuerId: 'did:web:acme.example',
          recipient: 'Zu\u0308rich\tTester',
          skills: ['Kuber\u200dnetes', '\u200b', 'A\u0301WS'],
          detail: 'key of did:web:acme.example\u202e',
        }),
        MATCH,
      ),
    );
    expect(view.name).toBe('Cloud Practitioner');
    expect(view.issuerName).toBe('Acme Academy');
    expect(view.recipient).toBe('Zürich Tester');
    expect(view.skills).toEqual(['Kubernetes', 'ÁWS']);
    expect(view.providerLabel).toBe('Credly');
    expect(view.checks[1]?.text).not.toMatch(/\u202e/);
    expect(view.nameWarnings).toBeUndefined();
  });

  it('cleans the confirmed headline built from the page-supplied label', () => {
    const confirmed = { ...result({}), status: 'confirmed' as const };
    expect(toBadgeView(confirmed, MATCH).headline).toBe('Confirmed by Credly');
  });

  it('drops a name with nothing visible in it, rather than showing a blank', () => {
    const view = toBadgeView(result({ name: '\u3164\u200b', issuerName: '\u200b\u200e' }), MATCH);
    expect(view.name).toBeUndefined();
    expect(view.issuerName).toBeUndefined();
  });

  it('shows hidden characters in an issuer id instead of removing them', () => {
    const view = valid(toBadgeView(result({ issuerId: 'did:web:acme.example\u200b' }), MATCH));
    expect(view.issuerId).toBe('did:web:acme.example[U+200B]');
    const long = valid(toBadgeView(result({ issuerId: `did:web:${'\u200b'.repeat(40)}` }), MATCH));
    expect(long.issuerId).toBeUndefined();
  });

  it('warns about a mixed-script issuer name, naming the scripts', () => {
    const view = valid(
      toBadgeView(
        result({ issuerName: '\u0410maz\u043en Web Services', issuerId: 'did:web:evil.example' }),
        MATCH,
      ),
    );
    expect(view.nameWarnings).toEqual([
      {
        code: 'mixed_script',
        text: "The issuer's name mixes Cyrillic and Latin letters, as look-alike names do",
      },
    ]);
  });

  it('does not warn about single-script names in any script', () => {
    for (const name of ['Zürich', 'São Paulo', '北京大学', 'Ελληνικό Πανεπιστήμιο'])
      expect(
        toBadgeView(result({ name, issuerName: name, recipient: name }), MATCH).nameWarnings,
      ).toBeUndefined();
  });

  it("warns when an issuer imitates a bundled issuer's name under another id, not under its own", () => {
    const bundledName = 'An organisation issuing through Credly (Open Badges 3.0)';
    const spoof = valid(
      toBadgeView(
        result({
          issuerName: bundledName.replace('C', '\u0421'),
          issuerId: 'did:web:evil.example',
        }),
        MATCH,
      ),
    );
    expect(spoof.nameWarnings).toContainEqual({
      code: 'lookalike_issuer',
      text: `Looks like “${bundledName}”, but is not its issuer`,
    });
    const own = toBadgeView(result({ issuerName: bundledName, issuerId: `${CREDLY}abc` }), MATCH);
    expect(own.nameWarnings).toBeUndefined();
  });

  it('warns once about bidi controls in names, after removing them', () => {
    const view = valid(
      toBadgeView(
        result({ name: 'Badge\u202e', recipient: '\u2067Ada\u2069', issuerName: 'Acme' }),
        MATCH,
      ),
    );
    expect(view.recipient).toBe('Ada');
    expect(view.nameWarnings).toEqual([
      {
        code: 'bidi_controls',
        text: "The credential's name and the recipient's name hid text-direction controls that can reorder what you read; they were removed",
      },
    ]);
  });

  it('gives each mixed-script field its own warning and bidi controls one, within the schema', () => {
    const mixed = 'Ab\u0441d \u03b1';
    const view = valid(
      toBadgeView(
        result({ name: `${mixed}\u202e`, issuerName: mixed, recipient: `${mixed}\u2066` }),
        MATCH,
      ),
    );
    expect(view.nameWarnings?.map((warning) => warning.code)).toEqual([
      'mixed_script',
      'mixed_script',
      'mixed_script',
      'bidi_controls',
    ]);
  });

  it('cleans the page-supplied name and label of checking and link-only views', () => {
    expect(checkingView(MATCH, 'My\u200b badge\u202e', sayEnglish).name).toBe('My badge');
    expect(checkingView(MATCH, '\u200b', sayEnglish).name).toBeUndefined();
    expect(linkOnlyView(MATCH).providerLabel).toBe('Credly');
    expect(linkOnlyView(MATCH).checks[0]?.text).toMatch(/^Credly publishes/);
  });
});
