// The UI's words, in the browser's language (issue 15): browser.i18n over the catalogues in
// public/_locales (English, German, French, Spanish; test/unit/i18n checks they hold the same
// messages with the same placeholders, and that every message is used). Plurals go through
// Intl.PluralRules, since browser.i18n has none. Outside an extension page (unit tests) the
// English catalogue answers.

import type { ComponentChild } from 'preact';
import { browser } from '#imports';
import { fillPlaceholders } from '../../lib/shared/text';
import en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
/** Keys that come in a `_one` / `_other` pair, by their stem. */
export type PluralStem = {
  [K in MessageKey]: K extends `${infer Stem}_one` ? Stem : never;
}[MessageKey];

type Substitution = string | number;

function nativeMessage(key: string, substitutions: string[]): string {
  try {
    return browser.i18n.getMessage(key as '@@ui_locale', substitutions);
  } catch {
    return '';
  }
}

function englishMessage(key: MessageKey, substitutions: string[]): string {
  return fillPlaceholders(en[key].message, substitutions);
}

/** The message `key` with `$1`… filled in, as text (never HTML). */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  const texts = substitutions.map(String);
  return nativeMessage(key, texts) || englishMessage(key, texts);
}

/** The UI's language (BCP 47), for Intl. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** `stem_one` or `stem_other` for `count` in the UI's language, with `count` as `$1`. */
export function plural(stem: PluralStem, count: number, ...rest: Substitution[]): string {
  const category = new Intl.PluralRules(uiLanguage()).select(count);
  const key = `${stem}_${category === 'one' ? 'one' : 'other'}` as MessageKey;
  return t(key, count, ...rest);
}

/**
 * The message `key` with elements in its `$1`… places (a name in bold, a code span): the
 * message is split at its placeholders, so translators keep the word order of their language.
 */
export function tNodes(key: MessageKey, ...parts: ComponentChild[]): ComponentChild[] {
  const marks = parts.map((_, index) => `\uE000${index}\uE001`);
  const text = t(key, ...marks);
  return text.split(/(\uE000\d+\uE001)/).map((piece) => {
    const index = /^\uE000(\d+)\uE001$/.exec(piece)?.[1];
    return index === undefined ? piece : parts[Number(index)];
  });
}
