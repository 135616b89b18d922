// Every proof suite Credlens verifies beyond EdDSA Data Integrity, checked end to end by the
// extension's worker: one credential each of Ed25519Signature2018, ecdsa-rdfc-2019 (P-256),
// ecdsa-jcs-2019 (P-384), ecdsa-sd-2023 (the holder's derived copy) and an ES256K VC-JWT, plus a
// tampered copy, signed here by independent implementations (test/helpers/suites.ts) with
// did:key issuers, so nothing but this page's own 127.0.0.1 server is needed.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, type RouteTable, startLocalServer } from '../helpers/local-server';
import { type SuiteCredential, signSuiteCredentials, tamperedCopy } from '../helpers/suites';
import { BADGE_HOST, badgeFrames, readBadges } from './badges';
import { useDemoSession } from './demo-session';
import { SCREENSHOTS } from './launch';

const SETTLE = { timeout: 30_000, interval: 250 };

type Listed = SuiteCredential & { slug: string; expected: 'Verified' | 'Invalid' };

function suitesPage(listed: Listed[]): string {
  const items = listed
    .map(
      (credential) =>
        `<li><b>${credential.suite}${credential.expected === 'Invalid' ? ' (tampered)' : ''}</b>: <a href="/suites/${credential.slug}.${credential.format}">${credential.title}</a></li>`,
    )
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Proof suites</title></head>
<body style="font:16px system-ui;margin:24px"><main><h1>Credentials, one per proof suite</h1>
<ul style="line-height:2.4">${items}</ul></main></body></html>`;
}

describe('each proof suite verified by the worker, through a badge (test build)', () => {
  const session = useDemoSession();
  let server: LocalServer;
  let listed: Listed[];

  beforeAll(async () => {
    const signed = await signSuiteCredentials();
    listed = signed.map((credential) => ({
      ...credential,
      slug: credential.suite.toLowerCase(),
      expected: 'Verified' as const,
    }));
    const rdfc = signed.find((credential) => credential.suite === 'ecdsa-rdfc-2019');
    if (rdfc === undefined) throw new Error('no ecdsa-rdfc-2019 credential');
    listed.push({
      ...tamperedCopy(rdfc, 'ECDSA RDFC P-256 Badge (tampered)'),
      slug: 'ecdsa-rdfc-2019-tampered',
      expected: 'Invalid',
    });
    // The sd-2023 copy on the page is the holder's derived one: the undisclosed description is gone.
    const sd = listed.find((credential) => credential.suite === 'ecdsa-sd-2023');
    expect(sd?.body).toContain('"cryptosuite": "ecdsa-sd-2023"');
    expect(sd?.body).not.toContain('Builds batch and streaming pipelines');
    const routes: RouteTable = {
      '/suites/': {
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: suitesPage(listed),
      },
    };
    for (const credential of listed)
      routes[`/suites/${credential.slug}.${credential.format}`] = {
        headers: {
          'content-type': credential.format === 'jwt' ? 'application/vc+jwt' : 'application/json',
        },
        body: credential.body,
      };
    server = await startLocalServer(routes);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('reads "Verified" for every suite and "Invalid" for the tampered copy', async () => {
    const { browser } = session;
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 900, height: 520 });
    await page.goto(`${server.url}/suites/`);

    const settled = async () =>
      (await readBadges(browser.context, page)).filter(
        (badge) => badge.role === 'button' && !badge.name.includes('Checking'),
      ).length;
    await expect.poll(settled, SETTLE).toBe(listed.length);
    expect(await page.locator(BADGE_HOST).count()).toBe(listed.length);

    // Each badge sits on its link's line: pair them by where they are drawn.
    const readings = await Promise.all(
      badgeFrames(page).map(async (frame) => {
        const box = await (await frame.frameElement()).boundingBox();
        const [badge] = await frame.evaluate(() =>
          [...document.querySelectorAll('button[aria-label^="Credlens:"]')].map(
            (element) => element.getAttribute('aria-label') ?? '',
          ),
        );
        return { middle: box === null ? Number.NaN : box.y + box.height / 2, name: badge ?? '' };
      }),
    );
    const report: string[] = [];
    for (const credential of listed) {
      const link = page.locator(`a[href="/suites/${credential.slug}.${credential.format}"]`);
      const box = await link.boundingBox();
      if (box === null) throw new Error(`${credential.slug}: link not drawn`);
      const mine = readings.filter(
        (reading) => Math.abs(reading.middle - (box.y + box.height / 2)) < box.height,
      );
      report.push(`${credential.slug}: ${mine.map((reading) => reading.name).join(' | ')}`);
      expect(mine.length, credential.slug).toBe(1);
      expect(mine[0]?.name, credential.slug).toMatch(
        new RegExp(`^Credlens: ${credential.expected} — `),
      );
    }
    console.log(report.join('\n'));
    // The worker fetched each credential itself, from this server.
    for (const credential of listed)
      expect(server.hits(`/suites/${credential.slug}.${credential.format}`)).toBeGreaterThan(0);

    await page.screenshot({ path: join(SCREENSHOTS, 'suites.png') });
    await page.close();
  });
});
