/** A minimal zip writer for tests: what `zip` and GDELT's archiver write, without the extras. */
import { crc32, deflateRawSync } from "node:zlib";

export interface TestZipEntry {
  name: string;
  data: Buffer;
  stored?: boolean;
  /** Write zero sizes in the local header and a data descriptor after the data, as streaming archivers do. */
  streamed?: boolean;
  /** The unpacked size the headers declare (default: the data's own): a lying archive declares less. */
  declared?: number;
  /** Deflate level (default zlib's); a large test bomb packs faster at 1. */
  level?: number;
}

export function zip(entries: TestZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const body = e.stored ? e.data : deflateRawSync(e.data, e.level === undefined ? {} : { level: e.level });
    const name = Buffer.from(e.name, "utf8");
    const crc = crc32(e.data) >>> 0;
    const declared = e.declared ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.streamed ? 8 : 0, 6);
    local.writeUInt16LE(e.stored ? 0 : 8, 8);
    local.writeUInt32LE(e.streamed ? 0 : crc, 14);
    local.writeUInt32LE(e.streamed ? 0 : body.length, 18);
    local.writeUInt32LE(e.streamed ? 0 : declared, 22);
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(e.streamed ? 16 : 0);
    if (e.streamed) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(body.length, 8);
      descriptor.writeUInt32LE(declared, 12);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.streamed ? 8 : 0, 8);
    central.writeUInt16LE(e.stored ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body, descriptor);
    centrals.push(central, name);
    offset += local.length + name.length + body.length + descriptor.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
