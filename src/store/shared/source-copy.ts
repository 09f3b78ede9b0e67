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
import { mkdtemp, open, rm, stat, type FileHandle } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const VERSION = 1;
const HEAD = 4;
const LF = 0x0a;
const CR = 0x0d;
/**
 * The Parquet raw file's format (COPY options), whoever writes it: the ingest (a .gz or JSON file, or ingest --raw
 * parquet) or `compact`. zstd; row groups of 16,384 rows rather than DuckDB's 122,880, so a page of records, or a
 * ClickHouse export slice, decodes less around what it wants: measured at 1M GED rows, a 12% faster ClickHouse
 * ingest and an 11% faster Parquet ingest, for a file 14% larger. Writing without dictionaries, or in version 2
 * pages, costs less to write but more to read back for the checks and the mapping: more in all.
 */
export const RAW_PARQUET = "FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 16384";

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

/** Records an index of `bytes` bytes holds: its values less the head. */
const recordsIn = (bytes: number) => bytes / 8 - HEAD;

export function indexPath(copy: string): string {
  return `${copy}.idx`;
}

/** Writes the index: its head, then the starts as they are (not copied: 80 MB for 10M records). */
export async function writeRecordIndex(copy: string, index: RecordIndex): Promise<void> {
  const head = new Float64Array([VERSION, index.headerEnd, index.quote === "" ? -1 : index.quote.charCodeAt(0), index.delim.charCodeAt(0)]);
  const bytes = (a: Float64Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const fh = await open(indexPath(copy), "w");
  try {
    await fh.writeFile(bytes(head));
    await fh.writeFile(bytes(index.starts));
  } finally {
    await fh.close();
  }
}

async function readFloats(fh: FileHandle, at: number, n: number): Promise<Float64Array> {
  const buf = Buffer.alloc(n * 8);
  const { bytesRead } = await fh.read(buf, 0, buf.length, at * 8);
  if (bytesRead < buf.length) throw new Error(`the record index ends at value ${at + bytesRead / 8}, before value ${at + n}`);
  return new Float64Array(buf.buffer, buf.byteOffset, n);
}

/** Index values, read a block at a time: dense runs of records cost one read per block, sparse ones one per record. */
class IndexReader {
  private block: Float64Array<ArrayBufferLike> = new Float64Array(0);
  private first = -1;
  constructor(
    private readonly fh: FileHandle,
    private readonly count: number,
  ) {}

  async start(rec: number): Promise<number> {
    if (!Number.isInteger(rec) || rec < 0 || rec >= this.count) throw new Error(`record ${rec} is not in the record index (${this.count} records)`);
    if (rec < this.first || rec >= this.first + this.block.length) {
      this.first = rec;
      this.block = await readFloats(this.fh, HEAD + rec, Math.min(64 * 1024, this.count - rec));
    }
    return this.block[rec - this.first] ?? 0;
  }
}

/** The copy's bytes, read a window at a time; records are cut from the window they start in. */
class Window {
  private buf = Buffer.alloc(0);
  private at = 0;
  private eof = false;
  constructor(
    private readonly fh: FileHandle,
    private readonly quote: number,
  ) {}

  private async fill(from: number, size: number): Promise<void> {
    const buf = Buffer.alloc(size);
    const { bytesRead } = await this.fh.read(buf, 0, size, from);
    this.buf = buf.subarray(0, bytesRead);
    this.at = from;
    this.eof = bytesRead < size;
  }

  /** The record starting at `start`, up to (not including) its line end; a line end inside quotes is part of it. */
  async record(start: number): Promise<Buffer> {
    for (let size = 1024 * 1024; ; size *= 2) {
      if (start >= this.at && start < this.at + this.buf.length) {
        let quoted = false;
        for (let i = start - this.at; i < this.buf.length; i++) {
          const b = this.buf[i];
          if (b === this.quote) quoted = !quoted;
          else if (b === LF && !quoted) return trimCr(this.buf.subarray(start - this.at, i));
        }
        if (this.eof) return trimCr(this.buf.subarray(start - this.at));
      }
      await this.fill(start, size);
      if (this.buf.length === 0) return this.buf;
    }
  }
}

function trimCr(b: Buffer): Buffer {
  return b.length > 0 && b[b.length - 1] === CR ? b.subarray(0, b.length - 1) : b;
}

/** Writes records `recs` (or every record) of `copy`, each once, in order, to `page`, numbered, under the copy's header. */
export async function writePage(copy: string, recs: number[] | "all", page: string): Promise<void> {
  const idx = await open(indexPath(copy), "r");
  const src = await open(copy, "r");
  const out = await open(page, "w");
  try {
    const [version, headerEnd, quoteByte, delimByte] = await readFloats(idx, 0, HEAD);
    if (version !== VERSION) throw new Error(`the record index is format ${String(version)}, not ${VERSION}`);
    const count = recordsIn((await idx.stat()).size);
    const delim = Buffer.from([Number(delimByte)]);
    const parts: Buffer[] = [];
    let pending = 0;
    // The page is written in pieces of a few MB: a page of every record of a big file is as big as the file.
    const push = async (...bs: Buffer[]) => {
      for (const b of bs) {
        parts.push(b);
        pending += b.length;
      }
      if (pending < 8 * 1024 * 1024) return;
      await out.write(Buffer.concat(parts));
      parts.length = 0;
      pending = 0;
    };
    if (Number(headerEnd) > 0) {
      const header = Buffer.alloc(Number(headerEnd));
      await src.read(header, 0, header.length, 0);
      // The number goes first, so a byte-order mark at the file's start would end up inside the header's first name.
      const bom = header[0] === 0xef && header[1] === 0xbb && header[2] === 0xbf ? 3 : 0;
      await push(Buffer.from(PAGE_REC), delim, trimCr(header.subarray(bom, header[header.length - 1] === LF ? -1 : undefined)), Buffer.from("\n"));
    }
    const index = new IndexReader(idx, count);
    const window = new Window(src, Number(quoteByte));
    const write = async (rec: number) => push(Buffer.from(String(rec)), delim, await window.record(await index.start(rec)), Buffer.from("\n"));
    if (recs === "all") for (let rec = 0; rec < count; rec++) await write(rec);
    else for (const rec of [...new Set(recs)].sort((a, b) => a - b)) await write(rec);
    await out.write(Buffer.concat(parts));
  } finally {
    await idx.close();
    await src.close();
    await out.close();
  }
}

/**
 * About `k` record numbers spread evenly over `n` records, the first and the last included: the records a check
 * of a whole file reads back, so a block out of order anywhere in it shows.
 */
export function spread(n: number, k: number): number[] {
  if (n <= 0) return [];
  const step = Math.max(1, Math.floor(n / k));
  const out: number[] = [];
  for (let r = 0; r < n; r += step) out.push(r);
  if (out[out.length - 1] !== n - 1) out.push(n - 1);
  return out;
}

/** How many records a copy's index holds. */
export async function recordCount(copy: string): Promise<number> {
  return recordsIn((await stat(indexPath(copy))).size);
}

/**
 * Runs `read` with the path of a page file holding records `recs` of `copy`, and removes the page after.
 *
 * @example
 * const rows = await withPage(copy, [0, 41], (page) => rows(c, `SELECT * FROM (${batch.rowsSql})`, { raw: page }));
 */
export async function withPage<T>(copy: string, recs: number[] | "all", read: (page: string) => Promise<T>): Promise<T> {
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
