// The learner preview over a fake fetch: pasted JSON and JWT, a baked PNG as base64 bytes, a
// URL (direct and link-only providers), and the problems a learner must see explained —
// invalid base64, a tampered credential, an issuer key not listed under assertionMethod.

import { Buffer } from 'node:buffer';
import { beforeAll, describe, expect, it } from 'vitest';
import { createVerifierService } from '../../../lib/background';
import { previewCredential } from '../../../lib/background/preview';
import { MESSAGES, type PreviewInput } from '../../../lib/messaging';
import type { VerifyOptions } from '../../../lib/verify';
import { bakedBadgePng } from '../../demo-world/png';
import { accredibleBody, mapStore, withStatusList } from '../../helpers/background';
import { controllerDocument, fakeFetch, fixedClock, type Route } from '../../helpers/fake-fetch';
import { issue, openBadge, type TestKey, testKey } from '../../helpers/issue';
import { didJwk, jwtKey, signJws } from '../../helpers/jwt';
import { buildPng } from '../../helpers/png';

const CREDENTIAL_URL = 'https://creds.example.edu/badges/k8s.json';
const ISSUER = 'https://issuer.example.edu/keys';

let key: TestKey;
let signed: Record<string, unknown>;
beforeAll(async () => {
  key = await testKey(1);
  signed = await issue(openBadge(key.did), { key });
});

async function preview(input: PreviewInput, routes: Record<string, Route> = {}) {
  const options: VerifyOptions = { fetch: fakeFetch(routes), now: fixedClock() };
  const outcome = await previewCredential(input, options);
  // Whatever the input, the answer must cross the message boundary unchanged.
  expect(MESSAGES.previewCredential.response.safeParse(outcome).success).toBe(true);
  return outcome;
}

const codes = (outcome: { diagnostics: Array<{ code: string }> }) =>
  outcome.diagnostics.map((d) => d.code);

describe('previewCredential', () => {
  it('verifies pasted JSON and says there is nothing to fix', async () => {
    const outcome = await preview({ kind: 'text', text: JSON.stringify(signed, null, 2) });
    expect(outcome.view).toMatchObject({
      verdict: 'verified',
      headline: 'Verified',
      name: 'Kubernetes Administrator',
      providerLabel: 'Credential file',
    });
    expect(outcome.view.evidence?.alignments[0]?.targetName).toBe('Kubernetes');
    // Notes only: nothing to fix, and that this issuer publishes no revocation list.
    expect(outcome.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['all_checks_passed', 'info'],
      ['status_absent', 'info'],
    ]);
  });

  it('verifies a pasted VC-JWT', async () => {
    const ed = await jwtKey('EdDSA');
    const jws = await signJws(
      { alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc' },
      openBadge(didJwk(ed.publicJwk)),
      ed,
    );
    const outcome = await preview({ kind: 'text', text: jws });
    expect(outcome.view.verdict).toBe('verified');
    expect(codes(outcome)).toEqual(['all_checks_passed', 'status_absent']);
  });

  it('reads a dropped baked PNG sent as base64 bytes', async () => {
    const png = bakedBadgePng(JSON.stringify(signed), '#0a66c2');
    const outcome = await preview({
      kind: 'bytes',
      base64: Buffer.from(png).toString('base64'),
      name: 'badge.png',
    });
    expect(outcome.view).toMatchObject({ verdict: 'verified', name: 'Kubernetes Administrator' });
  });

  it('explains a picture with no baked credential', async () => {
    const outcome = await preview({
      kind: 'bytes',
      base64: Buffer.from(buildPng()).toString('base64'),
      name: 'screenshot.png',
    });
    expect(codes(outcome)).toContain('image_no_credential');
  });

  it.each([
    ['not base64 at all', '%%% not base64 %%%'],
    ['a truncated quantum', 'QUJDR'],
    ['padding in the middle', 'QQ==QUJD'],
  ])('turns invalid base64 (%s) into a clear error, never a throw', async (_, base64) => {
    const outcome = await preview({ kind: 'bytes', base64, name: 'badge.png' });
    expect(outcome.view.verdict).toBe('unverifiable');
    expect(outcome.diagnostics).toEqual([
      expect.objectContaining({
        code: 'input_unreadable',
        severity: 'error',
        problem: expect.stringContaining('invalid base64'),
      }),
    ]);
  });

  it('explains a tampered credential with a signature error and how to fix it', async () => {
    const tampered = { ...signed, name: 'Kubernetes Grandmaster' };
    const outcome = await preview({ kind: 'text', text: JSON.stringify(tampered) });
    expect(outcome.view.verdict).toBe('invalid');
    const [first] = outcome.diagnostics;
    expect(first).toMatchObject({ code: 'signature_invalid', severity: 'error' });
    expect(first?.problem).toMatch(/changed after it was signed/);
    expect(first?.fix).toMatch(/original file from your issuer/);
  });

  it("explains a key the issuer's document does not list under assertionMethod", async () => {
    const document = { ...controllerDocument(ISSUER, key.multikey), assertionMethod: [] };
    const credential = await issue(openBadge(ISSUER), {
      key,
      verificationMethod: `${ISSUER}#${key.multikey}`,
    });
    const outcome = await preview(
      { kind: 'text', text: JSON.stringify(credential) },
      { [ISSUER]: { json: document } },
    );
    expect(outcome.diagnostics[0]).toMatchObject({
      code: 'key_not_assertion_method',
      severity: 'error',
      problem: expect.stringMatching(/does not list this key under assertionMethod/),
      fix: expect.stringMatching(/^Ask your issuer to add the key/),
    });
  });

  it('fetches a credential URL as the direct provider does', async () => {
    const outcome = await preview(
      { kind: 'url', url: CREDENTIAL_URL },
      { [CREDENTIAL_URL]: { json: signed } },
    );
    expect(outcome.view).toMatchObject({ verdict: 'verified', sourceUrl: CREDENTIAL_URL });
  });

  it('tells the learner what a recruiter sees for a link-only provider', async () => {
    const url = 'https://www.coursera.org/account/accomplishments/verify/Q7ZK4LM2XP9R';
    const outcome = await preview({ kind: 'url', url });
    expect(outcome.view).toMatchObject({ verdict: 'link-only', providerLabel: 'Coursera' });
    expect(codes(outcome)).toEqual(['link_only']);
  });

  it('explains a URL that serves a web page instead of a credential', async () => {
    const url = 'https://issuer.example.edu/badges/42';
    const outcome = await preview(
      { kind: 'url', url },
      { [url]: { body: '<html></html>', headers: { 'content-type': 'text/html' } } },
    );
    expect(outcome.diagnostics[0]).toMatchObject({
      code: 'content_type_invalid',
      problem: expect.stringMatching(/^The credential link/),
    });
  });
});

