/**
 * Unpacking a single-file zip archive to a file: the entry's bytes streamed through zlib's raw inflate (or copied
 * when stored), checked against the size and CRC-32 the archive records.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, open, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { crc32, createInflateRaw } from "node:zlib";
import { InputError } from "../../errors.ts";
import { inputError, words } from "../../messages/words.ts";
import { BoundedOutput, DEFAULT_INFLATE_LIMITS, INFLATE_LIMIT_HINT, InflateLimitExceeded, type InflateLimits } from "./bounded.ts";
import { singleEntry, type ZipEntry } from "./directory.ts";

/** Counts and checksums the bytes flowing through. */
class Checksum extends Transform {
  crc = 0;
  bytes = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.crc = crc32(chunk, this.crc);
    this.bytes += chunk.length;
    done(null, chunk);
  }
}

/** A name safe to write inside `dir`: the entry's base name, never a path out of it. */
function outputName(entry: ZipEntry): string {
  const name = basename(entry.name.replace(/\\/g, "/"));
  return name === "" || name === "." || name === ".." ? "entry" : name;
}

/**
 * Extracts the archive's only file into `dir` and returns its path.
 *
 * @example
 * const csv = await extractSingleEntry("20180101000000.export.CSV.zip", dir); // → dir/20180101000000.export.CSV
 */
export async function extractSingleEntry(file: string, dir: string, limits: InflateLimits = DEFAULT_INFLATE_LIMITS): Promise<string> {
  const fh = await open(file, "r");
  let entry: ZipEntry;
  try {
    entry = await singleEntry(fh, (await fh.stat()).size, file);
  } finally {
    await fh.close();
  }
  const out = join(dir, outputName(entry));
  const sum = new Checksum();
  // The entry may not unpack to more than it declares, nor past the limits: stopped while streaming, not after.
  const bound = new BoundedOutput(entry.compressedSize, { maxBytes: Math.min(limits.maxBytes, entry.size), maxRatio: limits.maxRatio });
  const source =
    entry.compressedSize === 0 ? Readable.from([]) : createReadStream(file, { start: entry.dataOffset, end: entry.dataOffset + entry.compressedSize - 1 });
  try {
    if (entry.method === 8) await pipeline(source, createInflateRaw(), bound, sum, createWriteStream(out));
    else await pipeline(source, bound, sum, createWriteStream(out));
  } catch (cause) {
    await rm(out, { force: true });
    if (cause instanceof InflateLimitExceeded) {
      const declared = bound.bytes > entry.size && entry.size < limits.maxBytes ? `"${entry.name}" unpacks to more than the ${entry.size.toLocaleString("en")} bytes the archive records` : `"${entry.name}" ${cause.message}`;
      throw new InputError(`is refused: ${declared}`, { file }, INFLATE_LIMIT_HINT, { cause });
    }
    throw inputError({ file }, words("zipNoInflate", entry.name, String((cause as Error).message)), words("downloadAgain"), cause);
  }
  if (sum.bytes !== entry.size || sum.crc >>> 0 !== entry.crc32) {
    throw inputError({ file }, words("zipOtherBytes", entry.name), words("downloadAgain"));
  }
  return out;
}

/** Runs `work` on the unpacked file in a temporary folder, removed afterwards whatever happens. */
export async function withUnzipped<T>(file: string, work: (path: string) => Promise<T>, tmp: string = tmpdir(), limits: InflateLimits = DEFAULT_INFLATE_LIMITS): Promise<T> {
  const dir = await mkdtemp(join(tmp, "resurgence-unzip-"));
  try {
    return await work(await extractSingleEntry(file, dir, limits));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** True when the file starts with a zip local header ("PK\x03\x04"). */
export async function isZipFile(file: string): Promise<boolean> {
  if ((await stat(file)).size < 4) return false;
  const fh = await open(file, "r");
  try {
    const buf = Buffer.alloc(4);
    await fh.read(buf, 0, 4, 0);
    return buf.readUInt32LE(0) === 0x04034b50;
  } finally {
    await fh.close();
  }
}
