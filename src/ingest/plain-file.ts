/**
 * Gives ingest a file DuckDB can read: a single-file zip (GDELT's own packaging) is unpacked to a temporary
 * file first; everything users see (batch, rejects, summary) still names the file they gave.
 */
import { aboutFile, InputError } from "../errors.ts";
import { inputError, words } from "../messages/words.ts";
import { isZipFile, withUnzipped, type InflateLimits } from "../sources/zip/index.ts";
import type { IngestRequest } from "./types.ts";

export async function withPlainFile<T>(req: IngestRequest, work: (req: IngestRequest) => Promise<T>, limits?: InflateLimits): Promise<T> {
  let zip: boolean;
  try {
    zip = await isZipFile(req.file);
  } catch {
    // A missing or unreadable file is reported by layout detection, with its path.
    return work(req);
  }
  if (!zip) {
    if (/\.zip$/i.test(req.file)) throw inputError({ file: req.file }, words("notZip"), words("notZipHint"));
    return work(req);
  }
  const shown = req.displayName ?? req.file;
  return withUnzipped(req.file, async (inner) => {
    try {
      return await work({ ...req, file: inner, displayName: shown });
    } catch (e) {
      // Errors about the unpacked copy are about the archive the user gave.
      if (e instanceof InputError && e.where.file === inner) throw aboutFile(e, shown);
      throw e;
    }
  }, undefined, limits);
}
