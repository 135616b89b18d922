// For credentials whose proof never runs JSON-LD (eddsa-jcs-2022, JWTs): the contexts they
// declare must still be ones Credlens knows, or the meaning of their terms is unknown.

import { type Check, check } from '../result';

/** `context_ok` when every @context URL is in `known`, otherwise `context_unknown`. */
export function checkContextsKnown(context: unknown, known: ReadonlyMap<string, unknown>): Check {
  const entries = Array.isArray(context) ? context : [context];
  const unknown = entries.find((entry) => typeof entry === 'string' && !known.has(entry));
  if (typeof unknown === 'string') {
    return check(
      'context',
      'unknown',
      'context_unknown',
      `unknown JSON-LD context ${unknown.slice(0, 200)}`,
    );
  }
  return check('context', 'pass', 'context_ok', 'every context is a known one');
}
