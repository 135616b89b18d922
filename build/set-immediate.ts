// Vite plugin: rdf-canonize (RDFC-1.0, through jsonld) loads the `setimmediate` polyfill in
// browsers to yield between steps. That polyfill turns a string argument into code with the
// Function constructor, which AMO review flags; rdf-canonize only ever passes a function. This
// resolves `setimmediate` to the same yield on a MessageChannel, which takes functions only.
import type { Plugin } from 'vite';

const SHIM = '\0credlens:set-immediate';
// A macrotask without setTimeout's 4 ms clamp on nested timers: a posted message.
const SHIM_CODE = `if (typeof globalThis.setImmediate !== 'function') {
  const channel = new MessageChannel();
  const tasks = [];
  channel.port1.onmessage = () => tasks.shift()?.();
  globalThis.setImmediate = (callback, ...args) => {
    if (typeof callback !== 'function') throw new TypeError('setImmediate takes a function');
    tasks.push(() => callback(...args));
    channel.port2.postMessage(null);
  };
}
`;

export function setImmediateWithoutEval(): Plugin {
  return {
    name: 'credlens:set-immediate',
    enforce: 'pre',
    resolveId: (source) => (source === 'setimmediate' ? SHIM : null),
    load: (id) => (id === SHIM ? SHIM_CODE : null),
  };
}
