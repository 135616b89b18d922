// The sending side of the protocol: validates outgoing requests and incoming responses, so a
// content script or page of the extension only ever sees well-formed data.

import {
  MESSAGES,
  type MessageName,
  parseResponse,
  type RequestOf,
  type ResponseOf,
} from './protocol';

export type Send = (message: unknown) => Promise<unknown>;

export type Messenger = <N extends MessageName>(
  name: N,
  request: Omit<RequestOf<N>, 'type'>,
) => Promise<ResponseOf<N> | undefined>;

/** A typed request function over `send` (browser.runtime.sendMessage in the extension). */
export function createMessenger(send: Send): Messenger {
  return async (name, request) => {
    const message = { ...request, type: name };
    if (!MESSAGES[name].request.safeParse(message).success) return undefined;
    try {
      return parseResponse(name, await send(message));
    } catch {
      // The worker restarting or the extension being reloaded: the caller treats it as no answer.
      return undefined;
    }
  };
}
