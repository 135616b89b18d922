// Removes the three big wastes in jsonld.js 9.0.0 expansion without re-implementing it.
//
// 1. Copies. Every node with a type-scoped context (VC 2.0 and OB 3.0 define most terms that
//    way) makes jsonld deep-copy the whole active context, term definitions and previous
//    contexts included, and every node below it copies the previous context again to revert
//    to it. The library never mutates a term definition after creating it (createTermDefinition
//    builds a new object and calls `mappings.set`) and never mutates an active context once
//    made (`process` copies before it changes one), so copying the Map and sharing its values,
//    and reverting to the previous context itself, are observably identical. Upstream marks
//    the spot "TODO: there is likely a previousContext cloning optimization". A copy also
//    shares its source's protected terms until its mappings are first written (jsonld protects
//    a term only after writing its mapping), since copying dozens of them was most of a copy's
//    cost and most copies are only read.
// 2. Missed caches. jsonld caches a processed context per (context, active context object), but
//    a type-scoped context is processed on a fresh copy every time (`process` clones before it
//    looks), so the cache never hits and every credential re-creates the same term definitions
//    (a third of a batch's computing). Here the cache is keyed by what the active context holds
//    (its settings, its protected terms, and which term definition objects it maps each term
//    to, in order) rather than by object identity: two contexts with equal keys are processed
//    alike, because processing reads nothing else. Content ids are remembered on each context
//    (its terms apart from its settings, since copies drop the processing mode) and checked
//    against a write counter on its mappings, so a context still being built is never taken for
//    the one it was copied from.
// 3. Re-serialising (resolveRemembering below).
//
// The equivalence test (test/unit/verify/jsonld-context-clone.test.ts) canonicalises every
// vector and real-world credential with and without these and compares the bytes.

import ContextResolver from 'jsonld/lib/ContextResolver.js';
import contextApi from 'jsonld/lib/context.js';
import ResolvedContext from 'jsonld/lib/ResolvedContext.js';
import jsonldPackage from 'jsonld/package.json';
import { isDeeplyFrozen } from '../../shared/text';
import { BUNDLED_CONTEXTS } from '../contexts';

/** The exact jsonld release whose internals this was checked against. */
export const PATCHED_JSONLD_VERSION = '9.0.0';

type ActiveContext = Record<string, unknown> & {
  mappings: Map<string, unknown>;
  protected: Record<string, boolean>;
  previousContext?: ActiveContext;
  clone: (this: ActiveContext) => ActiveContext;
};

type ProcessedCache = {
  getProcessed(this: object, activeCtx: ActiveContext): unknown;
  setProcessed(this: object, activeCtx: ActiveContext, processed: unknown): void;
};

const PROCESSING_MODES = [undefined, 'json-ld-1.1', 'json-ld-1.0'] as const;
/** The settings `process` may set on an active context besides its mappings and protection. */
const SETTINGS = ['processingMode', '@version', '@base', '@vocab', '@language', '@direction'];
/** Everything else an active context may hold: methods and caches derived from the rest. */
const DERIVED = new Set([
  'mappings',
  'protected',
  'previousContext',
  'clone',
  'inverse',
  'getInverse',
  'revertToPreviousContext',
  'fastCurieMap',
]);
/** Processed contexts kept per resolved context (jsonld keeps 10, by identity). */
const MAX_PROCESSED = 64;
/** Distinct contents remembered before starting over (hostile inline contexts cannot grow it). */
const MAX_CONTENTS = 4_096;

const stock = ResolvedContext.prototype as unknown as ProcessedCache;
const stockGet = stock.getProcessed;
const stockSet = stock.setProcessed;

type Resolver = { resolve(this: object, options: { context: unknown }): Promise<unknown[]> };
const resolver = ContextResolver.prototype as unknown as Resolver;
const stockResolve = resolver.resolve;

/**
 * A context's mappings: a copy made on first write (most copies are only ever read, or not even
 * that: `process` copies a context just to look it up in its cache), counting writes so
 * remembered content ids can be checked.
 */
