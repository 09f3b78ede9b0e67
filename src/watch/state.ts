/**
 * What the watch has sent, kept in a JSON file beside the store: the notices (newest first, the last 500),
 * each with the time it was sent, and where each source's last sync stopped. A notice whose id is here is
 * never sent again; the Atom feed is these.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import { InputError } from "../errors.ts";
import { parseStoreSpec } from "../store/index.ts";
import type { Notice } from "./notices.ts";

export interface SentNotice {
  notice: Notice;
  sent_at: string;
}

const StateFile = z.object({
  version: z.literal(1),
  sent: z.array(z.object({ notice: z.custom<Notice>((v) => typeof v === "object" && v !== null && typeof (v as Notice).id === "string"), sent_at: z.string() })),
  /** Per source, where the last sync stopped (GDELT: the last file's timestamp). */
  cursors: z.record(z.string(), z.string()).default({}),
});

export interface WatchState {
  sent: SentNotice[];
  cursors: Record<string, string>;
}

export const KEEP = 500;

/** `watch-state.json` beside a DuckDB store; ./data/watch-state.json for a server store. */
export function statePath(db: string): string {
  const spec = parseStoreSpec(db);
  return spec.kind === "duckdb" && spec.path !== ":memory:" ? join(dirname(spec.path), "watch-state.json") : join("data", "watch-state.json");
}

/** The notices sent, newest first (what the feed shows). */
export function readState(path: string): SentNotice[] {
  return loadState(path).sent;
}

export function loadState(path: string): WatchState {
  if (!existsSync(path)) return { sent: [], cursors: {} };
  const parsed = StateFile.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new InputError(`${path} is not a watch state file: ${parsed.error.issues[0]?.message}`, { file: path }, "move it away; the next run starts afresh and may resend notices");
  return { sent: parsed.data.sent, cursors: parsed.data.cursors };
}

/** Writes the state atomically (a temporary file renamed over the old one). */
export function writeState(path: string, state: WatchState): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, `${JSON.stringify({ version: 1, sent: state.sent.slice(0, KEEP), cursors: state.cursors }, null, 2)}\n`);
  renameSync(tmp, path);
}
