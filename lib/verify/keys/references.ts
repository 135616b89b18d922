// A verification relationship (assertionMethod, authentication, a Profile's publicKey…) holds
// one entry or a list, each a reference (a string) or an embedded method with an `id`.

import { asRecord } from '../../shared/text';

/** The ids a relationship refers to: strings as they are, embedded methods by their `id`. */
export function referencedIds(relation: unknown): string[] {
  const entries = Array.isArray(relation) ? relation : relation === undefined ? [] : [relation];
  return entries.flatMap((entry) => {
    const id = typeof entry === 'string' ? entry : asRecord(entry)?.id;
    return typeof id === 'string' ? [id] : [];
  });
}
