/**
 * Physical line numbers for records. DuckDB reports records, not lines, and a quoted field may hold
 * newlines, so the line a user opens in an editor is found by one quote-aware pass over the file, done only
 * when some row was quarantined.
 */
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";

/**
 * Maps 0-based data record indices to 1-based physical start lines. `headerLines` is how many lines precede
 * the first data record.
 */
export async function recordLines(file: string, gzip: boolean, wanted: number[], headerLines: number, quote = '"'): Promise<Map<number, number>> {
  const q = quote === "" ? -1 : quote.charCodeAt(0);
  const out = new Map<number, number>();
  if (wanted.length === 0) return out;
  const targets = [...new Set(wanted)].sort((a, b) => a - b);
  let next = 0;
  let line = 1;
  let record = -headerLines;
  let quoted = false;
  let atRecordStart = true;
  const raw = createReadStream(file);
  const stream = gzip ? raw.pipe(createGunzip()) : raw;
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      for (let i = 0; i < buf.length; i++) {
        const b = buf[i];
        if (atRecordStart) {
          atRecordStart = false;
          while (next < targets.length && (targets[next] ?? Infinity) < record) next++;
          if (targets[next] === record) {
            out.set(record, line);
            next++;
            if (next >= targets.length) return out;
          }
        }
        if (b === q) quoted = !quoted;
        else if (b === 0x0a) {
          line++;
          if (!quoted) {
            record++;
            atRecordStart = true;
          }
        }
      }
    }
  } finally {
    stream.destroy();
  }
  return out;
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
