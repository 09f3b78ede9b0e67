/**
 * The run file a server leaves beside its DuckDB store (`<store>.server.json`): its URL, its pid and a random
 * secret for this run, readable only by the user (mode 0600), removed when it stops. DuckDB lets one process
 * hold a file, so a CLI that finds a live server here asks it instead of opening the store; a run file whose
 * pid is dead (a killed server) is ignored.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { parseStoreSpec } from "../store/index.ts";

export const RunFile = z.object({ url: z.string().url(), pid: z.number().int().positive(), secret: z.string().min(32) });
export type RunFile = z.infer<typeof RunFile>;

/** The run file's path for a store, or null for a store no run file describes (ClickHouse, memory). */
export function runFilePath(db: string): string | null {
  const spec = parseStoreSpec(db);
  return spec.kind === "duckdb" && spec.path !== ":memory:" ? `${spec.path}.server.json` : null;
}

/** A fresh secret for one run of a server: the token its own user's CLI writes with. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** Writes the run file, replacing a stale one; created 0600 so only the user can read the secret. */
export function writeRunFile(path: string, run: RunFile): void {
  rmSync(path, { force: true });
  writeFileSync(path, JSON.stringify(run) + "\n", { mode: 0o600, flag: "wx" });
}

/** Removes the run file if it is still this run's (a later server may have replaced it). */
export function removeRunFile(path: string, secret: string): void {
  try {
    if (RunFile.parse(JSON.parse(readFileSync(path, "utf8"))).secret === secret) rmSync(path, { force: true });
  } catch {
    // Gone already or unreadable: nothing of ours to remove.
  }
}

/** True when a process with this pid exists (EPERM: it exists, owned by someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The live server described beside the store, or null (no run file, a stale or unreadable one). */
export function liveServer(db: string, alive: (pid: number) => boolean = isAlive): RunFile | null {
  const path = runFilePath(db);
  if (!path) return null;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return null;
  }
  const parsed = RunFile.safeParse((() => {
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  })());
  return parsed.success && alive(parsed.data.pid) ? parsed.data : null;
}