class CountedMap extends Map<string, unknown> {
  writes = 0;
  /** What this map holds until its first write; never itself a map that copies lazily. */
  #source: Map<string, unknown> | undefined;
  /** The context whose protected terms are its source's until this map is first written. */
  #sharing: ActiveContext | undefined;

  /**
   * Reads through to `source` until the first write, and gives `owner` its own protected terms
   * then: jsonld protects a term only in createTermDefinition, after writing its mapping.
   */
  shareFrom(source: Map<string, unknown>, owner: ActiveContext): void {
    this.#source = source instanceof CountedMap && source.#source ? source.#source : source;
    this.#sharing = owner;
  }
  #own(): void {
    const source = this.#source;
    if (source === undefined) return;
    this.#source = undefined;
    for (const [term, definition] of source) super.set(term, definition);
  }
  #write(): void {
    this.#own();
    this.writes++;
    const owner = this.#sharing;
    if (owner === undefined) return;
    this.#sharing = undefined;
    owner.protected = { ...owner.protected };
  }
  override get(key: string): unknown {
    const source = this.#source;
    return source === undefined ? super.get(key) : source.get(key);
  }
  override has(key: string): boolean {
    const source = this.#source;
    return source === undefined ? super.has(key) : source.has(key);
  }
  override get size(): number {
    return this.#source?.size ?? super.size;
  }
  override set(key: string, value: unknown): this {
    this.#write();
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    this.#write();
    return super.delete(key);
  }
  override clear(): void {
    this.#source = undefined;
    this.#write();
    super.clear();
  }
  override forEach(
    callback: (value: unknown, key: string, map: Map<string, unknown>) => void,
    thisArg?: unknown,
  ): void {
    this.#own();
    super.forEach(callback, thisArg);
  }
  override entries(): MapIterator<[string, unknown]> {
    this.#own();
    return super.entries();
  }
  override keys(): MapIterator<string> {
    this.#own();
    return super.keys();
  }
  override values(): MapIterator<unknown> {
    this.#own();
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[string, unknown]> {
    return this.entries();
  }
}

/** Which generation of ids is current: remembered ids of an older one are stale. */
let generation = 0;
let state = freshState();

function freshState() {
  generation++;
  return {
    /** Content strings → small ids. */
    ids: new Map<string, number>(),
    /** Term definition objects → small ids. */
    definitions: { ids: new WeakMap<object, number>(), size: 0 },
    /** A resolved context → its processed results by active-context key. */
    processed: new WeakMap<object, Map<number, unknown>>(),
  };
}

/**
 * What is remembered on an active context itself (symbol keys: invisible to Object.keys, which
 * jsonld and settingsOf use, and far cheaper than WeakMap entries on the hot path).
 */
const ORIGIN = Symbol('credlens.contextOrigin');
const TERMS = Symbol('credlens.contextTerms');
const CONTENT = Symbol('credlens.contextContent');
type Memo = { id: number; writes: number; generation: number };
type Remembered = {
  /** What it was copied from, and that source's write count then. */
  [ORIGIN]?: { from: ActiveContext; writes: number };
  /** The id of its terms (mappings and protected terms). */
  [TERMS]?: Memo;
  /** The id of its terms and settings, with the settings it was worked out at. */
  [CONTENT]?: Memo & { settings: string };
};

function idOf(text: string): number {
  let id = state.ids.get(text);
  if (id === undefined) {
    id = state.ids.size;
    state.ids.set(text, id);
  }
  return id;
}

function definitionId(definition: unknown): string {
  if (typeof definition !== 'object' || definition === null) return JSON.stringify(definition);
  let id = state.definitions.ids.get(definition);
  if (id === undefined) {
    id = state.definitions.size++;
    state.definitions.ids.set(definition, id);
  }
  return String(id);
}

/** A setting's value as text, distinct for distinct values (strings, numbers, null). */
function settingText(value: unknown): string {
  return typeof value === 'string' ? `s${value.length}:${value}` : `${typeof value}:${value}`;
}

function settingsOf(ctx: ActiveContext): string | undefined {
  for (const key of Object.keys(ctx)) {
    if (!DERIVED.has(key) && !SETTINGS.includes(key)) return undefined;
  }
  let text = '';
  for (const key of SETTINGS) text += key in ctx ? `${settingText(ctx[key])} ` : '~ ';
  return text;
}

