/**
 * Opening the DuckDB file: checking it is one, creating its folder, applying migrations, and mapping DuckDB's
 * own errors (a locked file, a newer schema, a read-only file, a full disk) to StoreError with a way out.
 *
 * A path that holds some other file (a CSV given as --db by swapped arguments) is refused before DuckDB sees it:
 * DuckDB would otherwise open it as something else and the ingest would land in memory, gone at exit. A read
 * (`mustExist`) never creates a store at a mistyped path, and opens a file it may not write read-only.
 */
import { defaultMemoryLimit } from "../shared/index.ts";
import { accessSync, closeSync, constants, mkdirSync, openSync, readSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { StoreError, UsageError } from "../../errors.ts";
import { words, wordsError } from "../../messages/words.ts";
import { LATEST, migrations } from "./migrations.ts";
import { isPermissionDenied, storeFailure } from "./failure.ts";

export interface Opened {
  instance: DuckDBInstance;
  connection: DuckDBConnection;
  readOnly: boolean;
}

export interface OpenMode {
  /** Refuse a path where no store exists yet instead of creating one (every read command). */
  mustExist?: boolean;
  /** DuckDB's buffer memory (default: defaultMemoryLimit()). */
  memoryLimit?: string;
}


/** A DuckDB database file holds "DUCK" at bytes 8..11 (after an 8-byte checksum). */
const MAGIC = "DUCK";

/** What the first bytes say a file is, for the message that refuses it as a store. */
function describe(head: Buffer): string {
  if (head[0] === 0x1f && head[1] === 0x8b) return "a gzip file";
  if (head.readUInt32LE(0) === 0x04034b50) return "a zip archive";
  const text = head.toString("utf8").replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("{") || text.startsWith("[")) return "a JSON file";
  if (/^[\x20-\x7e\t\r\n]+$/.test(text)) return "a text file (CSV?)";
  return "not a DuckDB database";
}

/** Refuses an existing file that is not a DuckDB database; returns whether the path exists. */
function checkIsDuckDB(path: string): boolean {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UsageError(`the store path ${path} is a folder, not a DuckDB file`, "give --db (or RESURGENCE_DB) a file path such as data/resurgence.duckdb");
    size = st.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    return false;
  }
  // An empty file is what `touch` leaves: DuckDB makes a store of it.
  if (size === 0) return true;
  const head = Buffer.alloc(16);
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    readSync(fd, head, 0, 16, 0);
  } catch {
    // Unreadable: DuckDB's own open names the cause (permission denied) below.
    return true;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (head.subarray(8, 12).toString("latin1") !== MAGIC) {
    throw new UsageError(
      `the store path ${path} (--db or RESURGENCE_DB) is ${describe(head)}, not a DuckDB store`,
      "the store comes first and the files after: resurgence --db data/resurgence.duckdb ingest FILE",
    );
  }
  return true;
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens (or, unless `mustExist`, creates) the store at `path` and brings its schema up to date.
 *
 * @throws UsageError (exit 2) when the path holds a file that is not a DuckDB database;
 *   StoreError (exit 5) when no store exists at a read's path, or DuckDB cannot open it.
 */
export async function openDuckDB(path: string, mode: OpenMode = {}): Promise<Opened> {
  if (path === ":memory:") return connectAndMigrate(await DuckDBInstance.create(path), path, false);
  const exists = checkIsDuckDB(path);
  if (!exists && mode.mustExist) {
    throw wordsError(StoreError, words("noStore", path), words("noStoreHint"));
  }
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (cause) {
    throw storeFailure(cause, words("cannotCreateFolder", dirname(path)));
  }
  // A read of a file (or folder) this user may not write opens it read-only rather than failing.
  const readOnly = exists && mode.mustExist === true && (!writable(path) || !writable(dirname(path)));
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, { memory_limit: mode.memoryLimit ?? defaultMemoryLimit(), ...(readOnly ? { access_mode: "READ_ONLY" } : {}) });
  } catch (cause) {
    const msg = String((cause as Error).message ?? cause);
    // DuckDB says "Could not set lock on file …: Conflicting lock is held"; the path itself may hold "lock".
    if (/could not set lock|conflicting lock/i.test(msg) && !isPermissionDenied(cause)) {
      throw wordsError(StoreError, words("storeLocked", path, msg.split("\n")[0] ?? ""), words("storeLockedHint"), cause);
    }
    throw storeFailure(cause, words("cannotOpenStore", path));
  }
  return connectAndMigrate(instance, path, readOnly);
}

async function connectAndMigrate(instance: DuckDBInstance, path: string, readOnly: boolean): Promise<Opened> {
  const connection = await instance.connect();
  try {
    await migrate(connection, path, readOnly);
  } catch (e) {
    connection.closeSync();
    instance.closeSync();
    throw e;
  }
  return { instance, connection, readOnly };
}

async function migrate(c: DuckDBConnection, path: string, readOnly: boolean): Promise<void> {
  if (!readOnly) await c.run(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)`);
  const reader = await c.runAndReadAll(`SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations`);
  const current = Number(reader.getRowObjectsJS()[0]?.v ?? 0);
  if (current > LATEST) {
    throw new StoreError(`the store ${path} has schema version ${current}, newer than this resurgence knows (${LATEST})`, "upgrade resurgence");
  }
  const pending = migrations.filter((x) => x.version > current);
  if (readOnly && pending.length > 0) {
    throw new StoreError(`the store ${path} is read-only and has schema version ${current}, older than this resurgence's (${LATEST})`, "open it once where it may be written, so it is brought up to date");
  }
  for (const m of pending) {
    await c.run("BEGIN TRANSACTION");
    try {
      for (const stmt of m.sql) await c.run(stmt);
      await c.run(`INSERT INTO schema_migrations VALUES ($v, $n, now()::TIMESTAMP)`, { v: m.version, n: m.name });
      await c.run("COMMIT");
    } catch (cause) {
      await c.run("ROLLBACK").catch(() => undefined);
      throw storeFailure(cause, words("migrationFailed", String(m.version), m.name, path), words("storeLeftHint"));
    }
  }
}
