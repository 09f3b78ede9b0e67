/**
 * Sending a batch's export files to ClickHouse as bounded inserts, run side by side.
 *
 * One HTTP insert of a whole export breaks on big files (a request of many minutes, and one server core parsing
 * it while the others idle), so DuckDB writes the export as gzip-compressed CSV files of bounded size and each
 * file is one insert. `sinks.length` inserts run at once; on a cluster each sink is a different node, so every
 * node parses its share. A file is removed once it is in, so the export's temp space shrinks as it goes. The
 * text is never parsed in Node: it is unpacked and streamed through.
 */
import { createReadStream, rmSync } from "node:fs";
import { createGunzip } from "node:zlib";
import type { Readable } from "node:stream";

/** A gzip-compressed export file's text, as a stream of bytes for an insert's body. */
export function unpacked(path: string): Readable {
  return createReadStream(path).pipe(createGunzip({ chunkSize: 1 << 16 }));
}

export type FileSink = (file: string) => Promise<void>;

/**
 * Sends every file exactly once through the sinks, removing each once sent. Resolves when all inserts finished;
 * rejects with the first failure after the others have stopped taking files.
 */
export async function sendFiles(files: string[], sinks: FileSink[]): Promise<void> {
  const queue = [...files];
  let failed = false;
  const worker = async (sink: FileSink): Promise<void> => {
    for (let file = queue.shift(); file !== undefined && !failed; file = queue.shift()) {
      try {
        await sink(file);
      } catch (e) {
        failed = true;
        throw e;
      }
      rmSync(file, { force: true });
    }
  };
  const settled = await Promise.allSettled(sinks.map(worker));
  const bad = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (bad) throw bad.reason;
}
