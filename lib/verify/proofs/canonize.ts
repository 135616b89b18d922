// Canonicalisation for Data Integrity proofs: RDFC-1.0 through jsonld.js in safe mode (undefined
// terms are errors, not silently dropped from the signed graph), and RFC 8785 JCS.

import canonicalizeJson from 'canonicalize';
import jsonld from 'jsonld';
import { err, ok, type Result } from '../../shared/result';
import { ContextUnknownError, type DocumentLoader } from '../contexts';
import type { CheckCode } from '../result';
import { useStructureSharingContextClone } from './jsonld-context-clone';
import { canonizeDirect, isDirectCanonize } from './jsonld-direct';

export type CanonizeError = {
  code: Extract<
    CheckCode,
    'context_unknown' | 'context_undefined_term' | 'jsonld_invalid' | 'canonicalization_too_complex'
  >;
  detail: string;
};

/**
 * Bounds on RDFC-1.0 work, so a "poison" graph fails fast instead of hanging the worker. Work
 * factor 1 (rdf-canonize's default) allows the deep iterations real credentials need: the
 * 1EdTech complete.json needs 20, CLR bundles 14.
 */
const RDFC_LIMITS = { maxWorkFactor: 1 } as const;

type JsonLdCanonize = (input: object, options: object) => Promise<string>;

// Installed at the first canonicalisation, not on import: a process that only imports this
// module (the bench's digitalbazaar peer shares the jsonld package) keeps jsonld as it is.
let installed = false;

/**
 * RDFC-1.0 canonical N-Quads of a JSON-LD document, using only `loader`'s contexts. `digest` is
 * RDFC-1.0's internal hash: SHA-256, or SHA-384 for ecdsa-rdfc-2019 with a P-384 key.
 */
export async function canonizeRdfc(
  document: object,
  loader: DocumentLoader,
  digest: 'SHA-256' | 'SHA-384' = 'SHA-256',
): Promise<Result<string, CanonizeError>> {
  if (!installed) {
    useStructureSharingContextClone();
    installed = true;
  }
  const refused = refusedMember(document);
  // jsonld.js 9 caches an imported context merged with the context importing it under the same
  // key as the imported context used directly, so its result depends on what was processed
  // before: not checked, the same way every time (unknown, never a verdict on the credential).
  if (refused === '@import')
    return err({
      code: 'context_unknown',
      detail: 'a context uses @import, which Credlens does not process',
    });
  // jsonld copies its input with plain assignments, which turn a `__proto__` member into the
  // copy's prototype: the member vanishes from the signed graph (what safe mode exists to
  // prevent) and any @context inside it still applies. Refused whichever way jsonld is called.
  if (refused === '__proto__')
    return err({
      code: 'jsonld_invalid',
      detail: 'a member is named "__proto__", which JSON-LD processors do not read alike',
    });
  try {
    const canonizeOptions = { ...RDFC_LIMITS, messageDigestAlgorithm: digest };
    const nquads = isDirectCanonize()
      ? await canonizeDirect(document, loader, canonizeOptions)
      : await (jsonld.canonize as unknown as JsonLdCanonize)(document, {
          algorithm: 'RDFC-1.0',
          format: 'application/n-quads',
          documentLoader: loader,
          safe: true,
          // Relative IRIs must stay errors, never resolve against a guessed base.
          base: null,
          // What the digitalbazaar suites sign with; jsonld's default throws on @direction.
          rdfDirection: 'i18n-datatype',
          canonizeOptions,
        });
    return ok(nquads);
  } catch (error) {
    return err(describeJsonLdError(error));
  }
}

/**
 * The first member name canonicalisation refuses anywhere in `value`: `@import` (only a context
 * can use one) or an own `__proto__` (JSON.parse makes those).
 */
function refusedMember(value: unknown): '@import' | '__proto__' | undefined {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null) continue;
    const isArray = Array.isArray(next);
    if (!isArray && Object.hasOwn(next, '@import')) return '@import';
    if (!isArray && Object.hasOwn(next, '__proto__')) return '__proto__';
    // One by one: spreading a fetched document's 300,000-item array overflows the stack.
    for (const child of isArray ? next : Object.values(next)) pending.push(child);
  }
  return undefined;
}

/** RFC 8785 JSON Canonicalization Scheme; undefined for values JSON cannot represent. */
export function canonizeJcs(value: unknown): string | undefined {
  try {
    return canonicalizeJson(value);
  } catch {
    return undefined;
  }
}

function describeJsonLdError(error: unknown): CanonizeError {
  const unknownContext = findCause(error, (e) => e instanceof ContextUnknownError);
  if (unknownContext instanceof ContextUnknownError) {
    return {
      code: 'context_unknown',
      detail: `unknown JSON-LD context ${unknownContext.url.slice(0, 200)}`,
    };
  }
  const name = isRecord(error) && typeof error.name === 'string' ? error.name : '';
  if (name === 'jsonld.ValidationError') {
    return { code: 'context_undefined_term', detail: describeSafeModeEvent(error) };
  }
  const message = error instanceof Error ? error.message : 'JSON-LD processing failed';
  if (/Maximum deep iterations exceeded/i.test(message)) {
    return {
      code: 'canonicalization_too_complex',
      detail: 'the document is too complex to canonicalise within limits',
    };
  }
  return { code: 'jsonld_invalid', detail: message.slice(0, 200) };
}

function describeSafeModeEvent(error: unknown): string {
  const event = isRecord(error) && isRecord(error.details) ? error.details.event : undefined;
  if (!isRecord(event)) return "a term is not defined by the credential's contexts";
  const message = typeof event.message === 'string' ? event.message : 'undefined term';
  const details = isRecord(event.details) ? event.details : {};
  const term = [details.property, details.type, details.iri, details.term].find(
    (value): value is string => typeof value === 'string',
  );
  return term === undefined ? message.slice(0, 200) : `${message} (${term.slice(0, 100)})`;
}

function findCause(error: unknown, predicate: (e: unknown) => boolean): unknown {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current !== undefined && current !== null; depth++) {
    if (predicate(current)) return current;
    if (!isRecord(current)) return undefined;
    const details = isRecord(current.details) ? current.details : undefined;
    current = details?.cause ?? current.cause;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
