// Drops undefined members from an object literal, so optional fields are absent rather than
// `undefined` (exactOptionalPropertyTypes) and results stay small when serialised.

type DefinedKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];

/** `T` with every possibly-undefined member made optional instead. */
export type Compact<T> = { [K in DefinedKeys<T>]: T[K] } & {
  [K in Exclude<keyof T, DefinedKeys<T>>]?: Exclude<T[K], undefined>;
};

/** A copy of `value` without its undefined members. */
export function compact<T extends Record<string, unknown>>(value: T): Compact<T> {
  // A plain loop: this runs for every summary and result, and entries/fromEntries allocate.
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (member !== undefined) out[key] = member;
  }
  return out as Compact<T>;
}