describe('the preview through the worker service', () => {
  const ACCREDIBLE_PAGE = 'https://www.credential.net/10000005';
  const ACCREDIBLE_API = 'https://api.accredible.com/v1/credential-net/credentials/10000005';
  it("checks an Accredible link through Accredible's data, as a recruiter's badge does", async () => {
    const service = createVerifierService({
      fetch: fakeFetch({
        [ACCREDIBLE_API]: { json: accredibleBody({ expired_on: undefined }) },
      }),
      now: fixedClock(),
      store: mapStore(),
    });
    const outcome = await service.preview({ kind: 'url', url: ACCREDIBLE_PAGE });
    expect(outcome.view).toMatchObject({ verdict: 'confirmed', providerLabel: 'Accredible' });
  });

  it('says which host it could not reach and who can fix it, and judges the issuer by the bundled list only', async () => {
    const LIST = 'https://status.blocked.example/lists/1';
    const withStatus = await withStatusList(key, LIST);
    const served = fakeFetch({ [CREDENTIAL_URL]: { json: withStatus } });
    const lists: Array<string | undefined> = [];
    const service = createVerifierService({
      fetch: async (input, init) => {
        if (input.startsWith('https://status.blocked.example/'))
          throw new TypeError('Failed to fetch');
        return served(input, init);
      },
      now: fixedClock(),
      store: mapStore(),
      hostGranted: async () => false,
      standingOf: async (_id, scope) => {
        lists.push(scope);
        return { known: false };
      },
    });
    const outcome = await service.preview({ kind: 'url', url: CREDENTIAL_URL });
    expect(outcome.view.verdict).toBe('unverifiable');
    const reach = outcome.diagnostics.find((d) => d.code === 'host_unreachable_without_permission');
    expect(reach?.problem).toContain('https://status.blocked.example');
    expect(reach?.fix).toMatch(/Access-Control-Allow-Origin/);
    // Unverifiable: no standing asked at all (only verified or confirmed credentials get one).
    expect(lists).toEqual([]);
    const clean = createVerifierService({
      fetch: fakeFetch({ [CREDENTIAL_URL]: { json: signed } }),
      now: fixedClock(),
      store: mapStore(),
      standingOf: async (_id, scope) => {
        lists.push(scope);
        return { known: false };
      },
    });
    const ok = await clean.preview({ kind: 'url', url: CREDENTIAL_URL });
    expect(lists).toEqual(['bundled-only']);
    expect(codes(ok)).toContain('issuer_unlisted');
  });

  it('still answers when the cache store refuses every write (storage full)', async () => {
    const service = createVerifierService({
      fetch: fakeFetch({ [CREDENTIAL_URL]: { json: signed } }),
      now: fixedClock(),
      store: {
        get: async () => undefined,
        set: async () => {
          throw new Error('QUOTA_BYTES quota exceeded');
        },
        removePrefix: async () => 0,
      },
    });
    const outcome = await service.verifyLink(
      {
        providerId: 'direct',
        label: 'Credential file',
        sourceUrl: CREDENTIAL_URL,
        fetchUrl: CREDENTIAL_URL,
        kind: 'credential',
      },
      { visible: true },
    );
    expect('view' in outcome && outcome.view.verdict).toBe('verified');
  });
});
