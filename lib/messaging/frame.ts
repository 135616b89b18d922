// The few words the content script and its badge frames say to each other. The content script
// posts one message to the frame's window, targeted at the extension's origin: the frame's
// token and a MessageChannel port. Everything after that goes over the port, which only those
// two ends hold; the frame never posts to its parent window, so the page gets no handle on it,
// and nothing the page can post to the frame carries weight (the worker decides what a token
// shows). No verdict, seal or view ever crosses this channel. Zod-free: this module is part of
// the content script's budget.

import { asRecord } from '../shared/text';

/** Size of a closed badge frame: the same for every verdict, so layout says nothing. */
export const BADGE_FRAME_CLOSED = { width: 200, height: 22 } as const;
/** Size of an open badge frame (badge and card, the card scrolls): the same for every verdict. */
export const BADGE_FRAME_OPEN = { width: 360, height: 360 } as const;
/** How often a frame says it is alive; silence for a few beats means it was replaced. */
export const FRAME_HEARTBEAT_MS = 1_000;

/** Content script → frame window (once, with a port): "your token". */
export type TokenMessage = { credlens: 'token'; token: string };
/**
 * Content script → frame, over the port: a newer view, a highlight, and whether some badge's
 * card is open on the page (a Credlens card covering a badge is not the page interfering).
 */
export type PortCommand =
  | { credlens: 'refresh' }
  | { credlens: 'highlight' }
  | { credlens: 'cards'; open: boolean };
/**
 * Frame → content script, over the port: its card opened or closed, it is alive, and (where
 * IntersectionObserver v2 exists) it stayed covered; the content script judges by what.
 */
export type FrameReport =
  | { credlens: 'size'; open: boolean }
  | { credlens: 'alive' }
  | { credlens: 'covered' };

const TOKEN = /^[0-9a-f]{32}$/;

export function isTokenMessage(data: unknown): data is TokenMessage {
  const { credlens, token } = asRecord(data) ?? {};
  return credlens === 'token' && typeof token === 'string' && TOKEN.test(token);
}

export function isPortCommand(data: unknown): data is PortCommand {
  const { credlens, open } = asRecord(data) ?? {};
  return (
    credlens === 'refresh' ||
    credlens === 'highlight' ||
    (credlens === 'cards' && typeof open === 'boolean')
  );
}

export function isFrameReport(data: unknown): data is FrameReport {
  const { credlens, open } = asRecord(data) ?? {};
  return (
    credlens === 'alive' ||
    credlens === 'covered' ||
    (credlens === 'size' && typeof open === 'boolean')
  );
}

/** A new token: 128 bits from the platform's CSPRNG, in hex. */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
