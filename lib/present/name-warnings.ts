// Warnings about names that could pass for others (UTS #39 §4–5): a name mixing scripts, an
// issuer name confusable with a listed issuer's, and text-direction controls a name carried.
// Decided in the worker; the card and popup only show the sentences.

import { lookalikeOf } from '../issuers';
import type { BadgeView } from '../messaging';
import { hasBidiControls } from '../shared/display-text';
import { clip } from '../shared/text';
import { type MessageKey, type Say, sayEnglish, sayList, sentence } from '../shared/words';
import { mixedScripts } from './mixed-script';

export type NameWarning = NonNullable<BadgeView['nameWarnings']>[number];

/** A name as it arrived (`raw`) and as it is shown (`shown`, already cleaned); `label` names it. */
type NameField = { label: MessageKey; raw: string | undefined; shown: string | undefined };

/**
 * Warnings for the credential's name, issuer name and recipient, at most five. The look-alike
 * check here uses the bundled list only: the view is cached, and the user's trusted issuers
 * (which change) are checked with the standing (lib/issuers issuerStanding with a name).
 */
export function nameWarningsOf(
  options: {
    name: NameField;
    issuerName: NameField;
    recipient: NameField;
    issuerId: string | undefined;
  },
  say: Say = sayEnglish,
): NameWarning[] | undefined {
  const fields = [options.name, options.issuerName, options.recipient];
  const warnings: NameWarning[] = [];
  const looksLike = lookalikeOf({
    issuerId: options.issuerId,
    issuerName: options.issuerName.shown,
    trust: { added: [], removed: [] },
  });
  if (looksLike !== undefined)
    warnings.push({ code: 'lookalike_issuer', text: lookalikeText(looksLike, say) });
  for (const field of fields) {
    const scripts = field.shown === undefined ? undefined : mixedScripts(field.shown);
    if (scripts !== undefined)
      warnings.push({
        code: 'mixed_script',
        text: sentence(
          say(
            'warning_mixedScript',
            say(field.label),
            sayList(
              say,
              scripts.map((script) => scriptName(script, say.language)),
            ),
          ),
        ),
      });
  }
  const reordered = fields.filter((field) => field.raw !== undefined && hasBidiControls(field.raw));
  if (reordered.length > 0)
    warnings.push({
      code: 'bidi_controls',
      text: sentence(
        say(
          'warning_bidiControls',
          sayList(
            say,
            reordered.map((field) => say(field.label)),
          ),
        ),
      ),
    });
  return warnings.length === 0 ? undefined : warnings.slice(0, 5);
}

/** The sentence for an issuer imitating `known` (the card's standing line uses the same message). */
function lookalikeText(known: string, say: Say): string {
  return say('looksLikeIssuer', clip(known, 200));
}

function scriptName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'script' }).of(code) ?? code;
  } catch {
    return code;
  }
}