function writesOf(ctx: ActiveContext): number | undefined {
  return (ctx.mappings as Partial<CountedMap>).writes;
}

/** Whether an id remembered on a context still holds: no write to its mappings since, same ids. */
function isCurrent<T extends { writes: number; generation: number }>(
  known: T | undefined,
  writes: number | undefined,
): known is T {
  return writes !== undefined && known?.writes === writes && known.generation === generation;
}

/**
 * The id of `ctx`'s terms: its mappings (which term definition objects, in order) and its
 * protected terms. An untouched copy of an unchanged source has the source's terms: copies share
 * both until written (a term is protected only where its definition is written too).
 */
function termsOf(ctx: ActiveContext & Remembered): number {
  const writes = writesOf(ctx);
  const known = ctx[TERMS];
  if (isCurrent(known, writes)) return known.id;
  const origin = ctx[ORIGIN];
  let id: number;
  if (writes === 0 && origin !== undefined && writesOf(origin.from) === origin.writes) {
    id = termsOf(origin.from);
  } else {
    const parts = [Object.keys(ctx.protected).join(' ')];
    for (const [term, definition] of ctx.mappings) parts.push(term, definitionId(definition));
    id = idOf(parts.join('\u0000'));
  }
  if (writes !== undefined) ctx[TERMS] = { id, writes, generation };
  return id;
}

/** The id of what `ctx` holds besides its previous context; undefined when unsure. */
function contentOf(ctx: ActiveContext & Remembered): number | undefined {
  const settings = settingsOf(ctx);
  if (settings === undefined) return undefined;
  const writes = writesOf(ctx);
  const known = ctx[CONTENT];
  if (isCurrent(known, writes) && known.settings === settings) return known.id;
  const id = idOf(`${settings}\u0000${termsOf(ctx)}`);
  if (writes !== undefined) ctx[CONTENT] = { id, writes, generation, settings };
  return id;
}

/** The key of `ctx` for the processed-context cache: its content and its previous context's. */
function keyOf(ctx: ActiveContext, depth = 0): number | undefined {
  if (depth > 8) return undefined;
  const content = contentOf(ctx);
  if (content === undefined) return undefined;
  const previous = ctx.previousContext;
  if (previous === undefined) return idOf(`key ${content}`);
  const before = keyOf(previous, depth + 1);
  return before === undefined ? undefined : idOf(`key ${content} ${before}`);
}

function cloneSharingDefinitions(this: ActiveContext): ActiveContext {
  const child: ActiveContext = {
    mappings: new CountedMap(),
    clone: this.clone,
    inverse: null,
    getInverse: this.getInverse,
    // Shared until the copy's mappings are first written (CountedMap): copying dozens of
    // protected terms was most of a copy's cost, and most copies are only read.
    protected: this.protected,
    revertToPreviousContext: this.revertToPreviousContext,
  };
  (child.mappings as CountedMap).shareFrom(this.mappings, child);
  if (this.previousContext !== undefined) child.previousContext = this.previousContext;
  for (const key of ['@base', '@language', '@vocab']) {
    if (key in this) child[key] = this[key];
  }
  const writes = writesOf(this);
  if (writes !== undefined) (child as Remembered)[ORIGIN] = { from: this, writes };
  return child;
}

/**
 * Back to the context before a type-scoped one: the previous context itself rather than a copy,
 * since nothing mutates an active context once made (`process` copies before it changes one).
 */
function revertSharing(this: ActiveContext): ActiveContext {
  return this.previousContext ?? this;
}

/**
 * Starts over when too many contents are remembered (hostile inline contexts cannot grow it):
 * only here, before a key is worked out, so every key is made of ids of one generation.
 */
function boundContents(): void {
  if (state.ids.size >= MAX_CONTENTS) state = freshState();
}

function getProcessed(this: object, activeCtx: ActiveContext): unknown {
  boundContents();
  const key = keyOf(activeCtx);
  return key === undefined ? stockGet.call(this, activeCtx) : state.processed.get(this)?.get(key);
}

