/**
 * `resurgence ingest` while a server holds the store: each file is sent to the server's `POST /api/ingest`
 * with the secret of its run file (only this user can read it), one after another, and the server's
 * accounting line is printed as a local ingest prints it. What the upload route cannot take (a zip, a
 * dataset version) is refused in one line naming the server.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { InputError, StoreError } from "../errors.ts";
import type { IngestSummary } from "../ingest/index.ts";
import { errorFromServer, fetchServer, heldByServer } from "./remote.ts";
import type { RunFile } from "./run-file.ts";

/** The file endings the upload route reads (its `filename` parameter says the format). */
const UPLOADABLE = /\.(csv|json|jsonl|tsv|txt)(\.gz)?$/i;

/** A name the upload route accepts, keeping the file's ending: it only tells the reader the format. */
export function uploadName(file: string): string {
  const base = basename(file).replace(/[^A-Za-z0-9._-]/g, "_").replace(/^[^A-Za-z0-9]+/, "");
  const ending = UPLOADABLE.exec(base)?.[0] ?? "";
  const stem = base.slice(0, base.length - ending.length).slice(0, 100) || "upload";
  return `${/^[A-Za-z0-9]/.test(stem) ? "" : "f"}${stem}${ending}`;
}

/** Sends one file; answers the server's accounting line with the file named as the user named it. */
async function sendFile(run: RunFile, file: string, opts: { dataset?: string; covers?: string; raw?: string; lang?: string }): Promise<IngestSummary> {
  if (!UPLOADABLE.test(file)) {
    throw new StoreError(`${file}: the server at ${run.url} (pid ${run.pid}) holds the store, and its upload takes only .csv, .json, .jsonl, .tsv or .txt files (optionally .gz)`, "unzip it first, or stop the server and run the ingest again");
  }
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (cause) {
    throw new InputError(`cannot read the file: ${(cause as NodeJS.ErrnoException).code ?? "unknown error"}`, { file }, "check the path and its permissions", { cause });
  }
  const { dataset, covers, raw } = opts;
  const query = new URLSearchParams({ filename: uploadName(file), ...(dataset ? { dataset } : {}), ...(covers ? { covers } : {}), ...(raw ? { raw } : {}) });
  const res = await fetchServer(run, `/api/ingest?${query.toString()}`, {
    method: "POST",
    // The server says a refusal in the reader's language, as the local ingest would.
    headers: { Authorization: `Bearer ${run.secret}`, "Content-Type": "application/octet-stream", "Content-Length": String(size), "Accept-Language": opts.lang ?? "en" },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
    duplex: "half",
  });
  const body = (await res.json().catch(() => ({}))) as { summary?: IngestSummary; error?: { message?: string; hint?: string; name?: string } };
  if (res.status !== 200 || !body.summary) {
    const e = errorFromServer(res.status, body, run);
    throw e instanceof InputError ? new InputError(e.message, { file }, e.hint, { cause: e }) : e;
  }
  return { ...body.summary, file };
}

/** Ingests `files` through the server, printing each accounting line as it comes (or JSON at the end). */
export async function ingestThroughServer(
  run: RunFile,
  files: string[],
  opts: { dataset?: string; datasetVersion?: string; covers?: string; raw?: string; lang?: string; json?: boolean },
  out: (line: string) => void,
  format: (s: IngestSummary) => string,
): Promise<IngestSummary[]> {
  if (opts.datasetVersion !== undefined) throw heldByServer(run);
  const summaries: IngestSummary[] = [];
  for (const file of files) {
    const s = await sendFile(run, file, opts);
    summaries.push(s);
    if (!opts.json) out(format(s));
  }
  if (opts.json) out(JSON.stringify(summaries, null, 2));
  return summaries;
}
