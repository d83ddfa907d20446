import { crc32, inflateRawSync } from 'node:zlib';

/**
 * The files of a ZIP archive by name, read from its central directory as any unzip tool would
 * (stored and deflated entries), each checked against its CRC-32.
 */
export function readZip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('No end of central directory record: not a ZIP archive');
  const count = archive.readUInt16LE(end + 10);
  let entry = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    if (archive.readUInt32LE(entry) !== 0x02014b50) throw new Error(`Bad central entry ${index}`);
    const method = archive.readUInt16LE(entry + 10);
    const crc = archive.readUInt32LE(entry + 16);
    const compressedSize = archive.readUInt32LE(entry + 20);
    const nameLength = archive.readUInt16LE(entry + 28);
    const extraLength = archive.readUInt16LE(entry + 30);
    const commentLength = archive.readUInt16LE(entry + 32);
    const local = archive.readUInt32LE(entry + 42);
    const name = archive.toString('utf8', entry + 46, entry + 46 + nameLength);

    if (archive.readUInt32LE(local) !== 0x04034b50) throw new Error(`Bad local header of ${name}`);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const stored = archive.subarray(start, start + compressedSize);
    const data = method === 8 ? inflateRawSync(stored) : method === 0 ? stored : null;
    if (!data) throw new Error(`${name}: compression method ${method} not understood`);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC-32 mismatch`);
    files.set(name, data);

    entry += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
