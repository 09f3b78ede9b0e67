/**
 * Run by disk-full.test.ts inside a private mount namespace where `dir` is a small tmpfs: fills the disk, ingests
 * through one store (as a server would), frees the space and ingests again on the same store. Prints one JSON line.
 */
import { rmSync, statfsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isResurgenceError } from "../../../src/errors.ts";
import { ingestFile } from "../../../src/ingest/index.ts";
import { DuckDBStore } from "../../../src/store/duckdb/index.ts";
import { EventFilter } from "../../../src/store/index.ts";

const all = EventFilter.parse({});

const [dir, small, big] = process.argv.slice(2) as [string, string, string];
const store = await DuckDBStore.open(join(dir, "store.duckdb"));
const first = await ingestFile(store, { file: small });
const filler = join(dir, "filler");
// Leave less room than the big file's batch needs, whatever the first batch took.
const free = statfsSync(dir);
writeFileSync(filler, Buffer.alloc(Math.max(0, free.bavail * free.bsize - Number(process.env.LEAVE_BYTES))));
let failure: Record<string, unknown> = {};
try {
  await ingestFile(store, { file: big });
} catch (e) {
  failure = { name: (e as Error).name, exitCode: isResurgenceError(e) ? e.exitCode : undefined, message: (e as Error).message, hint: isResurgenceError(e) ? e.hint : undefined };
}
const between = (await store.count({ filter: all })).reduce((n, r) => n + r.events, 0);
rmSync(filler);
const after = await ingestFile(store, { file: big });
const total = (await store.count({ filter: all })).reduce((n, r) => n + r.events, 0);
await store.close();
console.log(JSON.stringify({ first: first.loaded, failure, between, after: after.loaded, total }));
