// Types for the jsonld.js internal modules Credlens touches (see jsonld-context-clone.ts).
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
    resolve(options: { context: unknown }): Promise<unknown[]>;
  }
}
