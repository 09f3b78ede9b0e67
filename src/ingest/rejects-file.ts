/**
 * Writes quarantined rows to `<name>.<batch>.rejects.csv` so they can be fixed and re-ingested. The name is cut
 * to fit the 255 bytes a file name may have: a legal 230-character input name must not make the ingest fail.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { StoreError } from "../errors.ts";
import { messages, reasonWords, type Messages } from "../messages/index.ts";
import type { RejectRow } from "../store/index.ts";

/** The longest file name (in bytes) most file systems accept. */
const NAME_MAX = 255;

function cell(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** `stem` cut (at a character boundary) so that it takes at most `bytes` bytes in UTF-8. */
function cutToBytes(stem: string, bytes: number): string {
  let out = "";
  for (const ch of stem) {
    if (Buffer.byteLength(out + ch) > bytes) break;
    out += ch;
  }
  return out;
}

/** Removes a part-written file; a folder that refused the write may refuse this too. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing was written there, then.
  }
}

/** The rejects file's name for `file`'s batch `batchId`: never longer than NAME_MAX bytes. */
export function rejectsFileName(file: string, batchId: string): string {
  const stem = basename(file).replace(/\.(csv|json|tsv|txt)(\.gz)?$/i, "");
  const suffix = `.${batchId}.rejects.csv`;
  return cutToBytes(stem, NAME_MAX - Buffer.byteLength(suffix)) + suffix;
}

/**
 * Writes the rejects file into `dir` and returns its path.
 *
 * @throws StoreError (exit 5) naming the folder when it cannot be written (permission, full disk).
 */
export function writeRejectsFile(dir: string, file: string, batchId: string, rows: RejectRow[], m: Messages = messages("en")): string {
  const out = join(dir, rejectsFileName(file, batchId));
  const lines = ["file,line,reason,raw", ...rows.map((r) => [r.file, r.line, reasonWords(m, r.reason), r.raw].map(cell).join(","))];
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(out, lines.join("\n") + "\n");
  } catch (cause) {
    removeQuietly(out);
    const code = (cause as NodeJS.ErrnoException).code ?? "";
    const why = code === "ENOSPC" ? "the disk is full" : code === "EACCES" || code === "EPERM" || code === "EROFS" ? "permission denied" : String((cause as Error).message).split("\n")[0];
    throw new StoreError(`cannot write the rejects file ${out}: ${why}`, `make ${dir} writable (the rejects go beside the store); nothing was stored`, { cause });
  }
  return out;
}