function setProcessed(this: object, activeCtx: ActiveContext, processed: unknown): void {
  boundContents();
  const key = keyOf(activeCtx);
  if (key === undefined) {
    stockSet.call(this, activeCtx, processed);
    return;
  }
  let results = state.processed.get(this);
  if (results === undefined) {
    results = new Map();
    state.processed.set(this, results);
  }
  if (results.size >= MAX_PROCESSED) results.clear();
  results.set(key, processed);
}

/** A lone object context → what jsonld resolved it to (it is read, never changed). */
const resolvedObjects = new WeakMap<object, unknown>();

/** Every object inside the product's bundled contexts, worked out at the first lookup. */
let bundledParts: WeakSet<object> | undefined;

/**
 * Whether `context` can never change: part of a bundled context (only jsonld touches those, and
 * only to make a URL in them absolute, the same way every time), or deeply frozen (a cached
 * fetched document). A credential's own embedded context is neither: its owner may change it in
 * place, and a resolution remembered by identity would then describe what it used to say (a
 * signature checked against terms the document no longer has).
 */
function isImmutableContext(context: object): boolean {
  if (isDeeplyFrozen(context)) return true;
  if (bundledParts === undefined) {
    bundledParts = new WeakSet();
    const pending: unknown[] = [...BUNDLED_CONTEXTS.values()];
    while (pending.length > 0) {
      const next = pending.pop();
      if (typeof next !== 'object' || next === null || bundledParts.has(next)) continue;
      bundledParts.add(next);
      for (const child of Array.isArray(next) ? next : Object.values(next)) pending.push(child);
    }
  }
  return bundledParts.has(context);
}

/**
 * Re-serialising. jsonld keys a context object by its JSON text, serialised again on every
 * lookup; the type-scoped contexts inside cached term definitions are the same objects every
 * time, so their resolution is remembered by identity (for contexts that cannot change).
 * Anything else goes to jsonld.
 */
async function resolveRemembering(this: object, options: { context: unknown }): Promise<unknown[]> {
  const { context } = options;
  if (typeof context !== 'object' || context === null || Array.isArray(context))
    return stockResolve.call(this, options);
  if ('@context' in context || !isImmutableContext(context))
    return stockResolve.call(this, options);
  const known = resolvedObjects.get(context);
  if (known !== undefined) return [known];
  const resolved = await stockResolve.call(this, options);
  if (resolved.length === 1) resolvedObjects.set(context, resolved[0]);
  return resolved;
}

/**
 * Installs the structure-sharing clone on jsonld's initial contexts (every active context
 * inherits `clone` from them) and the content-keyed processed-context cache; `false` puts
 * jsonld's own back (the equivalence test). A no-op, leaving stock behaviour, for any jsonld
 * version other than the one it was checked against. Returns whether the fast path is active.
 */
export function useStructureSharingContextClone(enabled = true): boolean {
  if (jsonldPackage.version !== PATCHED_JSONLD_VERSION) return false;
  for (const processingMode of PROCESSING_MODES) {
    const initial = contextApi.getInitialContext({ processingMode }) as ActiveContext;
    const own = stockMethods(initial);
    initial.clone = enabled ? cloneSharingDefinitions : own.clone;
    initial.revertToPreviousContext = enabled ? revertSharing : own.revert;
  }
  const target = ResolvedContext.prototype as unknown as ProcessedCache;
  target.getProcessed = enabled ? getProcessed : stockGet;
  target.setProcessed = enabled ? setProcessed : stockSet;
  resolver.resolve = enabled ? resolveRemembering : stockResolve;
  if (!enabled) state = freshState();
  return enabled;
}

type ContextMethods = { clone: ActiveContext['clone']; revert: unknown };
const stockOf = new WeakMap<ActiveContext, ContextMethods>();

/** jsonld's own methods, as the initial context had them before the first install. */
function stockMethods(initial: ActiveContext): ContextMethods {
  return stockOf.get(initial) ?? { clone: initial.clone, revert: initial.revertToPreviousContext };
}

// Remembered at load, before any install replaces them.
for (const processingMode of PROCESSING_MODES) {
  const initial = contextApi.getInitialContext({ processingMode }) as ActiveContext;
  stockOf.set(initial, stockMethods(initial));
}
