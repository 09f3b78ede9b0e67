/**
 * GDELT 2.0's 15-minute export files, fetched and ingested since the last one loaded. The source is either a
 * list in GDELT's own format (`lastupdate.txt` or `masterfilelist.txt`: "<size> <md5> <url>" per line) at a URL,
 * or a local directory of `*.export.CSV.zip` files. Files are taken in time order after the cursor (the
 * timestamp of the last file loaded, kept in the watch state); each download is checked against the list's
 * size and MD5 before it is ingested, and a file that fails stops the run there, so the next run resumes at it.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Registry } from "../actors/index.ts";
import { UpstreamError } from "../errors.ts";
import { ingestFile, type IngestSummary } from "../ingest/index.ts";
import type { Store } from "../store/index.ts";

export interface GdeltFile {
  /** YYYYMMDDHHMMSS, from the file name. */
  stamp: string;
  url: string;
  size?: number;
  md5?: string;
}

const EXPORT = /(\d{14})\.export\.CSV\.zip$/i;

/** The export files a GDELT list names (mentions and GKG files are left out), oldest first. */
export function parseFileList(text: string): GdeltFile[] {
  const out: GdeltFile[] = [];
  for (const line of text.split(/\r?\n/)) {
    const [size, md5, url] = line.trim().split(/\s+/);
    const m = url ? EXPORT.exec(url) : null;
    if (m?.[1] && url) out.push({ stamp: m[1], url, size: Number(size), md5 });
  }
  return out.sort((a, b) => a.stamp.localeCompare(b.stamp));
}

export interface GdeltSyncDeps {
  store: Store;
  registry: Registry;
  now: () => Date;
  fetch: typeof globalThis.fetch;
  /** Downloads go here (`gdelt/` in the sync folder beside the store). */
  cacheRoot: string;
}

export interface GdeltSyncReport {
  files: number;
  cursor: string | undefined;
  ingested: IngestSummary[];
}

async function listFiles(source: { url?: string; dir?: string }, fetch: typeof globalThis.fetch): Promise<GdeltFile[]> {
  if (source.dir) {
    const dir = source.dir;
    return readdirSync(dir)
      .filter((f) => EXPORT.test(f))
      .map((f) => ({ stamp: EXPORT.exec(f)![1]!, url: join(dir, f) }))
      .sort((a, b) => a.stamp.localeCompare(b.stamp));
  }
  const res = await fetch(source.url!);
  if (!res.ok) throw new UpstreamError(`GDELT's file list ${source.url} answered HTTP ${res.status}`);
  return parseFileList(await res.text());
}

async function download(f: GdeltFile, dir: string, fetch: typeof globalThis.fetch): Promise<string> {
  const res = await fetch(f.url);
  if (!res.ok) throw new UpstreamError(`GDELT file ${f.url} answered HTTP ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  if (f.size !== undefined && Number.isFinite(f.size) && body.length !== f.size) throw new UpstreamError(`GDELT file ${f.url} has ${body.length} bytes, the list says ${f.size}`);
  if (f.md5 && createHash("md5").update(body).digest("hex") !== f.md5.toLowerCase()) throw new UpstreamError(`GDELT file ${f.url} does not match the list's MD5`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, basename(new URL(f.url).pathname));
  writeFileSync(path, body);
  return path;
}

/** Ingests every export file after `cursor`; returns the new cursor (the last file loaded). */
export async function syncGdelt(source: { url?: string; dir?: string }, cursor: string | undefined, deps: GdeltSyncDeps): Promise<GdeltSyncReport> {
  const files = (await listFiles(source, deps.fetch)).filter((f) => cursor === undefined || f.stamp > cursor);
  const ingested: IngestSummary[] = [];
  let at = cursor;
  for (const f of files) {
    const path = source.dir ? f.url : await download(f, join(deps.cacheRoot, "gdelt"), deps.fetch);
    ingested.push(await ingestFile(deps.store, { file: path }, { registry: deps.registry, now: deps.now }));
    at = f.stamp;
  }
  return { files: files.length, cursor: at, ingested };
}
