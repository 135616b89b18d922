// The message protocol: every request and response schema, parseRequest's rejection of
// anything malformed (unknown names, over-long strings, wrong kinds, non-objects), and
// parseResponse for each message.

import { describe, expect, it } from 'vitest';
import { MESSAGES, type MessageName, parseRequest, parseResponse } from '../../../lib/messaging';
import { MATCH, SAMPLES, SEAL, VIEW } from './samples';

const NAMES = Object.keys(MESSAGES) as MessageName[];
const verifyLink = (match: Record<string, unknown>, visible: unknown = true) => ({
  type: 'verifyLink',
  match,
  visible,
});

describe('the protocol', () => {
  it('has a test sample for every message, each with a request and a response schema', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...NAMES].sort());
    for (const name of NAMES) {
      expect(MESSAGES[name].request.safeParse).toBeTypeOf('function');
      expect(MESSAGES[name].response.safeParse).toBeTypeOf('function');
    }
  });
});

describe('parseRequest', () => {
  it.each(NAMES)('accepts a valid %s request', (name) => {
    expect(parseRequest(SAMPLES[name].request)).toEqual(SAMPLES[name].request);
  });

  it('accepts each provider kind and a match with only its required members', () => {
    for (const kind of ['ob2-hosted', 'credential', 'accredible', 'link-only'] as const) {
      expect(parseRequest(verifyLink({ ...MATCH, kind }))).toBeDefined();
    }
    const minimal = {
      providerId: 'coursera',
      label: 'Coursera',
      sourceUrl: 'https://x.example/',
      kind: 'link-only',
    };
    expect(parseRequest(verifyLink(minimal))).toEqual(verifyLink(minimal));
    const generic = { ...MATCH, kind: 'credential', unwrap: 'credential', generic: true };
    expect(parseRequest(verifyLink(generic))).toEqual(verifyLink(generic));
  });

  it.each([
    ['a string', 'verifyLink'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an array', [{ type: 'getSeal' }]],
    ['no type', { match: MATCH, visible: true }],
    ['a non-string type', { type: 1 }],
    ['an unknown type', { type: 'deleteEverything' }],
    ['a type differing in case', { type: 'GetSeal' }],
  ])('rejects %s', (_label, message) => {
    expect(parseRequest(message)).toBeUndefined();
  });

  // Regression (fixed): lib/messaging/protocol.ts parseRequest checks `type in MESSAGES`, which is true for
  // names inherited from Object.prototype. For { type: 'constructor' } (or 'toString',
  // 'hasOwnProperty', '__proto__'…) it then calls MESSAGES[type].request.safeParse on
  // undefined and throws a TypeError. Expected: undefined (as for any unknown type); actual:
  // throws "Cannot read properties of undefined (reading 'safeParse')". The background's
  // onMessage listener calls it unguarded (use Object.hasOwn(MESSAGES, type)).
  it('rejects names inherited from Object.prototype as types', () => {
    for (const type of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      expect(() => parseRequest({ type }), type).not.toThrow();
      expect(parseRequest({ type }), type).toBeUndefined();
    }
  });

  it.each([
    ['providerId', 65],
    ['label', 81],
    ['sourceUrl', 2049],
    ['fetchUrl', 2049],
    ['credentialId', 257],
  ])('rejects a match whose %s is longer than its cap', (field, length) => {
    expect(parseRequest(verifyLink({ ...MATCH, [field]: 'x'.repeat(length - 1) }))).toBeDefined();
    expect(parseRequest(verifyLink({ ...MATCH, [field]: 'x'.repeat(length) }))).toBeUndefined();
  });

  it.each([
    ['an unknown kind', { kind: 'scrape-everything' }],
    ['an unknown unwrap member', { unwrap: 'data' }],
    ['generic as a string', { generic: 'true' }],
    ['a numeric label', { label: 5 }],
    ['a missing sourceUrl', { sourceUrl: undefined }],
  ])('rejects a match with %s', (_label, change) => {
    expect(parseRequest(verifyLink({ ...MATCH, ...change }))).toBeUndefined();
  });

  it('rejects verifyLink without a boolean visible or without a match object', () => {
    expect(parseRequest(verifyLink(MATCH, 'yes'))).toBeUndefined();
    expect(parseRequest({ type: 'verifyLink', visible: true })).toBeUndefined();
    expect(
      parseRequest({ type: 'verifyLink', match: 'https://x.example', visible: true }),
    ).toBeUndefined();
  });

  it('drops members no schema declares', () => {
    const parsed = parseRequest({ type: 'getSeal', extra: '<script>' });
    expect(parsed).toEqual({ type: 'getSeal' });
  });
});

describe('parseResponse', () => {
  it.each(NAMES)('accepts each valid %s response', (name) => {
    for (const response of SAMPLES[name].responses) {
      expect(parseResponse(name, response)).toEqual(response);
    }
  });

  it.each(NAMES)('rejects malformed %s responses', (name) => {
    for (const response of [undefined, null, 'ok', {}, { error: 'x' }]) {
      expect(parseResponse(name, response)).toBeUndefined();
    }
  });

  it('rejects verifyLink responses with an unknown verdict, hidden: false or over-long text', () => {
    const bad = [
      { view: { ...VIEW, verdict: 'trusted' } },
      { view: { ...VIEW, headline: 'x'.repeat(81) } },
      { view: { ...VIEW, skills: Array.from({ length: 51 }, () => 'skill') } },
      { view: { ...VIEW, checks: [{ outcome: 'great', text: 'x' }] } },
      { view: { ...VIEW, sourceUrl: undefined } },
      { hidden: false },
    ];
    for (const response of bad) expect(parseResponse('verifyLink', response)).toBeUndefined();
  });

  it('rejects seals with over-long or missing members', () => {
    for (const name of ['getSeal', 'renewSeal'] as const) {
      expect(parseResponse(name, { seal: { ...SEAL, word: 'w'.repeat(33) } })).toBeUndefined();
      expect(parseResponse(name, { seal: { symbol: '★', word: 'amber' } })).toBeUndefined();
    }
  });
});
