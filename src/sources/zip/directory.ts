/**
 * Finds the one file entry of a zip archive through its central directory (not the local headers, whose sizes
 * are zero when the archiver streamed the data and wrote a data descriptor after it).
 */
import type { FileHandle } from "node:fs/promises";
import { inputError, words } from "../../messages/words.ts";

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
      throw inputError({ file }, words("zip64"), words("zip64Hint"));
    }
    return { entries, cdSize, cdOffset };
  }
  throw inputError({ file }, words("zipIncomplete"), words("zipIncompleteHint"));
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
  if (!entry) throw inputError({ file }, words("zipEmpty"), words("downloadAgain"));
  if (more.length > 0) {
    const names = files.map((f) => f.name).slice(0, 5).join(", ");
    throw inputError({ file }, words("zipMany", files.length, names), words("zipManyHint"));
  }
  if (entry.flags & 1) throw inputError({ file }, words("zipEncrypted", entry.name), words("zipEncryptedHint"));
  if (entry.method !== 0 && entry.method !== 8) {
    throw inputError({ file }, words("zipMethod", entry.name, entry.method), words("unzipFirst"));
  }
  const local = await readAt(fh, entry.localOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) {
    throw inputError({ file }, words("zipNoLocalHeader", entry.name), words("downloadAgain"));
  }
  const dataOffset = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  return { name: entry.name, method: entry.method, compressedSize: entry.compressedSize, size: entry.size, crc32: entry.crc32, dataOffset };
}
