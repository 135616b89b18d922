// The JSON-LD document loader: serves bundled contexts for exactly their URLs and refuses
// everything else. Policy: a context is never fetched from the network (STANDARDS §5.9).

import { BUNDLED_CONTEXTS } from './bundled';

export type RemoteDocument = {
  contextUrl: null;
  documentUrl: string;
  document: unknown;
  tag?: 'static';
};
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/** Thrown by the loader for a URL that is not bundled; detected by the canonicaliser. */
export class ContextUnknownError extends Error {
  readonly url: string;
  constructor(url: string) {
    super(`JSON-LD context is not bundled: ${url.slice(0, 200)}`);
    this.name = 'ContextUnknownError';
    this.url = url;
  }
}

/**
 * A loader over `contexts` (default: the product's bundled set). Documents are returned as the
 * same objects every time, so jsonld's resolved-context cache can reuse its work. They are not
 * frozen: jsonld writes the (unchanged) absolute URLs inside them back in place.
 */
export function createDocumentLoader(
  contexts: ReadonlyMap<string, unknown> = BUNDLED_CONTEXTS,
): DocumentLoader {
  return async (url) => {
    const document = contexts.get(url);
    if (document === undefined) throw new ContextUnknownError(url);
    // `static` lets jsonld keep the resolved context across operations. Its shared cache is
    // keyed by URL alone, so only the product's own contexts may be tagged: a test-only
    // context cached this way would later bypass a loader that refuses it.
    const isProductContext = BUNDLED_CONTEXTS.get(url) === document;
    return {
      contextUrl: null,
      documentUrl: url,
      document,
      ...(isProductContext ? { tag: 'static' as const } : {}),
    };
  };
}
