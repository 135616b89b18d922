// jsonld.canonize's own steps, called directly for the one way Credlens canonicalises (safe mode,
// no base, i18n-datatype directions, a document object): expand, to an RDF dataset, RDFC-1.0.
// jsonld.canonize wraps them in three rounds of option defaults (each a fresh context resolver
// and event-handler list) and deep-copies the document first; expansion only reads the document
// (it is often deeply frozen here, which would make any write throw), so the copy is dropped;
// what outlives the call is kept only for contexts that cannot change (see sharedCache here and
// resolveRemembering in jsonld-context-clone.ts).
// Measured on the latency bench's 960 credentials, document and proof options each: 15-25% off
// warm canonicalisation, 5% off the first pass. The equivalence test
// (test/unit/verify/jsonld-context-clone.test.ts) compares every vector and fixture, bytes and
// errors, with jsonld.canonize.

import ContextResolver from 'jsonld/lib/ContextResolver.js';
import contextApi from 'jsonld/lib/context.js';
import events from 'jsonld/lib/events.js';
import expandApi from 'jsonld/lib/expand.js';
import toRdfApi from 'jsonld/lib/toRdf.js';
import jsonldPackage from 'jsonld/package.json';
import rdfCanonize from 'rdf-canonize';
import rdfCanonizePackage from 'rdf-canonize/package.json';
import type { DocumentLoader } from '../contexts';
import { PATCHED_JSONLD_VERSION } from './jsonld-context-clone';

/** The rdf-canonize release jsonld 9.0.0 canonicalises with, which this calls in its place. */
const RDF_CANONIZE_VERSION = '5.0.0';
const CHECKED =
  jsonldPackage.version === PATCHED_JSONLD_VERSION &&
  rdfCanonizePackage.version === RDF_CANONIZE_VERSION;

/**
 * Remote contexts resolved, shared by every call as jsonld's own cache is: the loader tags only
 * the product's bundled contexts as cacheable, so these are bounded by the bundle. A context
 * written inside a document (keyed by its JSON text) is resolved afresh for each document: the
 * resolution holds the document's own object, which its owner may change after this call, and
 * hostile documents could fill the cache with large ones.
 */
const MAX_RESOLVED = 256;
const resolved = new Map<string, unknown>();
const sharedCache = {
  get: (key: string) => resolved.get(key),
  set: (key: string, value: unknown) => {
    if (key.startsWith('{')) return;
    if (resolved.size >= MAX_RESOLVED) resolved.clear();
    resolved.set(key, value);
  },
};

let enabled = CHECKED;

/**
 * Uses the direct steps (`true`, the default for the jsonld release they were checked against)
 * or jsonld.canonize (`false`: the equivalence test). Returns whether the direct steps are used.
 */
export function useDirectCanonize(on = true): boolean {
  enabled = on && CHECKED;
  return enabled;
}

export function isDirectCanonize(): boolean {
  return enabled;
}

/** RDFC-1.0 N-Quads of `document` as jsonld.canonize gives them with the same options. */
export async function canonizeDirect(
  document: object,
  loader: DocumentLoader,
  canonizeOptions: { maxWorkFactor: number; messageDigestAlgorithm: string },
): Promise<string> {
  const options = {
    documentLoader: loader,
    safe: true,
    // Relative IRIs must stay errors, never resolve against a guessed base.
    base: null,
    // What the digitalbazaar suites sign with; jsonld's default throws on @direction.
    rdfDirection: 'i18n-datatype',
    contextResolver: new ContextResolver({ sharedCache }),
    // Safe mode: a dropped term or an invalid value is an error (jsonld's safeEventHandler,
    // then any default handler set on jsonld, as each jsonld call sets them up).
    eventHandler: events.setupEventHandler({ options: { safe: true } }),
    keepFreeFloatingNodes: false,
    produceGeneralizedRdf: false,
  };
  const expanded = await expandApi.expand({
    // The initial context depends on the processing mode alone, which Credlens never sets.
    activeCtx: contextApi.getInitialContext({}),
    element: document,
    options,
  });
  const dataset = toRdfApi.toRDF(asNodeList(expanded), options);
  return rdfCanonize.canonize(dataset, { algorithm: 'RDFC-1.0', ...canonizeOptions });
}

/** As jsonld.expand finishes: a top-level @graph alone is unwrapped, null is empty, one is a list. */
function asNodeList(expanded: unknown): unknown[] {
  let nodes = expanded;
  if (
    typeof nodes === 'object' &&
    nodes !== null &&
    !Array.isArray(nodes) &&
    '@graph' in nodes &&
    Object.keys(nodes).length === 1
  )
    nodes = (nodes as { '@graph': unknown })['@graph'];
  else if (nodes === null) nodes = [];
  return Array.isArray(nodes) ? nodes : [nodes];
}
