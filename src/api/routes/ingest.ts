/**
 * Ingest over HTTP: the file is the raw request body (streamed to a temporary file, capped at
 * limits.maxUploadBytes), its name in `?filename=`. Token-protected: the token is checked before a single
 * byte of the body is read.
 *
 * The batch, its rejects and every message name the upload as its client named it, never the server's temporary
 * path. The temporary folder is removed when the request ends, however it ends; one left by a server that was
 * killed mid-upload (its name carries the server's process id) is removed when the next server starts.
 */
import { createWriteStream, readdirSync, rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { basename, join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { z } from "zod";
import { apiTokenFrom } from "../../config.ts";
import { aboutFile, InputError, UsageError } from "../../errors.ts";
import { parseQuery } from "../params/query.ts";
import type { RouteGroup } from "../route.ts";
import { PayloadTooLarge, requireToken } from "../security.ts";
import { ingestFile, parseCovers, RAW_FORMS } from "../../ingest/index.ts";

function capped(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > max) done(new PayloadTooLarge(`upload larger than ${max} bytes`, "split the file or raise the server's upload limit"));
      else done(null, chunk);
    },
  });
}

const UPLOAD_PREFIX = "resurgence-upload-";

/** Removes upload folders left by servers that are no longer running (killed mid-upload). */
function removeOrphanedUploads(tmp: string): void {
  let names: string[];
  try {
    names = readdirSync(tmp);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^resurgence-upload-(\d+)-/.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    rmSync(join(tmp, name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export const ingestRoutes: RouteGroup = (deps) => {
  const Query = z.strictObject({
    filename: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.(csv|json|jsonl|tsv|txt)(\.gz)?$/i, "expected a plain file name ending .csv, .json, .tsv or .txt, optionally .gz")
      .describe("the file's name; its extension tells the reader the format"),
    dataset: z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/).optional().describe("force a dataset instead of detecting it"),
    covers: z.string().max(40).optional().describe("the days the file covers, e.g. 2010-01-01..2010-12-31 (default: each country's first to last event, inferred)"),
    raw: z.enum(RAW_FORMS).optional().describe("how a plain CSV file's rows are kept: delivered (as sent: the fastest ingest; the store takes its size again) or parquet (about a tenth of that)"),
  });
  return {
    capability: "ingest",
    specs: [
      {
        method: "post",
        path: "/api/ingest",
        summary: "Load a file into the store, all or nothing; answers the accounting line (read = loaded + duplicates + quarantined)",
        tags: ["write"],
        query: Query,
        body: { contentType: "application/octet-stream", description: `the file's bytes, at most ${deps.limits.maxUploadBytes} bytes` },
        auth: true,
      },
    ],
    mount(app) {
      removeOrphanedUploads(deps.tmpDir);
      app.post("/api/ingest", requireToken(apiTokenFrom(deps.config), deps.localToken), async (c) => {
        const q = parseQuery(c, Query);
        const covers = q.covers === undefined ? undefined : parseCovers(q.covers);
        const declared = Number(c.req.header("content-length") ?? NaN);
        if (declared > deps.limits.maxUploadBytes) throw new PayloadTooLarge(`upload larger than ${deps.limits.maxUploadBytes} bytes`);
        const body = c.req.raw.body;
        if (!body) throw new UsageError("the request has no body", "send the file's bytes as the body");
        const dir = await mkdtemp(join(deps.tmpDir, `${UPLOAD_PREFIX}${process.pid}-`));
        try {
          const file = join(dir, q.filename);
          await pipeline(Readable.fromWeb(body as NodeReadableStream<Uint8Array>), capped(deps.limits.maxUploadBytes), createWriteStream(file));
          let summary;
          try {
            summary = await ingestFile(deps.store, { file, displayName: q.filename, dataset: q.dataset, ...(covers ? { covers } : {}), ...(q.raw ? { raw: q.raw } : {}) }, { registry: deps.registry, now: deps.now });
          } catch (e) {
            // Bad input is named as the client named it.
            if (e instanceof InputError && e.where.file === file) throw aboutFile(e, q.filename);
            throw e;
          }
          deps.answerer.clear();
          deps.log(`ingest: ${q.filename}: read ${summary.read}, loaded ${summary.loaded}, duplicates ${summary.duplicates}, quarantined ${summary.quarantined}`);
          // The rejects file is on the server: its name says where `resurgence rejects` finds the rows, not a path.
          const rejectsFile = summary.rejectsFile ? basename(summary.rejectsFile) : undefined;
          return c.json({ summary: { ...summary, file: q.filename, rejectsFile } });
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      });
    },
  };
};
