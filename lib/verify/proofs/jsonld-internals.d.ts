// Types for the jsonld.js internal modules Credlens touches (see jsonld-context-clone.ts and
// jsonld-direct.ts), and for rdf-canonize, which jsonld-direct.ts calls as jsonld.canonize does.
declare module 'jsonld/lib/context.js' {
  const api: {
    getInitialContext(options: { processingMode?: string | undefined }): Record<string, unknown>;
  };
  export default api;
}

declare module 'jsonld/lib/ResolvedContext.js' {
  /** A resolved context; its processed-context cache is what Credlens replaces. */
  export default class ResolvedContext {
    getProcessed(activeCtx: unknown): unknown;
    setProcessed(activeCtx: unknown, processed: unknown): void;
  }
}

declare module 'jsonld/lib/ContextResolver.js' {
  /** Resolves contexts for `process`; Credlens remembers a lone object context's resolution. */
  export default class ContextResolver {
    constructor(options: {
      sharedCache: { get(key: string): unknown; set(key: string, value: unknown): void };
    });
    resolve(options: { context: unknown }): Promise<unknown[]>;
  }
}

declare module 'jsonld/lib/expand.js' {
  const api: {
    expand(options: { activeCtx: unknown; element: unknown; options: object }): Promise<unknown>;
  };
  export default api;
}

declare module 'jsonld/lib/toRdf.js' {
  /** An RDF dataset as rdf-canonize takes it. */
  const api: { toRDF(input: unknown[], options: object): object[] };
  export default api;
}

declare module 'jsonld/lib/events.js' {
  const api: { setupEventHandler(options: { options: { safe?: boolean } }): unknown };
  export default api;
}

declare module 'rdf-canonize/package.json' {
  const pkg: { version: string };
  export default pkg;
}

declare module 'rdf-canonize' {
  const api: { canonize(dataset: object[], options: object): Promise<string> };
  export default api;
}
