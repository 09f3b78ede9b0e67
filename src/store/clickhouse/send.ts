/**
 * Sending a batch's export files to ClickHouse as bounded inserts, run side by side.
 *
 * One HTTP insert of a whole export breaks on big files (a request of many minutes, and one server core parsing
 * it while the others idle), so DuckDB writes the export as CSV files of bounded size, a slice of the rows each,
 * and each file is one insert. `sinks.length` inserts run at once; on a cluster each sink is a different node, so
 * every node parses its share. A file is removed once it is in, and the next slice is written only once the one
 * before it is taken, so the export's temp space stays a few files whatever the batch's size. The text is never
 * parsed in Node: it is streamed through.
 */
import { rmSync } from "node:fs";

export type FileSink = (file: string) => Promise<void>;

/** Writes rows `lo` to `hi - 1` to a new file; returns the file and its size. */
export type SliceWriter = (lo: number, hi: number) => Promise<{ file: string; bytes: number }>;

export interface SliceSizes {
  /** Rows in the first file. */
  firstRows: number;
  /** About how big each later file is: its rows follow from the bytes per row the files so far took. */
  sliceBytes: number;
}

/**
 * Writes `total` rows in slices and sends each through a free sink as soon as it is written, so writing and the
 * server's parsing overlap and at most `sinks.length + 2` files exist at once (those being sent, one waiting, one
 * being written). Each file is sent exactly once and removed once sent. Rejects with the first failure, of a write
 * or an insert, after the rest have stopped: no new slice is written and no waiting file is sent after it.
 */
export async function sendAsWritten(total: number, write: SliceWriter, sinks: FileSink[], sizes: SliceSizes): Promise<void> {
  const waiting: string[] = [];
  let producing = true;
  let failure: { error: unknown } | undefined;
  const wakers = new Set<() => void>();
  const wake = () => {
    for (const w of wakers) w();
    wakers.clear();
  };
  const changed = () => new Promise<void>((resolve) => wakers.add(resolve));

  const produce = async () => {
    try {
      let rowsPer = sizes.firstRows;
      for (let lo = 0; lo < total && !failure; ) {
        while (waiting.length > 0 && !failure) await changed();
        if (failure) break;
        const hi = Math.min(total, lo + rowsPer);
        const { file, bytes } = await write(lo, hi);
        rowsPer = Math.max(1, Math.floor(sizes.sliceBytes / Math.max(1, bytes / (hi - lo))));
        waiting.push(file);
        lo = hi;
        wake();
      }
    } catch (error) {
      failure ??= { error };
    } finally {
      producing = false;
      wake();
    }
  };
  const consume = async (sink: FileSink) => {
    while (!failure) {
      const file = waiting.shift();
      if (file === undefined) {
        if (!producing) return;
        await changed();
        continue;
      }
      wake();
      try {
        await sink(file);
      } catch (error) {
        failure ??= { error };
        wake();
        return;
      }
      rmSync(file, { force: true });
    }
  };
  await Promise.all([produce(), ...sinks.map(consume)]);
  if (failure) throw failure.error;
}
