// Removes the main waste in jsonld.js 9.0.0 expansion without re-implementing it. Every node
// with a type-scoped context (VC 2.0 and OB 3.0 define most terms that way) makes jsonld
// deep-copy the whole active context, term definitions and previous contexts included: ~16
// copies per credential, two thirds of all verification time, and copies defeat jsonld's own
// processed-context cache. The library never mutates a term definition after creating it
// (createTermDefinition builds a new object and calls `mappings.set`) and never mutates a
// previous context, so copying the Map and sharing its values is observably identical; the
// equivalence test canonicalises every vector both ways and compares bytes. Upstream marks
// the same spot "TODO: there is likely a previousContext cloning optimization".

import contextApi from 'jsonld/lib/context.js';
import jsonldPackage from 'jsonld/package.json';

/** The exact jsonld release whose internals this was checked against. */
export const PATCHED_JSONLD_VERSION = '9.0.0';

type ActiveContext = Record<string, unknown> & {
  mappings: Map<string, unknown>;
  protected: Record<string, boolean>;
  previousContext?: ActiveContext;
  clone: (this: ActiveContext) => ActiveContext;
};

const PROCESSING_MODES = [undefined, 'json-ld-1.1', 'json-ld-1.0'] as const;

/**
 * Installs the structure-sharing clone on jsonld's initial contexts (every active context
 * inherits `clone` from them). Idempotent; a no-op, leaving stock behaviour, for any jsonld
 * version other than the one it was checked against. Returns whether the fast path is active.
 */
export function useStructureSharingContextClone(): boolean {
  if (jsonldPackage.version !== PATCHED_JSONLD_VERSION) return false;
  for (const processingMode of PROCESSING_MODES) {
    const initial = contextApi.getInitialContext({ processingMode }) as ActiveContext;
    initial.clone = cloneSharingDefinitions;
  }
  return true;
}

function cloneSharingDefinitions(this: ActiveContext): ActiveContext {
  const child: ActiveContext = {
    mappings: new Map(this.mappings),
    clone: this.clone,
    inverse: null,
    getInverse: this.getInverse,
    protected: { ...this.protected },
    revertToPreviousContext: this.revertToPreviousContext,
  };
  if (this.previousContext !== undefined) child.previousContext = this.previousContext;
  for (const key of ['@base', '@language', '@vocab']) {
    if (key in this) child[key] = this[key];
  }
  return child;
}
