// Types for the one jsonld.js internal module Credlens touches (see jsonld-context-clone.ts).
declare module 'jsonld/lib/context.js' {
  const api: {
    getInitialContext(options: { processingMode?: string | undefined }): Record<string, unknown>;
  };
  export default api;
}
