// Small helpers for turning hostile input into bounded, safely shaped values.

/** `text` cut to `max` characters plus an ellipsis, so a hostile message cannot flood a check's detail. */
export function clip(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
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
