// Builds the extension before the end-to-end tests: the normal Chrome MV3 build (which must
// contain no test hooks) and the test/demo builds for Chrome and Firefox that may talk to the
// demo world on 127.0.0.1. Separate processes, because the build switch is read from the
// environment.
import { execFileSync } from 'node:child_process';

export const DEMO_PORT = 8787;

export default function setup(): void {
  const wxt = ['wxt', 'build', '-b', 'chrome', '--mv3'];
  const env = { ...process.env };
  delete env.CREDLENS_TEST_HOSTS;
  execFileSync('npx', wxt, { stdio: 'ignore', env });
  const testEnv = {
    ...env,
    CREDLENS_TEST_HOSTS: '127.0.0.1,localhost',
    CREDLENS_DEMO_ORIGIN: `http://127.0.0.1:${DEMO_PORT}`,
  };
  execFileSync('npx', wxt, { stdio: 'ignore', env: testEnv });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], {
    stdio: 'ignore',
    env: testEnv,
  });
}
