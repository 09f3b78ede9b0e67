/**
 * Sending a file of JSON lines to ClickHouse as several bounded inserts, run side by side.
 *
 * One HTTP insert per file breaks on big files (a request of many minutes, and one server core parsing it
 * while the others idle), so the file is cut into pieces of whole lines and the pieces are handed out to
 * `sinks.length` concurrent inserts of at most `bytesPerInsert` each. On a cluster each sink is a different
 * node, so every node parses its share. The text is never parsed in Node: pieces go through as JsonLines.
 */
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { JsonLines } from "./node.ts";

/** Whole lines of a newline-delimited file, in pieces of about `pieceBytes` characters, without the final newline. */
export async function* linePieces(path: string, pieceBytes = 4 << 20): AsyncGenerator<string> {
  let carry = "";
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: pieceBytes })) {
    const text = carry + (chunk as string);
    const cut = text.lastIndexOf("\n");
    if (cut < 0) {
      carry = text;
      continue;
    }
    if (cut > 0) yield text.slice(0, cut);
    carry = text.slice(cut + 1);
  }
  if (carry.length > 0) yield carry;
}

export type Sink = (values: Readable) => Promise<void>;

/**
 * Sends every piece exactly once through the sinks, each insert at most about `bytesPerInsert` characters.
 * Resolves when all inserts finished; rejects with the first failure after the others have stopped.
 */
export async function sendPieces(pieces: AsyncIterator<string>, sinks: Sink[], bytesPerInsert: number): Promise<void> {
  let failed = false;
  const worker = async (sink: Sink): Promise<void> => {
    while (!failed) {
      const first = await pieces.next();
      if (first.done) return;
      async function* body(): AsyncGenerator<JsonLines> {
        let piece: string = first.value;
        let sent = 0;
        for (;;) {
          yield new JsonLines(piece);
          sent += piece.length;
          if (sent >= bytesPerInsert || failed) return;
          const next = await pieces.next();
          if (next.done) return;
          piece = next.value;
        }
      }
      try {
        await sink(Readable.from(body(), { objectMode: true }));
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  const settled = await Promise.allSettled(sinks.map(worker));
  const bad = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (bad) {
    // Close the source (its file handle) rather than leave it to the garbage collector.
    await pieces.return?.(undefined);
    throw bad.reason;
  }
}
