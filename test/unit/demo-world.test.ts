// The demo world (test/demo-world): every page and resource is served over real http on
// loopback, and every credential link on its pages gets, from the real verification pipeline,
// the verdict the extension must show for it. Provider links go through the same rewrite the
// test build's service worker applies: https://<host>/<path> → <origin>/providers/<host>/<path>.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type VerificationResult, verifyCredential } from '../../lib/verify';
import { type DemoLink, type DemoWorld, providerPath, startDemoWorld } from '../demo-world';
import { CREDLY, type CredlyBadge } from '../demo-world/catalogue';
import { demoLinks, holderLinks } from '../demo-world/links';

let world: DemoWorld;
beforeAll(async () => {
  world = await startDemoWorld({ port: 0 });
});
afterAll(() => world.close());

/** Global fetch behind the test build's rewrite of provider (https) URLs. */
const rewritingFetch = (input: string, init?: RequestInit) => {
  const url = new URL(input);
  return url.protocol === 'https:'
    ? fetch(`${world.origin}/providers/${url.host}${url.pathname}${url.search}`, init)
    : fetch(input, init);
};

const verify = (url: string): Promise<VerificationResult> =>
  verifyCredential(
    { kind: 'url', url },
    { fetch: rewritingFetch, now: () => new Date(), insecureLocalhost: true },
  );

/** The link's target with LinkedIn's redirect wrapper removed. */
function unwrap(href: string): string {
  const url = new URL(href);
  return url.hostname === 'www.linkedin.com' && url.pathname === '/redir/redirect'
    ? (url.searchParams.get('url') ?? href)
    : href;
}

/** What the extension fetches for a provider link (PROVIDERS.md §1.1, §1.3). */
function providerApiUrl(target: string): string | undefined {
  const credly = /^https:\/\/www\.credly\.com\/badges\/([0-9a-f-]{36})/.exec(target)?.[1];
  if (credly !== undefined) return `https://api.credly.com/v1/obi/v2/badge_assertions/${credly}`;
  const badgr = /^https:\/\/badgr\.com\/public\/assertions\/([A-Za-z0-9_-]{22})$/.exec(target)?.[1];
  if (badgr !== undefined) return `https://api.badgr.io/public/assertions/${badgr}?v=2_0`;
  return undefined;
}

async function get(url: string) {
  const response = await fetch(url);
  return { response, text: await response.text() };
}

const linksOf = () => world.links;
const isDirect = (link: DemoLink) => unwrap(link.href).startsWith(`${world.origin}/`);
const describeLink = (link: DemoLink) => `${link.page}: ${link.name} → ${link.expected}`;

