/**
 * Text a site wrote as HTML, possibly entity-escaped more than once ("&amp;lt;p&amp;gt;", "&amp;amp;")
 * — JSON-LD descriptions and `<meta>` descriptions both come this way — as plain text with block
 * structure kept for `splitRequirements`.
 * @module
 */
import { decodeEntities, htmlToText } from '../skills';

/** Plain text of an HTML (or plain) string, whatever its level of escaping. */
export function richText(value: string): string {
  const text = htmlToText(unescapeHtml(value));
  // Values escaped once more than their markup ("&amp;amp;") keep an entity after htmlToText.
  return /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(text) ? decodeEntities(text) : text;
}

/** Decodes entity-escaped markup ("&amp;lt;p&amp;gt;") until real tags appear (at most 3 rounds). */
function unescapeHtml(value: string): string {
  let text = value;
  for (let i = 0; i < 3 && !/<[a-z/!]/i.test(text) && /&(?:amp;)+lt;|&lt;/i.test(text); i++) {
    text = decodeEntities(text);
  }
  return text;
}
