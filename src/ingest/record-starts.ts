/**
 * Where each row of a plain CSV file starts, in bytes: one quote-aware pass, run while DuckDB reads the same file,
 * so the ingest can keep the file as delivered and still find any record again (store/shared/source-copy.ts).
 *
 * Rows are numbered as DuckDB numbers its rejects (lines.ts): every row after the header lines, an empty line
 * included; an empty line's start is -1, since it is never a record. A line end inside quotes belongs to its row.
 */
import { createReadStream } from "node:fs";

const LF = 0x0a;
const CR = 0x0d;

export interface RowStarts {
  /** Bytes before row 0 (the header lines and their line ends). */
  headerEnd: number;
  /** Start of each row (DuckDB's rejects numbering), -1 for an empty line. */
  starts: Float64Array;
}

/** A Float64Array that grows as rows are found. */
class Starts {
  private buf = new Float64Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new Float64Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  done(): Float64Array {
    return this.buf.subarray(0, this.length);
  }
}

/** The pass as a state machine fed chunk by chunk (a chunk may end anywhere, inside quotes or in a line end). */
export class RowStartScanner {
  private readonly starts = new Starts();
  private readonly q: number;
  private headerEnd = 0;
  private row: number;
  private pos = 0;
  private quoted = false;
  /** At a row's start, before its first byte that is not a line end. */
  private pending = true;

  constructor(headerLines: number, quote: string) {
    this.q = quote === "" ? -1 : quote.charCodeAt(0);
    this.row = -headerLines;
  }

  feed(buf: Uint8Array): void {
    const n = buf.length;
    const b = Buffer.from(buf.buffer, buf.byteOffset, n);
    let nextQ = this.q < 0 ? n : -2;
    let nextLf = -2;
    let i = 0;
    while (i < n) {
      if (this.pending) {
        const c = b[i];
        if (c === CR) {
          i++;
          continue;
        }
        if (c === LF) {
          // An empty line: a row in DuckDB's numbering, never a record.
          if (this.row >= 0) this.starts.push(-1);
          this.endRow(i);
          i++;
          continue;
        }
        this.pending = false;
        if (this.row >= 0) this.starts.push(this.pos + i);
      }
      if (nextQ !== n && nextQ < i) nextQ = indexOr(b, this.q, i, n);
      if (this.quoted) {
        if (nextQ === n) break;
        this.quoted = false;
        i = nextQ + 1;
        continue;
      }
      if (nextLf < i && nextLf !== n) nextLf = indexOr(b, LF, i, n);
      if (nextQ < nextLf) {
        this.quoted = true;
        i = nextQ + 1;
      } else if (nextLf < n) {
        this.endRow(nextLf);
        this.pending = true;
        i = nextLf + 1;
      } else break;
    }
    this.pos += n;
  }

  private endRow(lfAt: number): void {
    this.row++;
    if (this.row === 0) this.headerEnd = this.pos + lfAt + 1;
  }

  result(): RowStarts {
    return { headerEnd: this.headerEnd, starts: this.starts.done() };
  }
}

function indexOr(b: Buffer, byte: number, from: number, n: number): number {
  const at = b.indexOf(byte, from);
  return at < 0 ? n : at;
}

/** One pass over `file` (plain, not gzip). */
export async function scanRowStarts(file: string, headerLines: number, quote: string): Promise<RowStarts> {
  const scanner = new RowStartScanner(headerLines, quote);
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) scanner.feed(chunk as Buffer);
  return scanner.result();
}

/**
 * The starts of the records DuckDB kept, by record number: the rows less the empty lines and the rows it
 * rejected (`rejected`, in its rejects numbering).
 */
export function keptStarts(rows: RowStarts, rejected: number[]): Float64Array {
  const skip = new Set(rejected);
  const out = new Float64Array(rows.starts.length);
  let k = 0;
  for (let r = 0; r < rows.starts.length; r++) {
    const s = rows.starts[r] ?? -1;
    if (s >= 0 && !skip.has(r)) out[k++] = s;
  }
  return out.subarray(0, k);
}
