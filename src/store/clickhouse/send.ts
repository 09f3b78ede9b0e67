/**
 * Sending a batch's export files to ClickHouse as bounded inserts, run side by side.
 *
 * One HTTP insert of a whole export breaks on big files (a request of many minutes, and one server core parsing
 * it while the others idle), so DuckDB writes the export as gzip-compressed JSON-lines files of bounded size and
 * each file is one insert. `sinks.length` inserts run at once; on a cluster each sink is a different node, so
 * every node parses its share. A file is removed once it is in, so the export's temp space shrinks as it goes.
 * The text is never parsed in Node: it is unpacked and passed through in pieces of whole lines (JsonLines).
 */
import { createReadStream, rmSync } from "node:fs";
import { createGunzip } from "node:zlib";
import { JsonLines } from "./node.ts";

/** Whole lines of a gzip-compressed JSON-lines file, as pieces of about `pieceBytes` characters. */
export async function* jsonLinePieces(path: string, pieceBytes = 4 << 20): AsyncGenerator<JsonLines> {
  let carry = "";
  const text = createReadStream(path).pipe(createGunzip({ chunkSize: 1 << 16 }));
  text.setEncoding("utf8");
  let pending = "";
  for await (const chunk of text) {
    pending += chunk as string;
    if (pending.length < pieceBytes) continue;
    const all = carry + pending;
    pending = "";
    const cut = all.lastIndexOf("\n");
    if (cut < 0) {
      carry = all;
      continue;
    }
    if (cut > 0) yield new JsonLines(all.slice(0, cut));
    carry = all.slice(cut + 1);
  }
  const rest = (carry + pending).replace(/\n+$/, "");
  if (rest.length > 0) yield new JsonLines(rest);
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
