// "Confirmed by …" names who confirmed an unsigned hosted credential: a provider by its name, a
// credential file on any other site by the host that served it — never "Credential file".
import { beforeAll, describe, expect, it } from 'vitest';
import { BadgeViewSchema, type ProviderMatchMessage } from '../../../lib/messaging';
import { toBadgeView } from '../../../lib/present';
import type { VerificationResult } from '../../../lib/verify';
import { LANGUAGES, sayIn } from '../../helpers/catalogue';
import { ASSERTION_ID, assertion, hostedRoutes, verifyOb2 } from '../verify/ob2/fixtures';

const DIRECT: ProviderMatchMessage = {
  providerId: 'direct',
  label: 'Credential file',
  sourceUrl: ASSERTION_ID,
  fetchUrl: ASSERTION_ID,
  kind: 'credential',
  generic: true,
};

describe('the headline of a confirmed credential', () => {
  let confirmed: VerificationResult;
  beforeAll(async () => {
    confirmed = await verifyOb2(assertion(), hostedRoutes());
    expect(confirmed.status).toBe('confirmed');
  });

  it('names the host of a hosted Open Badges 2.0 assertion linked directly', () => {
    const view = toBadgeView(confirmed, DIRECT);
    expect(view.headline).toBe('Confirmed by example.org');
    expect(view.headline).not.toContain('Credential file');
  });

  it('names the host on the learner’s preview of a pasted or dropped assertion too', () => {
    const pasted = { ...DIRECT, providerId: 'preview', sourceUrl: '' };
    delete pasted.fetchUrl;
    expect(toBadgeView(confirmed, pasted).headline).toBe('Confirmed by example.org');
  });

  it("names the host that served the assertion (its id), not a page's link to an image of it", () => {
    const baked = { ...DIRECT, sourceUrl: 'https://cdn.example.net/robotics.png' };
    delete baked.fetchUrl;
    expect(toBadgeView(confirmed, baked).headline).toBe('Confirmed by example.org');
    const { credential: _dropped, ...noId } = confirmed;
    expect(toBadgeView(noId, baked).headline).toBe('Confirmed by cdn.example.net');
  });

  it('keeps the port of a host on a non-default port', () => {
    const local = {
      ...confirmed,
      credential: { ...confirmed.credential, id: 'http://127.0.0.1:8787/issuer/a.json' },
    } as VerificationResult;
    expect(toBadgeView(local, DIRECT).headline).toBe('Confirmed by 127.0.0.1:8787');
  });

  it('shows an international host in punycode, as the address bar does for look-alikes', () => {
    const idn = {
      ...confirmed,
      credential: { ...confirmed.credential, id: 'https://exаmple.org/a.json' }, // Cyrillic а
    } as VerificationResult;
    expect(toBadgeView(idn, DIRECT).headline).toBe('Confirmed by xn--exmple-4nf.org');
  });

  it('never cuts a host too long for the badge: it says the issuer’s site instead', () => {
    const long = `https://${'a'.repeat(60)}.example.org/a.json`;
    const far = { ...confirmed, credential: { ...confirmed.credential, id: long } };
    const view = toBadgeView(far as VerificationResult, DIRECT);
    expect(view.headline).toBe("Confirmed by the issuer's site");
    expect(BadgeViewSchema.safeParse(view).success).toBe(true);
  });

  it('fits the badge in every language, the longest host and provider name included', () => {
    for (const language of LANGUAGES) {
      const say = sayIn(language);
      const host = `${'h'.repeat(52)}.example.org`;
      expect(host.length).toBe(64);
      const far = {
        ...confirmed,
        credential: { ...confirmed.credential, id: `https://${host}/a` },
      };
      const named = { ...DIRECT, providerId: 'credly', label: 'P'.repeat(80) };
      for (const view of [
        toBadgeView(far as VerificationResult, DIRECT, say),
        toBadgeView(confirmed, named, say),
      ]) {
        expect(view.headline.length, `${language} ${view.headline}`).toBeLessThanOrEqual(80);
        expect(BadgeViewSchema.safeParse(view).success, language).toBe(true);
      }
    }
  });

  it('still names a known provider by its name', () => {
    const credly = {
      ...DIRECT,
      providerId: 'credly',
      label: 'Credly',
      kind: 'ob2-hosted' as const,
    };
    expect(toBadgeView(confirmed, credly).headline).toBe('Confirmed by Credly');
  });
});
