// Runs the demo world standalone and prints its URLs: npx tsx test/demo-world/main.ts [--port N]
// (or DEMO_PORT=N). Ctrl-C stops it.

import { DEFAULT_PORT, startDemoWorld } from './server';

const flag = process.argv.indexOf('--port');
const requested = flag >= 0 ? process.argv[flag + 1] : process.env.DEMO_PORT;
const port = requested === undefined ? DEFAULT_PORT : Number(requested);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`not a port: ${requested}`);
  process.exit(2);
}

const world = await startDemoWorld({ port });
console.log(`Credlens demo world on ${world.origin}/\n`);
for (const [name, url] of Object.entries(world.pages)) console.log(`  ${name.padEnd(13)} ${url}`);
console.log('\nCredential links (page · expected verdict · name):');
for (const link of world.links) {
  console.log(`  ${link.page.padEnd(8)} ${link.expected.padEnd(13)} ${link.name}`);
}
console.log('\nProvider APIs answer under /providers/<host>/<path>; Ctrl-C to stop.');

const stop = () => {
  void world.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