describe('demo world pages', () => {
  it('serves every page as HTML that loads nothing from outside 127.0.0.1', async () => {
    for (const url of [world.origin, ...Object.values(world.pages)]) {
      const { response, text } = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const sources = [...text.matchAll(/\ssrc="([^"]*)"/g)].map((match) => match[1]);
      for (const source of sources)
        expect(source?.startsWith(`${world.origin}/`), source).toBe(true);
      expect(/<link[^>]+stylesheet|@import|url\(\s*["']?(?:https?:)?\/\//i.test(text), url).toBe(
        false,
      );
    }
  });

  it('shows a "Licenses & certifications" section with redirect-wrapped and baked-image links', async () => {
    const { text } = await get(world.pages.profile);
    expect(text).toMatch(/<section[^>]*>[\s\S]*?<h2[^>]*>Licenses &amp; certifications<\/h2>/);
    expect(text).toContain('class="pvs-list__item--line-separated artdeco-list__item t-14"');
    expect(text).toContain('href="https://www.linkedin.com/redir/redirect?url=https%3A%2F%2F');
    expect(text).toContain('&amp;trk=public_profile');
    expect(text).toContain('Show credential');
    expect(text).toMatch(/<a href="[^"]+\.png"[^>]*><img alt="Credential badge" src="[^"]+\.png"/);
    for (const link of linksOf().filter((l) => l.page === 'profile'))
      expect(text).toContain(`href="${link.href.replace(/&/g, '&amp;')}"`);
    // Grace's profile rides along as an inert template for the pushState navigation.
    expect(text).toContain('<template data-profile-path="/in/grace-hopper/"');
    expect(text).toContain('history.pushState');
    expect(text).toMatch(/<a [^>]*href="\/in\/grace-hopper\/" data-spa-link>Grace Hopper<\/a>/);
  });

  it("serves Grace Hopper's profile directly, with her own credentials", async () => {
    const { text } = await get(world.pages.graceProfile);
    const main = text.slice(0, text.indexOf('<template'));
    expect(main).toContain('<h1 class="text-heading-xlarge');
    expect(main).toContain('Grace Hopper');
    expect(main).toContain('Licenses &amp; certifications');
    for (const link of linksOf().filter((l) => l.page === 'grace'))
      expect(main).toContain(`href="${link.href.replace(/&/g, '&amp;')}"`);
  });

  it('shows Credly badge images linking to credly.com on the GitHub profile', async () => {
    const { text } = await get(world.pages.github);
    const badges = linksOf().filter((l) => l.page === 'github');
    expect(badges.length).toBeGreaterThan(2);
    for (const link of badges) {
      expect(link.href).toMatch(/^https:\/\/www\.credly\.com\/badges\/[0-9a-f-]{36}\/public_url$/);
      expect(text).toMatch(new RegExp(`<a href="${link.href}"[^>]*><img src="([^"]+)"`));
    }
    for (const [, image] of text.matchAll(/<img src="([^"]+)"/g)) {
      const { response, text: svg } = await get(image as string);
      expect(response.headers.get('content-type')).toBe('image/svg+xml');
      expect(svg).toContain('<svg');
    }
  });

  it('carries a schema.org JobPosting with Requirements and Nice to have', async () => {
    const { text } = await get(world.pages.job);
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(text)?.[1];
    const posting = JSON.parse(json ?? 'null');
    expect(posting).toMatchObject({ '@type': 'JobPosting', title: 'Senior Platform Engineer' });
    expect(posting.hiringOrganization.name).toBe('Analytical Engines Ltd');
    for (const words of [
      'Requirements',
      'Nice to have',
      'Kubernetes',
      'AWS',
      'Terraform',
      'Go',
      'CI/CD',
    ])
      expect(posting.description).toContain(words);
  });
});

describe('demo world resources', () => {
  it('serves the did:web DID document, the status list, a VC-JWT and a baked PNG', async () => {
    const did = `did:web:127.0.0.1%3A${world.port}:issuer`;
    const { response, text } = await get(`${world.origin}/issuer/did.json`);
    expect(response.headers.get('content-type')).toBe('application/did+json');
    expect(response.headers.get('cache-control')).toBe('max-age=60');
    const document = JSON.parse(text);
    expect(document.id).toBe(did);
    expect(document.assertionMethod).toEqual([`${did}#key-1`]);
    expect(document.verificationMethod[0]).toMatchObject({ type: 'Multikey', controller: did });
    const list = JSON.parse((await get(`${world.origin}/issuer/status/1`)).text);
    expect(list.type).toContain('BitstringStatusListCredential');
    const jwt = linksOf().find((l) => l.href.endsWith('.jwt'));
    const jwtResponse = await fetch(unwrap(jwt?.href ?? ''));
    expect(jwtResponse.headers.get('content-type')).toBe('application/vc+jwt');
    expect(await jwtResponse.text()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const png = linksOf().find((l) => l.href.endsWith('.png'));
    const pngResponse = await fetch(png?.href ?? '');
    expect(pngResponse.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await pngResponse.arrayBuffer()).slice(0, 4)]).toEqual([
      0x89, 0x50, 0x4e, 0x47,
    ]);
  });

  it('serves Accredible credential JSON, and 404 JSON for an unknown id', async () => {
    const link = linksOf().find((l) => l.href.startsWith('https://www.credential.net/'));
    const id = link?.href.split('/').pop() ?? '';
    const base = `${world.origin}/providers/api.accredible.com/v1/credential-net/credentials`;
    const { response, text } = await get(`${base}/${id}`);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(text).data).toMatchObject({ uuid: id, name: link?.name, revoked: false });
    const missing = await get(`${base}/99999999`);
    expect(missing.response.status).toBe(404);
    expect(JSON.parse(missing.text)).toEqual({ error: 'NOT_FOUND' });
  });

  it('answers 404 elsewhere and counts requests per path', async () => {
    const before = world.hits('/nowhere');
    expect((await fetch(`${world.origin}/nowhere?x=1`)).status).toBe(404);
    expect(world.hits('/nowhere')).toBe(before + 1);
    expect(world.hits('/nowhere?x=1')).toBe(1);
  });
});

