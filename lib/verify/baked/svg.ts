// Extracts a baked credential from an SVG (OB 3.0 §5.3.2: element `credential` in namespace
// https://purl.imsglobal.org/ob/v3p0; OB 2.0: `assertion` in http://openbadges.org), from its
// `verify` attribute or its content. The SVG is never rendered or parsed as a DOM: a small
// scanner reads just that element, refuses DTDs (so no entity expansion) and caps sizes.

import { err, ok, type Result } from '../../shared/result';
import type { Baked, BakedError } from './png';
import { MAX_BAKED_TEXT_BYTES, MAX_IMAGE_BYTES } from './png';

const NAMESPACES: ReadonlyArray<{ uri: string; element: string; keyword: Baked['keyword'] }> = [
  {
    uri: 'https://purl.imsglobal.org/ob/v3p0',
    element: 'credential',
    keyword: 'openbadgecredential',
  },
  { uri: 'http://openbadges.org', element: 'assertion', keyword: 'openbadges' },
  { uri: 'https://purl.imsglobal.org/clr/v2p0', element: 'credential', keyword: 'clrcredential' },
];

/** True when `text` looks like SVG markup. */
export function isSvg(text: string): boolean {
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*>\s*)*<svg[\s>]/i.test(
    text.trimStart(),
  );
}

/** The baked credential of an SVG document. */
export function extractFromSvg(text: string): Result<Baked, BakedError> {
  if (text.length > MAX_IMAGE_BYTES)
    return err({ code: 'input_too_large', detail: 'the SVG is too large' });
  // Policy: an internal DTD subset can declare entities (billion laughs, external files). The
  // usual `<!DOCTYPE svg PUBLIC …>` line has none and is never fetched or processed here.
  if (/<!ENTITY|<!DOCTYPE[^>]*\[/i.test(text))
    return malformed('SVG with entity declarations is not accepted');
  const markup = withoutComments(text);
  for (const { uri, element, keyword } of NAMESPACES) {
    for (const prefix of prefixesFor(markup, uri)) {
      const found = readElement(markup, prefix === '' ? element : `${prefix}:${element}`);
      if (found === undefined) continue;
      if (!found.ok) return found;
      if (found.value.length > MAX_BAKED_TEXT_BYTES)
        return err({ code: 'input_too_large', detail: 'the baked credential is too large' });
      return ok({ keyword, text: found.value });
    }
  }
  return err({ code: 'image_no_credential', detail: 'the image carries no baked credential' });
}

function prefixesFor(text: string, uri: string): string[] {
  const prefixes: string[] = [];
  const declaration = /xmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*(["'])([^"']*)\2/g;
  for (const match of text.matchAll(declaration)) {
    if (match[3] === uri) prefixes.push(match[1] ?? '');
    if (prefixes.length > 4) break;
  }
  return prefixes;
}

/** The `verify` attribute or text content of the first `<name …>` element. */
function readElement(text: string, name: string): Result<string, BakedError> | undefined {
  const start = text.search(new RegExp(`<${escapeRegExp(name)}[\\s/>]`));
  if (start === -1) return undefined;
  const tagEnd = findTagEnd(text, start);
  if (tagEnd === -1) return malformed(`the <${name}> element is not closed`);
  const tag = text.slice(start, tagEnd + 1);
  const verify = /\sverify\s*=\s*(["'])([^"']*)\1/.exec(tag);
  if (verify?.[2] !== undefined && verify[2].trim() !== '')
    return ok(decodeEntities(verify[2].trim()));
  if (tag.endsWith('/>')) return malformed(`<${name}> has neither a verify attribute nor content`);
  const close = text.indexOf(`</${name}>`, tagEnd);
  if (close === -1) return malformed(`the <${name}> element is not closed`);
  const content = text.slice(tagEnd + 1, close);
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(content);
  const value = cdata?.[1] ?? decodeEntities(content);
  return value.trim() === '' ? malformed(`<${name}> is empty`) : ok(value.trim());
}

/** The `>` that ends the tag opened at `start`, skipping any inside quoted attribute values. */
function findTagEnd(text: string, start: number): number {
  let quote: string | undefined;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

/** The text with XML comments removed (CDATA sections are kept as they are). */
function withoutComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const comment = text.indexOf('<!--', i);
    const cdata = text.indexOf('<![CDATA[', i);
    if (comment === -1) return out + text.slice(i);
    if (cdata !== -1 && cdata < comment) {
      const end = text.indexOf(']]>', cdata);
      const stop = end === -1 ? text.length : end + 3;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    out += text.slice(i, comment);
    const end = text.indexOf('-->', comment + 4);
    i = end === -1 ? text.length : end + 3;
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/** XML's five predefined entities and numeric character references; nothing else expands. */
function decodeEntities(text: string): string {
  return text.replace(
    /&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g,
    (_, entity: string) => {
      const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
      if (named[entity] !== undefined) return named[entity];
      const code = entity.startsWith('#x')
        ? Number.parseInt(entity.slice(2), 16)
        : Number.parseInt(entity.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    },
  );
}

function malformed(detail: string): Result<never, BakedError> {
  return err({ code: 'image_malformed', detail });
}
