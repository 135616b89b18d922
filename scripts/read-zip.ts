// Reads a ZIP archive's files into memory: enough of APPNOTE.TXT (PKWARE's .ZIP File Format
// Specification, §4.3) for the archives `wxt zip` writes — stored or deflated entries, no
// ZIP64, no encryption — so the archive check needs no unzip tool on the machine.
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** Every file in the archive by its path, with its uncompressed bytes. */
export function readZip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || archive.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) {
    throw new RangeError('not a ZIP archive (no end of central directory)');
  }
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    if (archive.readUInt32LE(at) !== CENTRAL_FILE_HEADER)
      throw new RangeError('bad central directory');
    const method = archive.readUInt16LE(at + 10);
    const compressedSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const localAt = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (archive.readUInt32LE(localAt) !== LOCAL_FILE_HEADER)
      throw new RangeError(`bad entry ${name}`);
    const dataAt =
      localAt + 30 + archive.readUInt16LE(localAt + 26) + archive.readUInt16LE(localAt + 28);
    const data = archive.subarray(dataAt, dataAt + compressedSize);
    if (method !== 0 && method !== 8) throw new RangeError(`${name}: compression method ${method}`);
    if (!name.endsWith('/'))
      files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
  }
  return files;
}
