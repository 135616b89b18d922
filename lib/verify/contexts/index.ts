// Public surface of the bundled JSON-LD contexts and their offline loader.

/** URL → context document maps: the product set, and the examples set tests may add. */
export { BUNDLED_CONTEXTS, EXAMPLE_CONTEXTS } from './bundled';
/** The context check for proofs that do not process JSON-LD. */
export { checkContextsKnown } from './check-contexts';
/** A loader that serves only the given contexts; anything else is ContextUnknownError. */
export {
  ContextUnknownError,
  createDocumentLoader,
  type DocumentLoader,
  type RemoteDocument,
} from './document-loader';
