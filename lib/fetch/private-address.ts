// A host's refusal to connect to a name whose DNS answer is a private address (DNS rebinding,
// `127.0.0.1.nip.io`). The URL policy can only judge a name's spelling; a host that sees DNS
// answers (the Node CLI: lib/cli/node-fetch.ts) rejects its fetch with this error, and safeFetch
// reports it as the refusal it is (`fetch_blocked_private_host`), not as a network failure.

import type { HostRange } from './host-class';

export class PrivateAddressError extends Error {
  override readonly name = 'PrivateAddressError';
  readonly host: string;
  readonly address: string;
  readonly range: HostRange;

  constructor(host: string, address: string, range: HostRange) {
    super(`${host} resolves to ${address}, ${range}`);
    this.host = host;
    this.address = address;
    this.range = range;
  }
}
