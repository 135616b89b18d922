/**
 * The language of a posting, from its commonest function words: English, French and Spanish are
 * read with their own ESCO labels; any other language (German, Dutch, …) is read for its English
 * terms only, and says so.
 * @module
 */

/** A posting's language as far as skills matching cares. */
export type PostingLanguage = 'en' | 'fr' | 'es' | 'other';

/** Function words frequent in each language and rare in the others (lower case). */
const STOPWORDS: Readonly<Record<Exclude<PostingLanguage, 'other'> | 'de' | 'nl', string>> = {
  en: 'the and of to with for you are our will in is on be as we your this that have from',
  fr: 'le la les des et du une vous nous pour avec dans est sur au aux sont votre nos qui que',
  es: 'el los las del y una para con por en es su sus que nuestro nuestra como al se tu',
  de: 'der die das und mit für sie wir ist ein eine den dem zu von auf bei sind nicht auch',
  nl: 'de het een en van voor met je wij we zijn op naar bij ook als dat die deze jouw onze',
};

const WORD = /\p{L}+/gu;
const SAMPLE = 20_000;

/** The language most of `text`'s function words belong to; English when too short to tell. */
export function detectLanguage(text: string): PostingLanguage {
  const counts: Record<string, number> = { en: 0, fr: 0, es: 0, de: 0, nl: 0 };
  const lists = Object.entries(STOPWORDS).map(
    ([lang, words]) => [lang, new Set(words.split(' '))] as const,
  );
  let total = 0;
  for (const [word] of text.slice(0, SAMPLE).toLowerCase().matchAll(WORD)) {
    total++;
    for (const [lang, set] of lists) if (set.has(word)) counts[lang] = (counts[lang] ?? 0) + 1;
  }
  const ranked = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const [top, score] = ranked[0] ?? ['en', 0];
  // Fewer than 3 % function words (a skills list, a title) says nothing: read it as English.
  if (score < 3 || score < total * 0.03) return 'en';
  if (top === 'en' || top === 'fr' || top === 'es') return top;
  return 'other';
}
