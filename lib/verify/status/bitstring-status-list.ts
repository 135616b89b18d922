// BitstringStatusListEntry (W3C Bitstring Status List v1.0, a Recommendation): the entry points
// into a BitstringStatusListCredential; revocation, suspension or message purposes.

import type { Check } from '../result';
import { checkBitstringEntry } from './bitstring-entry';
import type { StatusContext } from './context';

export const BITSTRING_ENTRY_TYPE = 'BitstringStatusListEntry';

/** The status a BitstringStatusListEntry gives, from its verified list. */
export function checkBitstringStatusListEntry(
  entry: Record<string, unknown>,
  context: StatusContext,
): Promise<Check | Check[]> {
  return checkBitstringEntry(entry, context, 'BitstringStatusListCredential');
}