describe('demo world verdicts', () => {
  it('lists links of every verdict on each page', () => {
    const expected = new Set(linksOf().map((l) => l.expected));
    for (const verdict of [
      'verified',
      'confirmed',
      'expired',
      'revoked',
      'invalid',
      'unverifiable',
      'none',
    ])
      expect(expected, verdict).toContain(verdict);
  });

  // Case names from a stand-in origin (the real port is only known once the server runs).
  // Jordan Rivera's page holds a genuine credential issued to someone else: the verifier alone
  // (no page, no person) says verified; only on the page does it become misattributed.
  const cases = [...demoLinks('http://127.0.0.1:1'), ...holderLinks('http://127.0.0.1:1')].map(
    (link) => ({
      ...link,
      expected: link.expected === 'misattributed' ? ('verified' as const) : link.expected,
      direct: link.href.includes('127.0.0.1'),
      /** Credly's revoked badges answer 410 Gone. */
      gone: (Object.values(CREDLY) as CredlyBadge[]).some(
        (badge) => badge.revoked === true && link.href.includes(badge.uuid),
      ),
      title: `${link.page}: ${link.name} → ${link.expected}`,
    }),
  );
  const actual = (c: { page: string; name: string }) => {
    const link = world.links.find((l) => l.page === c.page && l.name === c.name);
    if (link === undefined) throw new Error(`no link ${c.page}: ${c.name}`);
    return link;
  };

  // OB 3.0 JSON, VC-JWT and baked PNG on 127.0.0.1, verified from the link itself. `none` (not a
  // credential) must come out malformed: the UI drops a generic link's malformed result silently.
  for (const c of cases.filter((each) => each.direct)) {
    it(c.title, async () => {
      const result = await verify(unwrap(actual(c).href));
      const status = c.expected === 'none' ? 'malformed' : c.expected;
      expect(result.status, JSON.stringify(result.checks)).toBe(status);
    });
  }

  // Credly and Badgr: the hosted assertion at the provider's API, through the rewrite. Credly
  // answers a revoked badge with 410 Gone and {"revoked":true}.
  const hosted = cases.filter((c) => providerApiUrl(unwrap(c.href)) !== undefined);
  for (const c of hosted) {
    it(`${c.title} (provider API)`, async () => {
      const api = providerApiUrl(unwrap(actual(c).href)) as string;
      if (c.gone) {
        const served = await fetch(`${world.origin}${providerPath(api)}`);
        expect(served.status).toBe(410);
        expect(await served.json()).toEqual({ revoked: true });
      }
      const result = await verify(api);
      expect(result.status, JSON.stringify(result.checks)).toBe(c.expected);
    });
  }

  it('covers every link: direct, provider API, Accredible or link-only', () => {
    for (const link of world.links) {
      const target = unwrap(link.href);
      const kind = isDirect(link)
        ? 'direct'
        : providerApiUrl(target) !== undefined
          ? 'hosted'
          : /^https:\/\/www\.(credential\.net|coursera\.org)\//.test(target)
            ? 'proprietary'
            : 'unknown';
      expect(kind, describeLink(link)).not.toBe('unknown');
    }
  });
});
