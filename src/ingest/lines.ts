/**
 * Physical line numbers for records. DuckDB reports records, not lines, and a quoted field may hold
 * newlines, so the line a user opens in an editor is found by one quote-aware pass over the file, done only
 * when some row was quarantined.
 *
 * DuckDB numbers rows two ways. Its rejects count every row it meets, an empty line included; the records it
 * keeps skip empty lines (and the rows it rejected). The pass below tracks both numberings.
 */
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";

export interface RowLines {
  /** Row index in DuckDB's rejects numbering (0 = first row after the header lines) → 1-based start line. */
  byRow: Map<number, number>;
  /** Ordinal of a record DuckDB kept (empty lines and rejected rows skipped) → 1-based start line. */
  byKept: Map<number, number>;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * The line counting as a state machine fed chunk by chunk (a chunk may end anywhere, inside a quoted field or
 * between the CR and LF of a line end): the start lines of the rows DuckDB rejected (`rejectedRows`, in its
 * numbering) and of the records it kept (`kept`, by ordinal). `headerLines` is how many rows precede the first
 * data row.
 */
export class LineScanner {
  readonly result: RowLines = { byRow: new Map(), byKept: new Map() };
  private readonly q: number;
  private readonly rejected: Set<number>;
  private readonly wantKept: Set<number>;
  private missing: number;
  private line = 1;
  private row: number;
  private keptOrdinal = 0;
  private quoted = false;
  /** At the start of a row whose first content byte is not yet seen: an empty line stays pending. */
  private pending = true;

  constructor(headerLines: number, quote: string, rejectedRows: number[], kept: number[]) {
    this.q = quote === "" ? -1 : quote.charCodeAt(0);
    this.rejected = new Set(rejectedRows);
    this.wantKept = new Set(kept);
    this.missing = this.rejected.size + this.wantKept.size;
    this.row = -headerLines;
  }

  /** True once every wanted line is found (the rest of the file need not be read). */
  get done(): boolean {
    return this.missing === 0;
  }

  /** Reads one chunk; returns `done`. */
  feed(buf: Uint8Array): boolean {
    for (let i = 0; i < buf.length && this.missing > 0; i++) {
      const b = buf[i];
      if (this.pending) {
        if (b === LF) {
          // An empty line: a row in the rejects numbering, never a record.
          this.row++;
          this.line++;
          continue;
        }
        if (b === CR) continue;
        this.pending = false;
        this.startRow();
      }
      if (b === this.q) this.quoted = !this.quoted;
      else if (b === LF) {
        this.line++;
        if (!this.quoted) {
          this.row++;
          this.pending = true;
        }
      }
    }
    return this.done;
  }

  private startRow(): void {
    if (this.rejected.has(this.row)) {
      this.result.byRow.set(this.row, this.line);
      this.missing--;
    } else if (this.row >= 0) {
      if (this.wantKept.has(this.keptOrdinal)) {
        this.result.byKept.set(this.keptOrdinal, this.line);
        this.missing--;
      }
      this.keptOrdinal++;
    }
  }
}

/** One pass over the file (gunzipped when `gzip`), stopping once every wanted line is found. See LineScanner. */
export async function scanLines(file: string, gzip: boolean, headerLines: number, quote: string, rejectedRows: number[], kept: number[]): Promise<RowLines> {
  const scanner = new LineScanner(headerLines, quote, rejectedRows, kept);
  if (scanner.done) return scanner.result;
  const raw = createReadStream(file);
  const stream = gzip ? raw.pipe(createGunzip()) : raw;
  try {
    for await (const chunk of stream) if (scanner.feed(chunk as Buffer)) break;
  } finally {
    stream.destroy();
  }
  return scanner.result;
}

/**
 * Maps 0-based data row indices (DuckDB's rejects numbering) to 1-based physical start lines. `headerLines` is
 * how many rows precede the first data row.
 */
export async function recordLines(file: string, gzip: boolean, wanted: number[], headerLines: number, quote = '"'): Promise<Map<number, number>> {
  return (await scanLines(file, gzip, headerLines, quote, wanted, [])).byRow;
}

/** The absolute record index of the k-th record that DuckDB kept, given the indices it rejected (sorted). */
export function keptToAbsolute(k: number, rejectedSorted: number[]): number {
  let abs = k;
  for (const r of rejectedSorted) {
    if (r <= abs) abs++;
    else break;
  }
  return abs;
}

/**
 * The line where a quoted field opens that never closes before the end of the file; undefined when all close.
 *
 * One stray quote flips every later pair, so the quote left open at the end of the file is the file's last one,
 * far from the stray. The record the stray quote starts in has another number of fields than the first record
 * (the header), as a record that swallowed a line break has; so the first such record is named, and the last
 * quote opened only when every record has the header's fields (a file cut short inside its last record).
 */
export async function unclosedQuoteLine(file: string, gzip: boolean, quote = '"', delim = ","): Promise<number | undefined> {
  if (quote === "") return undefined;
  const q = quote.charCodeAt(0);
  const d = delim.charCodeAt(0);
  let line = 1;
  let quoted = false;
  let openedOn = 0;
  let recordStart = 1;
  let fields = 1;
  let empty = true;
  let expected: number | undefined;
  let firstOdd: number | undefined;
  const raw = createReadStream(file);
  const stream = gzip ? raw.pipe(createGunzip()) : raw;
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      for (let i = 0; i < buf.length; i++) {
        const b = buf[i];
        if (b === q) {
          quoted = !quoted;
          empty = false;
          if (quoted) openedOn = line;
        } else if (b === LF) {
          line++;
          if (quoted) continue;
          if (!empty) {
            expected ??= fields;
            if (fields !== expected) firstOdd ??= recordStart;
          }
          recordStart = line;
          fields = 1;
          empty = true;
        } else if (!quoted) {
          if (b === d) fields++;
          if (b !== CR) empty = false;
        }
      }
    }
  } finally {
    stream.destroy();
  }
  return quoted ? (firstOdd ?? openedOn) : undefined;
}

/**
 * How many records end in CRLF and how many in a bare LF, outside quoted fields (DuckDB's CSV reader cannot read
 * a file that mixes them).
 */
export async function lineEndings(file: string, gzip: boolean, quote = '"'): Promise<{ crlf: number; lf: number }> {
  const q = quote === "" ? -1 : quote.charCodeAt(0);
  let crlf = 0;
  let lf = 0;
  let prev = -1;
  let quoted = false;
  const raw = createReadStream(file);
  const stream = gzip ? raw.pipe(createGunzip()) : raw;
  try {
    for await (const chunk of stream) {
      for (const b of chunk as Buffer) {
        if (b === q) quoted = !quoted;
        else if (b === LF && !quoted) {
          if (prev === CR) crlf++;
          else lf++;
        }
        prev = b;
      }
    }
  } finally {
    stream.destroy();
  }
  return { crlf, lf };
}
