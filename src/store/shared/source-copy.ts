/**
 * A batch's records kept as the file was delivered: a byte-for-byte copy of the CSV file (`<batch>.csv`) and an
 * index of where each record the ingest kept starts (`<batch>.csv.idx`). Copying the file costs a fraction of
 * writing every record again as Parquet; a record is found again by its number (`raw_rec`) through the index.
 *
 * A page of records is read by writing them, each prefixed with its number, under the file's own header to a
 * small temporary CSV file that DuckDB reads with the options the ingest read the whole file with (the batch's
 * `rows` SQL, made by the ingest): the same parser, so the same fields.
 *
 * Index file: little-endian float64 values: [format version, header end (bytes), quote byte (-1: none),
 * delimiter byte, start of record 0, start of record 1, …] (float64 holds any file offset exactly).
 */
import { mkdtemp, open, rm, writeFile, type FileHandle } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const VERSION = 1;
const HEAD = 4;
const LF = 0x0a;
const CR = 0x0d;
/** The column a page's records carry their number in. */
export const PAGE_REC = "__rec";

export interface RecordIndex {
  /** Bytes before the first record: the header line(s), or 0. */
  headerEnd: number;
  quote: string;
  delim: string;
  /** Start of each kept record, by record number. */
  starts: Float64Array;
}

/** The copy's path for a batch whose Parquet raw file would be `rawFile` (…/<batch>.parquet). */
export function sourceCopyPath(rawFile: string): string {
  return rawFile.replace(/\.parquet$/, "") + ".csv";
}

export function indexPath(copy: string): string {
  return `${copy}.idx`;
}

export async function writeRecordIndex(copy: string, index: RecordIndex): Promise<void> {
  const out = new Float64Array(HEAD + index.starts.length);
  out.set([VERSION, index.headerEnd, index.quote === "" ? -1 : index.quote.charCodeAt(0), index.delim.charCodeAt(0)]);
  out.set(index.starts, HEAD);
  await writeFile(indexPath(copy), new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
}

async function readFloats(fh: FileHandle, at: number, n: number): Promise<Float64Array> {
  const buf = Buffer.alloc(n * 8);
  const { bytesRead } = await fh.read(buf, 0, buf.length, at * 8);
  if (bytesRead < buf.length) throw new Error(`the record index ends at value ${at + bytesRead / 8}, before value ${at + n}`);
  return new Float64Array(buf.buffer, buf.byteOffset, n);
}

/** The starts of records `recs` (sorted): one read of the index's span when it is small, else one per record. */
async function startsOf(idx: FileHandle, recs: number[]): Promise<number[]> {
  const first = recs[0];
  const last = recs[recs.length - 1];
  if (first === undefined || last === undefined) return [];
  if ((last - first + 1) * 8 <= 8 * 1024 * 1024) {
    const span = await readFloats(idx, HEAD + first, last - first + 1);
    return recs.map((r) => span[r - first] ?? 0);
  }
  const out: number[] = [];
  for (const r of recs) out.push((await readFloats(idx, HEAD + r, 1))[0] ?? 0);
  return out;
}

/** From `start`, the record's bytes up to (not including) its line end; a line end inside quotes is part of it. */
async function recordAt(fh: FileHandle, start: number, quote: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let quoted = false;
  let pos = start;
  for (let size = 4096; ; size = Math.min(size * 2, 16 * 1024 * 1024)) {
    const buf = Buffer.alloc(size);
    const { bytesRead } = await fh.read(buf, 0, size, pos);
    for (let i = 0; i < bytesRead; i++) {
      const b = buf[i];
      if (b === quote) quoted = !quoted;
      else if (b === LF && !quoted) {
        parts.push(buf.subarray(0, i));
        return trimCr(Buffer.concat(parts));
      }
    }
    parts.push(buf.subarray(0, bytesRead));
    if (bytesRead < size) return trimCr(Buffer.concat(parts));
    pos += bytesRead;
  }
}

function trimCr(b: Buffer): Buffer {
  return b.length > 0 && b[b.length - 1] === CR ? b.subarray(0, b.length - 1) : b;
}

/** Writes records `recs` of `copy` (each once, in order) to `page`, numbered, under the copy's header. */
export async function writePage(copy: string, recs: number[], page: string): Promise<void> {
  const idx = await open(indexPath(copy), "r");
  const src = await open(copy, "r");
  try {
    const [version, headerEnd, quoteByte, delimByte] = await readFloats(idx, 0, HEAD);
    if (version !== VERSION) throw new Error(`the record index is format ${String(version)}, not ${VERSION}`);
    const delim = Buffer.from([Number(delimByte)]);
    const out: Buffer[] = [];
    if (Number(headerEnd) > 0) {
      const header = Buffer.alloc(Number(headerEnd));
      await src.read(header, 0, header.length, 0);
      // The number goes first, so a byte-order mark at the file's start would end up inside the header's first name.
      const bom = header[0] === 0xef && header[1] === 0xbb && header[2] === 0xbf ? 3 : 0;
      out.push(Buffer.from(PAGE_REC), delim, trimCr(header.subarray(bom, header[header.length - 1] === LF ? -1 : undefined)), Buffer.from("\n"));
    }
    const wanted = [...new Set(recs)].sort((a, b) => a - b);
    const starts = await startsOf(idx, wanted);
    for (const [i, rec] of wanted.entries()) {
      out.push(Buffer.from(String(rec)), delim, await recordAt(src, starts[i] ?? 0, Number(quoteByte)), Buffer.from("\n"));
    }
    await writeFile(page, Buffer.concat(out));
  } finally {
    await idx.close();
    await src.close();
  }
}

/**
 * Runs `read` with the path of a page file holding records `recs` of `copy`, and removes the page after.
 *
 * @example
 * const rows = await withPage(copy, [0, 41], (page) => rows(c, `SELECT * FROM (${batch.rowsSql})`, { raw: page }));
 */
export async function withPage<T>(copy: string, recs: number[], read: (page: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "resurgence-page-"));
  try {
    const page = join(dir, "page.csv");
    await writePage(copy, recs, page);
    return await read(page);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Removes a copy and its index (what a failed or empty batch leaves). */
export async function removeCopy(copy: string): Promise<void> {
  await rm(copy, { force: true });
  await rm(indexPath(copy), { force: true });
}
