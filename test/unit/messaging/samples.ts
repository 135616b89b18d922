// Valid protocol values shared by the messaging tests: a match, a view, a seal, and one
// request with its valid responses for every message.

import type { BadgeView, MessageName, ProviderMatchMessage } from '../../../lib/messaging';

export const MATCH: ProviderMatchMessage = {
  providerId: 'credly',
  label: 'Credly',
  sourceUrl: 'https://www.credly.com/badges/8a1b5c3e',
  fetchUrl: 'https://api.credly.com/v1/obi/v2/badge_assertions/8a1b5c3e',
  kind: 'ob2-hosted',
  credentialId: '8a1b5c3e',
};

export const VIEW: BadgeView = {
  verdict: 'confirmed',
  headline: 'Confirmed by Credly',
  name: 'Cloud Practitioner',
  skills: ['AWS'],
  checks: [{ outcome: 'pass', text: "The issuing platform's server confirms it" }],
  sourceUrl: 'https://www.credly.com/badges/8a1b5c3e',
  providerLabel: 'Credly',
};

/** A badge token: 128 bits in hex. */
export const TOKEN = '0123456789abcdef0123456789abcdef';

export const SEAL = { symbol: '★', word: 'amber', color: '#7c3aed' };

/** One valid request and the valid responses of each message. */
export const SAMPLES: { [N in MessageName]: { request: unknown; responses: unknown[] } } = {
  verifyLink: {
    request: { type: 'verifyLink', match: MATCH, visible: true },
    responses: [{ view: VIEW }, { hidden: true }],
  },
  getSeal: { request: { type: 'getSeal' }, responses: [{ seal: SEAL }] },
  renewSeal: { request: { type: 'renewSeal' }, responses: [{ seal: SEAL }] },
  previewCredential: {
    request: { type: 'previewCredential', input: { kind: 'text', text: '{}' } },
    responses: [
      {
        view: VIEW,
        diagnostics: [
          { code: 'proof_missing', severity: 'error', problem: 'Not signed', fix: 'Sign it' },
        ],
      },
    ],
  },
  clearCache: { request: { type: 'clearCache' }, responses: [{ cleared: 3 }] },
  badgeView: {
    request: { type: 'badgeView', token: TOKEN },
    responses: [{ view: VIEW, label: 'Cloud Practitioner', seal: SEAL }, { refused: 'claimed' }],
  },
  tabReport: {
    request: {
      type: 'tabReport',
      instance: TOKEN,
      live: [TOKEN],
      interference: [{ label: 'Cloud Practitioner', how: 'clipped' }],
    },
    responses: [{ ok: true }],
  },
  setHolderEmail: {
    request: { type: 'setHolderEmail', tabId: 7, email: 'ada@example.org' },
    responses: [{ ok: true }],
  },
  tabStatus: {
    request: { type: 'tabStatus', tabId: 7 },
    responses: [{ total: 1, counts: { verified: 1 }, interference: [] }],
  },
};
