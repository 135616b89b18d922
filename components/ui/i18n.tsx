// The UI's words, in the browser's language (issue 15): browser.i18n over the catalogues in
// public/_locales (English, German, French, Spanish; test/unit/i18n checks they hold the same
// messages with the same placeholders, and that every message is used). Plurals go through
// Intl.PluralRules, since browser.i18n has none. Outside an extension page (unit tests) the
// English catalogue answers.

import type { ComponentChild } from 'preact';
import { browser } from '#imports';
import {
  isMessageKey,
  type MessageKey,
  type PluralStem,
  type Say,
  sayWith,
} from '../../lib/shared/words';

export type { MessageKey, PluralStem };

type Substitution = string | number;

function nativeMessage(key: string, substitutions: string[]): string {
  try {
    return browser.i18n.getMessage(key as '@@ui_locale', substitutions);
  } catch {
    return '';
  }
}

/** The message `key` with `$1`… filled in, as text (never HTML). */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  return say(key, ...substitutions.map(String));
}

/** The UI's words as lib/ takes them (lib/shared/words), for wording shared with the worker. */
export const say: Say = sayWith(nativeMessage, uiLanguage());

/**
 * The seal's word in the UI's language: the same on every Credlens surface, since they all say
 * it through this. A word from elsewhere (an older or imported seal) is shown as it is.
 */
export function sealWord(word: string): string {
  const key = `sealWord_${word}`;
  return isMessageKey(key) ? t(key) : word;
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
