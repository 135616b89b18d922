// The extension's message catalogues (public/_locales) as tests read them: a language's messages,
// and lib/shared/words' `Say` over them, as browser.i18n would say them in that language.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillPlaceholders } from '../../lib/shared/text';
import { type Say, sayWith } from '../../lib/shared/words';

export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;

export function catalogue(language: string): Record<string, { message: string }> {
  const path = join(import.meta.dirname, '../../public/_locales', language, 'messages.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
}

/** Words in `language`, from its catalogue. */
export function sayIn(language: string): Say {
  const messages = catalogue(language);
  return sayWith(
    (key, substitutions) => fillPlaceholders(messages[key]?.message ?? '', substitutions),
    language,
  );
}
