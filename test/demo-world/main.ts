// Runs the demo world standalone and prints its URLs: npx tsx test/demo-world/main.ts [--port N]
// (or DEMO_PORT=N; without either, 8787 or a free port when 8787 is taken). Ctrl-C stops it.

import { choosePort, startDemoWorldOn } from './listen';

const choice = choosePort(process.argv, process.env);
const started = choice.ok ? await startDemoWorldOn(choice.value) : choice;
if (!started.ok) {
  console.error(
    started.error.code === 'port_busy'
      ? `Port ${started.error.port} on 127.0.0.1 is busy; pick another with --port <N> (0: any free port).`
      : `Not a port: ${started.error.port}`,
  );
  process.exit(2);
}
const world = started.value;
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
