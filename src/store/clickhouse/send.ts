/**
 * Sending a batch's export to ClickHouse as bounded inserts, run side by side.
 *
 * One HTTP insert of a whole export breaks on big batches (a request of many minutes, and one server core parsing
 * it while the others idle), so the export's text (one event per line) is cut at line ends into inserts of about
 * `sliceBytes` each, handed to the sinks in turn: on a cluster each sink is a different node, so every node parses
 * its share, and a slice streams to its node while the next is read. Nothing is written to disk, and the text is
 * never parsed in Node: it is cut at newlines and passed through.
 */
import { once } from "node:events";
import { PassThrough, type Readable } from "node:stream";

/** Sends one insert's body; resolves when the server has taken it all. */
export type StreamSink = (body: Readable) => Promise<void>;

/**
 * Sends every line of `source` exactly once, in slices of whole lines of about `sliceBytes`, each slice through
 * the next sink in turn, which first finishes the insert it was given before. Rejects with the first failure (of
 * the source or an insert) after the others have stopped, with `source` destroyed.
 */
export async function sendLines(source: Readable, sinks: StreamSink[], sliceBytes: number): Promise<void> {
  const running: Array<Promise<void>> = sinks.map(() => Promise.resolve());
  let failure: { error: unknown } | undefined;
  const fail = (error: unknown) => {
    failure ??= { error };
    source.destroy();
  };
  let body: PassThrough | undefined;
  let bytes = 0;
  let turn = 0;
  const open = async (): Promise<PassThrough | undefined> => {
    const j = turn++ % sinks.length;
    await running[j];
    if (failure) return undefined;
    const b = new PassThrough();
    running[j] = sinks[j]!(b).catch((e: unknown) => {
      fail(e);
      b.destroy();
    });
    bytes = 0;
    return b;
  };
  const write = async (b: PassThrough, piece: Buffer) => {
    bytes += piece.length;
    if (!b.write(piece)) await Promise.race([once(b, "drain"), once(b, "close")]);
  };
  try {
    for await (const chunk of source) {
      let rest = chunk as Buffer;
      while (rest.length > 0 && !failure) {
        body ??= await open();
        if (!body) break;
        const cut = bytes + rest.length < sliceBytes ? -1 : rest.indexOf(10, Math.max(0, sliceBytes - bytes - 1));
        if (cut < 0) {
          await write(body, rest);
          break;
        }
        await write(body, rest.subarray(0, cut + 1));
        body.end();
        body = undefined;
        rest = rest.subarray(cut + 1);
      }
      if (failure) break;
    }
  } catch (e) {
    fail(e);
  }
  body?.end();
  await Promise.all(running);
  if (failure) throw failure.error;
}
