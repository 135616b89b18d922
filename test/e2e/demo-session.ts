// The usual end-to-end fixture: the demo world on 127.0.0.1 and Chromium with the test build,
// started before a file's tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import { type DemoWorld, startDemoWorld } from '../demo-world';
import { DEMO_PORT } from './global-setup';
import { type LaunchedExtension, launchWithExtension, TEST_EXTENSION_DIR } from './launch';

export type DemoSession = { world: DemoWorld; browser: LaunchedExtension };

/** Registers the hooks; the returned object is filled in once `beforeAll` has run. */
export function useDemoSession(): DemoSession {
  const session = {} as DemoSession;
  beforeAll(async () => {
    session.world = await startDemoWorld({ port: DEMO_PORT });
    session.browser = await launchWithExtension(TEST_EXTENSION_DIR);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.world?.close();
  });
  return session;
}
