/**
 * The new events of a batch as ClickHouse reads them: one COPY, in which DuckDB writes them as TabSeparated text
 * into a named pipe (no file on disk), which send.ts cuts into bounded inserts at line ends. TabSeparated escapes
 * tabs and line breaks inside values, so every event is one line; ClickHouse parses it faster than JSON lines (no
 * key to match per field). Uncompressed: DuckDB's gzip writer took nearly three quarters of the whole ingest.
 * (The Debian ClickHouse, 18.16, reads no Parquet.)
 */
import { execFileSync } from "node:child_process";
import { closeSync, constants, openSync } from "node:fs";
import { MAPPED_FOR_EXPORT } from "../shared/index.ts";
import { sqlString } from "../../sql.ts";
import { EVENT_COLUMNS } from "./migrations.ts";

/** A list of strings as a ClickHouse array literal, ['a','b'], with quotes and backslashes escaped. */
export const chArray = (col: string) => `'[' || array_to_string(list_transform(${col}, x -> '''' || replace(replace(x, '\\', '\\\\'), '''', '\\''') || ''''), ',') || ']'`;

/** A text as a TabSeparated field: backslashes, tabs and line breaks escaped (NULL stays NULL, written \N). */
export const tsvText = (col: string) => `replace(replace(replace(replace(CAST(${col} AS VARCHAR), '\\', '\\\\'), chr(9), '\\t'), chr(10), '\\n'), chr(13), '\\r')`;

function field(name: string, type: string): string {
  if (type.startsWith("Array")) return `${chArray(name)} AS ${name}`;
  if (/String/.test(type)) return `${tsvText(name)} AS ${name}`;
  return name;
}

/** The COPY that writes the new events to `target` as TabSeparated lines, in the events table's column order. */
export const exportSql = (target: string) =>
  `COPY (SELECT ${EVENT_COLUMNS.map(([n, t]) => field(n, t)).join(", ")} FROM (${MAPPED_FOR_EXPORT}))
   TO ${sqlString(target)} (FORMAT csv, HEADER false, DELIM '\t', QUOTE '', ESCAPE '', NULLSTR '\\N', USE_TMP_FILE false)`;

/** Makes a named pipe at `path` (mkfifo). */
export function makePipe(path: string): void {
  execFileSync("mkfifo", ["-m", "600", path]);
}

/**
 * Lets a reader blocked opening the pipe go on, to the end of its data: what a writer that failed before opening
 * it leaves. Opens it for writing without waiting, while a reader is there, and closes it at once.
 */
export async function releasePipe(path: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
      return;
    } catch (e) {
      // ENXIO: no reader has opened it yet; anything else (it is gone): nobody waits on it.
      if ((e as NodeJS.ErrnoException).code !== "ENXIO") return;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}
