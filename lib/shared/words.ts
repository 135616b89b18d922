// The words Credlens says, by the message keys of the extension's catalogues (public/_locales,
// issue 15). The English catalogue is the one source of every sentence: the service worker says
// them in the browser's language through browser.i18n, the UI through components/ui/i18n.tsx,
// and the CLI and tests in English from the same file, so no sentence is written twice.

import en from '../../public/_locales/en/messages.json';
import { fillPlaceholders } from './text';

export type MessageKey = keyof typeof en;

/** Keys that come in a `_one` / `_other` pair, by their stem. */
export type PluralStem = {
  [K in MessageKey]: K extends `${infer Stem}_one` ? Stem : never;
}[MessageKey];

/**
 * Says the message `key` with `$1`… filled in, in `language` (BCP 47, for Intl: plurals, lists,
 * script names). Substitutions are text: a view renders them as text, never markup.
 */
export type Say = {
  (key: MessageKey, ...substitutions: string[]): string;
  readonly language: string;
};

/** Whether the catalogue has `key` (a code from another version may have no message). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The catalogue's English for `key`. */
function englishMessage(key: MessageKey, substitutions: readonly string[]): string {
  return fillPlaceholders(en[key].message, substitutions);
}

type Lookup = (key: MessageKey, substitutions: string[]) => string;

/**
 * A `Say` over a catalogue lookup alone (browser.i18n in the content script, which carries no
 * catalogue of its own).
 */
export function sayThrough(lookup: Lookup, language: string): Say {
  const say = (key: MessageKey, ...substitutions: string[]) => lookup(key, substitutions);
  return Object.assign(say, { language: canonicalLanguage(language) });
}

/**
 * A `Say` over a catalogue lookup that answers '' for a message it lacks (as browser.i18n does):
 * English fills the gap, so a missing translation never shows an empty sentence.
 */
export function sayWith(lookup: Lookup, language: string): Say {
  return sayThrough(
    (key, substitutions) => lookup(key, substitutions) || englishMessage(key, substitutions),
    language,
  );
}

/** `language` as Intl takes it, or English when it is not a language tag. */
function canonicalLanguage(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** English (the CLI, tests). */
export const sayEnglish: Say = /* @__PURE__ */ sayWith(() => '', 'en');

/** `stem_one` or `stem_other` for `count` in the language's plural rules, `count` as `$1`. */
export function sayPlural(say: Say, stem: PluralStem, count: number, ...rest: string[]): string {
  const category = new Intl.PluralRules(say.language).select(count);
  return say(
    `${stem}_${category === 'one' ? 'one' : 'other'}` as MessageKey,
    String(count),
    ...rest,
  );
}

/** `items` as a list in the language ("A, B and C"). */
export function sayList(say: Say, items: readonly string[]): string {
  return new Intl.ListFormat(say.language, { type: 'conjunction' }).format(items);
}

/** `text` with its first letter in capitals: a message that starts with a substitution. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
