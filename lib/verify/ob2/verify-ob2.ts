// Open Badges 2.0 and 1.x verification (OB 2.0 §Verification; STANDARDS §4): which path an
// assertion takes. Hosted assertions (hosted.ts) are re-fetched from their own id — `confirmed`
// at best, since nothing is signed. Signed assertions (signed.ts, a compact JWS) are checked
// against the issuer's CryptographicKey — `verified`. Both read the BadgeClass and issuer
// Profile as served (documents.ts), the dates and the revocation list (assertion.ts). Blockcerts
// v2 assertions (a MerkleProof2017 `signature`) are recognised and left unverifiable: never
// fetched as hosted.

import { foreignProofCheck } from '../formats';
import type { ParsedJws } from '../jwt';
import { checkBadgeValidity, claimedValidity } from '../validity';
import { badgeDatesOf, blockchainProofNames, notAnAssertion } from './assertion';
import type { Ob2Context } from './context';
import { verifyHosted } from './hosted';
import type { Ob2Document } from './schemas';
import { verifySigned } from './signed';
import type { Ob2Verification } from './verification';

/** Verifies a hosted assertion given as JSON (only its id is trusted) or a signed one given as a JWS. */
export async function verifyOpenBadge2(
  input: { assertion: Ob2Document } | { jws: ParsedJws },
  context: Ob2Context,
): Promise<Ob2Verification> {
  const document = 'jws' in input ? input.jws.payload : input.assertion;
  const wrongType = notAnAssertion(document);
  if (wrongType !== undefined)
    return {
      checks: [wrongType],
      assertion: document,
      securing: 'jws' in input ? 'jose' : 'hosted',
    };
  const anchored = blockchainProofNames(document);
  if (anchored.length > 0) {
    // Policy: a Blockcerts assertion is not hosted; its id is not fetched. Its dates are claims.
    const dates = claimedValidity(
      checkBadgeValidity(document, badgeDatesOf(document), context.now),
    );
    return {
      checks: [foreignProofCheck('blockchain', [...new Set(anchored)]), dates],
      assertion: document,
      securing: 'unknown',
    };
  }
  if ('jws' in input) return verifySigned(input.jws, context);
  return verifyHosted(input.assertion, context);
}
