// Builds the Chrome MV3 extension once before the end-to-end tests load it.
import { build } from 'wxt';

export default async function setup(): Promise<void> {
  await build({ browser: 'chrome', manifestVersion: 3 });
}
