/**
 * Opening the DuckDB file: creating its folder, applying migrations, and mapping DuckDB's own errors (a
 * locked file, a newer schema) to StoreError with a way out.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { StoreError } from "../../errors.ts";
import { LATEST, migrations } from "./migrations.ts";

export interface Opened {
  instance: DuckDBInstance;
  connection: DuckDBConnection;
}

export async function openDuckDB(path: string): Promise<Opened> {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path);
  } catch (cause) {
    const msg = String((cause as Error).message ?? cause);
    const hint = /lock/i.test(msg)
      ? "another resurgence process has the store open; stop it or use --db to pick another file"
      : "check the --db path, or delete the file to start afresh";
    throw new StoreError(`cannot open the DuckDB store ${path}: ${msg.split("\n")[0]}`, hint, { cause });
  }
  const connection = await instance.connect();
  await migrate(connection, path);
  return { instance, connection };
}

async function migrate(c: DuckDBConnection, path: string): Promise<void> {
  await c.run(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)`);
  const reader = await c.runAndReadAll(`SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations`);
  const current = Number(reader.getRowObjectsJS()[0]?.v ?? 0);
  if (current > LATEST) {
    throw new StoreError(`the store ${path} has schema version ${current}, newer than this resurgence knows (${LATEST})`, "upgrade resurgence");
  }
  for (const m of migrations.filter((x) => x.version > current)) {
    await c.run("BEGIN TRANSACTION");
    try {
      for (const stmt of m.sql) await c.run(stmt);
      await c.run(`INSERT INTO schema_migrations VALUES ($v, $n, now()::TIMESTAMP)`, { v: m.version, n: m.name });
      await c.run("COMMIT");
    } catch (cause) {
      await c.run("ROLLBACK");
      throw new StoreError(`migration ${m.version} (${m.name}) failed on ${path}`, "the store was left as it was", { cause });
    }
  }
}
