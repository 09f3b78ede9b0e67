/**
 * DuckDB reads a gzip stream that stops early without complaint: a download cut short would load its first
 * rows as if they were the whole file. One pass through zlib before staging refuses such a file instead.
 */
import { createReadStream } from "node:fs";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { InputError } from "../errors.ts";

/** Throws an InputError unless `file` is a whole gzip stream; `shown` names the file in the message. */
export async function checkWholeGzip(file: string, shown: string = file): Promise<void> {
  const discard = new Writable({ write: (_chunk, _enc, done) => done() });
  try {
    await pipeline(createReadStream(file), createGunzip(), discard);
  } catch (cause) {
    const why = String((cause as Error).message ?? cause).split("\n")[0];
    throw new InputError(`is a damaged gzip file (${why}): it was probably cut short`, { file: shown }, "download or compress it again; `gzip -t FILE` checks a copy", { cause });
  }
}
