// The few words the content script and its badge frames say to each other through
// window.postMessage. That channel is the page's too (the page can post to the frame and read
// what the frame posts to its parent), so it carries no verdict, no seal and no view: the
// content script sends only the frame's unguessable token, and the frame asks the worker for
// what that token stands for. Zod-free: this module is part of the content script's budget.

/** Size of a closed badge frame: the same for every verdict, so layout says nothing. */
export const BADGE_FRAME_CLOSED = { width: 168, height: 22 } as const;
/** Size of an open badge frame (badge and card, the card scrolls): the same for every verdict. */
export const BADGE_FRAME_OPEN = { width: 360, height: 360 } as const;

/** Content script → frame: "your token", sent to the extension's origin only. */
export type TokenMessage = { credlens: 'token'; token: string };
/** Content script → frame: "the popup chose you": a brief highlight. */
export type HighlightMessage = { credlens: 'highlight'; token: string };
/** Frame → content script: open or close the card (the frame's size changes, nothing else). */
export type SizeMessage = { credlens: 'size'; open: boolean };

const TOKEN = /^[0-9a-f]{32}$/;

export function isTokenMessage(data: unknown): data is TokenMessage | HighlightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { credlens, token } = data as { credlens?: unknown; token?: unknown };
  return (
    (credlens === 'token' || credlens === 'highlight') &&
    typeof token === 'string' &&
    TOKEN.test(token)
  );
}

export function isSizeMessage(data: unknown): data is SizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { credlens, open } = data as { credlens?: unknown; open?: unknown };
  return credlens === 'size' && typeof open === 'boolean';
}

/** A new token: 128 bits from the platform's CSPRNG, in hex. */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
