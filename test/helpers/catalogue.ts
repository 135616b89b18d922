// The extension's message catalogues (public/_locales) as tests read them: a language's messages,
// and lib/shared/words' `Say` over them, as browser.i18n would say them in that language.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillPlaceholders } from '../../lib/shared/text';
import { type Say, sayWith } from '../../lib/shared/words';

export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;

export type Catalogue = Record<string, { message: string; description?: string }>;

const read = new Map<string, Catalogue>();

/** `language`'s catalogue, read once. */
export function catalogue(language: string): Catalogue {
  let messages = read.get(language);
  if (messages === undefined) {
    const path = join(import.meta.dirname, '../../public/_locales', language, 'messages.json');
    messages = JSON.parse(readFileSync(path, 'utf8')) as Catalogue;
    read.set(language, messages);
  }
  return messages;
}

/** The message `key` of `language`'s catalogue as written ('' when it has none). */
export function message(language: string, key: string): string {
  return catalogue(language)[key]?.message ?? '';
}

/** Words in `language`, from its catalogue. */
export function sayIn(language: string): Say {
  const messages = catalogue(language);
  return sayWith(
    (key, substitutions) => fillPlaceholders(messages[key]?.message ?? '', substitutions),
    language,
  );
}
