// Small helpers for turning hostile input into bounded, safely shaped values.

/** `text` cut to `max` characters plus an ellipsis, so a hostile message cannot flood a check's detail. */
export function clip(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * `value` with every object and array in it frozen, walked without recursion (parsed JSON may
 * nest deeper than the stack): for values shared by callers that must only read them.
 */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null || deeplyFrozen.has(next)) continue;
    Object.freeze(next);
    deeplyFrozen.add(next);
    for (const child of Array.isArray(next) ? next : Object.values(next)) pending.push(child);
  }
  return value;
}

/** Everything deepFreeze has frozen: Object.isFrozen says nothing about what a value holds. */
const deeplyFrozen = new WeakSet<object>();

/** Whether `value` was frozen all the way down by deepFreeze, so it can never change. */
export function isDeeplyFrozen(value: unknown): value is object {
  return typeof value === 'object' && value !== null && deeplyFrozen.has(value);
}

/** `value` as a plain object, or undefined for null, arrays and primitives. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * `message` with its `$1`…`$9` filled from `substitutions` in one pass (a substitution that
 * looks like a placeholder stays text), as browser.i18n fills its messages.
 */
export function fillPlaceholders(message: string, substitutions: readonly string[]): string {
  return message.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}
