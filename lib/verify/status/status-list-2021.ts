// StatusList2021Entry (W3C CCG Status List 2021, the predecessor of Bitstring Status List, still
// used by DCC and many VC 1.1 issuers): the same bitstring, read from a
// StatusList2021Credential.

import type { Check } from '../result';
import { checkBitstringEntry } from './bitstring-entry';
import type { StatusContext } from './context';

export const STATUS_LIST_2021_ENTRY_TYPE = 'StatusList2021Entry';

/** The status a StatusList2021Entry gives, from its verified list. */
export function checkStatusList2021Entry(
  entry: Record<string, unknown>,
  context: StatusContext,
): Promise<Check | Check[]> {
  return checkBitstringEntry(entry, context, 'StatusList2021Credential');
}
