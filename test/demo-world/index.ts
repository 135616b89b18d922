// The demo world: recruiting pages, a demo credential issuer and provider API stand-ins on
// 127.0.0.1, for end-to-end tests and `npm run demo`. See server.ts.

export type { Expected } from './catalogue';
export { linkedinRedirect } from './links';
export { providerPath, providerUrl } from './providers';
export {
  DEFAULT_PORT,
  type DemoWorld,
  type DemoWorldOptions,
  startDemoWorld,
} from './server';
export type { DemoLink } from './types';
