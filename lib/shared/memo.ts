// A bounded memo for pure functions of a string key, shared by the lookups a batch repeats
// thousands of times (URL-policy verdicts, did:key documents).

/**
 * `remember(key, compute)`: the value computed for `key` before, or `compute()`'s, kept. Forgets
 * everything when `maxEntries` are held (a batch asks about a few keys, a hostile one about many);
 * a key longer than `maxKeyLength` is computed every time, never kept.
 */
export function createMemo<V>(limits: {
  maxEntries: number;
  maxKeyLength: number;
}): (key: string, compute: () => V) => V {
  const values = new Map<string, V>();
  return (key, compute) => {
    if (key.length > limits.maxKeyLength) return compute();
    if (values.has(key)) return values.get(key) as V;
    const value = compute();
    if (values.size >= limits.maxEntries) values.clear();
    values.set(key, value);
    return value;
  };
}
