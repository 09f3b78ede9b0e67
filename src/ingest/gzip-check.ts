/**
 * DuckDB reads a gzip stream that stops early without complaint: a download cut short would load its first
 * rows as if they were the whole file. One pass through zlib before staging refuses such a file instead, and
 * refuses one that unpacks past the limits (a decompression bomb) before DuckDB reads a byte of it.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { InputError } from "../errors.ts";
import { inputError, words } from "../messages/words.ts";
import { BoundedOutput, DEFAULT_INFLATE_LIMITS, INFLATE_LIMIT_HINT, InflateLimitExceeded, type InflateLimits } from "../sources/zip/index.ts";

/** Throws an InputError unless `file` is a whole gzip stream within `limits`; `shown` names the file in the message. */
export async function checkWholeGzip(file: string, shown: string = file, limits: InflateLimits = DEFAULT_INFLATE_LIMITS): Promise<void> {
  const discard = new Writable({ write: (_chunk, _enc, done) => done() });
  try {
    await pipeline(createReadStream(file), createGunzip(), new BoundedOutput((await stat(file)).size, limits), discard);
  } catch (cause) {
    if (cause instanceof InflateLimitExceeded) throw new InputError(`is refused: it ${cause.message}`, { file: shown }, INFLATE_LIMIT_HINT, { cause });
    const why = String((cause as Error).message ?? cause).split("\n")[0] ?? "";
    throw inputError({ file: shown }, words("damagedGzip", why), words("damagedGzipHint"), cause);
  }
}
