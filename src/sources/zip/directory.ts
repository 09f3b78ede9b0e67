/**
 * Finds the one file entry of a zip archive through its central directory (not the local headers, whose sizes
 * are zero when the archiver streamed the data and wrote a data descriptor after it).
 */
import type { FileHandle } from "node:fs/promises";
import { InputError } from "../../errors.ts";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  crc32: number;
  /** Where the entry's compressed bytes start in the archive. */
  dataOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

function endRecord(tail: Buffer, file: string): { entries: number; cdSize: number; cdOffset: number } {
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD) continue;
    const entries = tail.readUInt16LE(i + 10);
    const cdSize = tail.readUInt32LE(i + 12);
    const cdOffset = tail.readUInt32LE(i + 16);
    if (entries === 0xffff || cdOffset === 0xffffffff) {
      throw new InputError("is a ZIP64 archive, which resurgence does not unpack", { file }, "unzip it first and pass the file inside");
    }
    return { entries, cdSize, cdOffset };
  }
  throw new InputError("is not a complete zip archive (no end of central directory)", { file }, "download it again, or unzip it first");
}

/** The archive's single file entry; an error naming the files when there are several. */
export async function singleEntry(fh: FileHandle, size: number, file: string): Promise<ZipEntry> {
  const tailStart = Math.max(0, size - EOCD_SEARCH);
  const { cdSize, cdOffset } = endRecord(await readAt(fh, tailStart, size - tailStart), file);
  const cd = await readAt(fh, cdOffset, cdSize);
  const files: Array<Omit<ZipEntry, "dataOffset"> & { flags: number; localOffset: number }> = [];
  for (let p = 0; p + 46 <= cd.length && cd.readUInt32LE(p) === CENTRAL; ) {
    const nameLen = cd.readUInt16LE(p + 28);
    const name = cd.toString("utf8", p + 46, p + 46 + nameLen);
    if (!name.endsWith("/")) {
      files.push({
        name,
        flags: cd.readUInt16LE(p + 8),
        method: cd.readUInt16LE(p + 10),
        crc32: cd.readUInt32LE(p + 16),
        compressedSize: cd.readUInt32LE(p + 20),
        size: cd.readUInt32LE(p + 24),
        localOffset: cd.readUInt32LE(p + 42),
      });
    }
    p += 46 + nameLen + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  const [entry, ...more] = files;
  if (!entry) throw new InputError("is a zip archive without a file in it", { file }, "download it again");
  if (more.length > 0) {
    const names = files.map((f) => f.name).slice(0, 5).join(", ");
    throw new InputError(`is a zip archive of ${files.length} files (${names}); resurgence reads one file at a time`, { file }, "unzip it and pass the file you mean");
  }
  if (entry.flags & 1) throw new InputError(`holds "${entry.name}" encrypted`, { file }, "unzip it with its password first");
  if (entry.method !== 0 && entry.method !== 8) {
    throw new InputError(`holds "${entry.name}" compressed with method ${entry.method}, not deflate`, { file }, "unzip it first");
  }
  const local = await readAt(fh, entry.localOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) {
    throw new InputError(`is damaged: no local header for "${entry.name}"`, { file }, "download it again");
  }
  const dataOffset = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  return { name: entry.name, method: entry.method, compressedSize: entry.compressedSize, size: entry.size, crc32: entry.crc32, dataOffset };
}
