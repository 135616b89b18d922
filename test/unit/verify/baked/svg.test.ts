// Baked SVG badges (STANDARDS §4.5): extractFromSvg finds the OB 3.0 `credential` or OB 2.0
// `assertion` element by namespace URI (any prefix), reads its `verify` attribute or CDATA body,
// decodes only XML's predefined and numeric entities, and refuses DTDs outright.

import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCredential } from '../../../../lib/verify';
import { MAX_IMAGE_BYTES } from '../../../../lib/verify/baked/png';
import { extractFromSvg } from '../../../../lib/verify/baked/svg';
import { fakeFetch, fixedClock } from '../../../helpers/fake-fetch';
import { issue, openBadge, testKey } from '../../../helpers/issue';

const OB3 = 'https://purl.imsglobal.org/ob/v3p0';
const OB2 = 'http://openbadges.org';
const DOCTYPE =
  '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">';
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkaWQ6ZXhhbXBsZTpsZWFybmVyIn0.c2lnbmF0dXJl';
const CIRCLE = '<circle cx="5" cy="5" r="4" fill="#8a2be2"/>';

/** An SVG document binding `prefix` to `uri` with `inner` as the first element. */
const svg = (inner: string, uri = OB3, prefix = 'openbadges', head = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${head}<svg xmlns="http://www.w3.org/2000/svg" xmlns:${prefix}="${uri}" width="10" height="10">${inner}${CIRCLE}</svg>`;

function extracted(text: string) {
  const found = extractFromSvg(text);
  if (!found.ok)
    throw new Error(`expected a credential, got ${found.error.code}: ${found.error.detail}`);
  return found.value;
}

const errorOf = (text: string) => {
  const found = extractFromSvg(text);
  return found.ok ? undefined : found.error;
};

describe('extractFromSvg', () => {
  it('reads an OB 3.0 credential from the CDATA body of openbadges:credential', () => {
    const json = '{"name":"Kubernetes® Administrator","x":"<&>"}';
    const text = svg(`<openbadges:credential><![CDATA[${json}]]></openbadges:credential>`);
    expect(extracted(text)).toEqual({ keyword: 'openbadgecredential', text: json });
  });

  it('reads a JWT from the verify attribute of openbadges:credential', () => {
    const text = svg(`<openbadges:credential verify="${JWT}"/>`);
    expect(extracted(text)).toEqual({ keyword: 'openbadgecredential', text: JWT });
  });

  it('reads an OB 2.0 openbadges:assertion verify URL', () => {
    const text = svg(
      '<openbadges:assertion verify="https://badges.example/a/1.json"></openbadges:assertion>',
      OB2,
    );
    expect(extracted(text)).toEqual({
      keyword: 'openbadges',
      text: 'https://badges.example/a/1.json',
    });
  });

  it('matches the namespace URI, not the prefix', () => {
    const text = svg(`<ob3:credential verify='${JWT}'/>`, OB3, 'ob3');
    expect(extracted(text).text).toBe(JWT);
    expect(
      errorOf(svg(`<openbadges:credential verify="${JWT}"/>`, 'https://other.example/ns')),
    ).toMatchObject({
      code: 'image_no_credential',
    });
  });

  it('accepts the standard <!DOCTYPE svg PUBLIC …> line', () => {
    const text = svg(`<openbadges:credential verify="${JWT}"/>`, OB3, 'openbadges', `${DOCTYPE}\n`);
    expect(extracted(text).text).toBe(JWT);
  });

  it('decodes predefined and numeric entities in the verify attribute', () => {
    const text = svg(
      '<openbadges:assertion verify="https://b.example/a?x=1&amp;y=&#50;&amp;z=&#x33;&lt;&quot;&apos;&gt;"/>',
      OB2,
    );
    expect(extracted(text).text).toBe('https://b.example/a?x=1&y=2&z=3<"\'>');
  });

  it('decodes entities in a body that is not CDATA, and leaves unknown entities alone', () => {
    const text = svg(
      '<openbadges:credential>{&quot;a&quot;:&quot;&amp;&nbsp;&quot;}</openbadges:credential>',
    );
    expect(extracted(text).text).toBe('{"a":"&&nbsp;"}');
  });

  it.each([
    [
      'an internal DTD subset with a billion-laughs entity',
      `<!DOCTYPE svg [\n<!ENTITY lol "lol">\n<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n`,
    ],
    ['an internal DTD subset without entities', `<!DOCTYPE svg [ <!ELEMENT svg ANY> ]>\n`],
    ['an <!ENTITY> declaration anywhere', '<!ENTITY x SYSTEM "file:///etc/passwd">\n'],
  ])('returns image_malformed immediately for %s', (_, head) => {
    const started = performance.now();
    const text = svg(
      '<openbadges:credential>&lol2;</openbadges:credential>',
      OB3,
      'openbadges',
      head,
    );
    expect(errorOf(text)).toMatchObject({ code: 'image_malformed' });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it.each([
    ['an SVG with no badge namespace', `<svg xmlns="http://www.w3.org/2000/svg">${CIRCLE}</svg>`],
    ['a declared namespace without its element', svg('<openbadges:other verify="x"/>')],
  ])('returns image_no_credential for %s', (_, text) => {
    expect(errorOf(text)).toMatchObject({ code: 'image_no_credential' });
  });

  it.each([
    ['an element that is never closed', svg('<openbadges:credential><![CDATA[{"a":1}]]>')],
    [
      'a start tag that never ends',
      '<svg xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential verify="x',
    ],
    ['an empty self-closed element', svg('<openbadges:credential/>')],
    ['an empty element', svg('<openbadges:credential>  </openbadges:credential>')],
  ])('returns image_malformed for %s', (_, text) => {
    expect(errorOf(text)).toMatchObject({ code: 'image_malformed' });
  });

  it('returns input_too_large for an SVG over the image size cap', () => {
    const text = svg(`<desc>${'x'.repeat(MAX_IMAGE_BYTES)}</desc>`);
    expect(errorOf(text)).toMatchObject({ code: 'input_too_large' });
  });

  it('reads the verify attribute when an earlier attribute value contains ">"', () => {
    // Regression (fixed): lib/verify/baked/svg.ts readElement ends the start tag at the first '>' (indexOf),
    // but '>' is legal inside an XML attribute value. Input: <openbadges:credential
    // title="a > b" verify="<JWT>"/>. Expected: the JWT. Actual: the tag is cut at 'a >', the
    // verify attribute is missed, and the body search fails with image_malformed.
    const text = svg(`<openbadges:credential title="a > b" verify="${JWT}"/>`);
    expect(extractFromSvg(text)).toEqual({
      ok: true,
      value: { keyword: 'openbadgecredential', text: JWT },
    });
  });

  it('ignores a badge element inside an XML comment', () => {
    // Regression (fixed): lib/verify/baked/svg.ts readElement searches the raw text, comments included. Input:
    // <!-- <openbadges:credential verify="old"/> --> before <openbadges:credential
    // verify="<JWT>"/>. Expected: the JWT (comments are not elements). Actual: "old".
    const text = svg(
      `<!-- <openbadges:credential verify="old"/> --><openbadges:credential verify="${JWT}"/>`,
    );
    expect(extractFromSvg(text)).toEqual({
      ok: true,
      value: { keyword: 'openbadgecredential', text: JWT },
    });
  });
});

describe('verifyCredential on a baked SVG', () => {
  let signed: Record<string, unknown>;
  beforeAll(async () => {
    const key = await testKey(22);
    signed = await issue(openBadge(key.did, { name: 'Kubernetes® Administrator 🚀' }), { key });
  });

  const bytesOf = (text: string) => new TextEncoder().encode(text);
  const run = (text: string) =>
    verifyCredential(
      { kind: 'bytes', bytes: bytesOf(text) },
      { fetch: fakeFetch(), now: fixedClock() },
    );

  it('returns verified for a signed credential in a CDATA body, with container svg', async () => {
    const text = svg(
      `<openbadges:credential><![CDATA[${JSON.stringify(signed)}]]></openbadges:credential>`,
      OB3,
      'openbadges',
      `${DOCTYPE}\n`,
    );
    const result = await run(text);
    expect(result.status).toBe('verified');
    expect(result.format.container).toBe('svg');
    expect(result.checks.find((c) => c.code === 'format_ok')?.detail).toContain('SVG');
  });

  it('returns invalid for a baked credential altered after signing', async () => {
    const tampered = JSON.stringify({ ...signed, name: 'Kubernetes Administrator (Gold)' });
    const result = await run(
      svg(`<openbadges:credential><![CDATA[${tampered}]]></openbadges:credential>`),
    );
    expect(result.status).toBe('invalid');
    expect(result.format.container).toBe('svg');
  });

  it('returns malformed for an SVG with an entity declaration', async () => {
    const text = `<svg xmlns:openbadges="${OB3}"><!ENTITY a "b"><openbadges:credential>&a;</openbadges:credential></svg>`;
    const result = await run(text);
    expect(result.status).toBe('malformed');
    expect(result.checks.map((c) => c.code)).toEqual(['image_malformed']);
  });
});
