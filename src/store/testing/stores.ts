/** The three stores the conformance suite runs against, each opened fresh with its own clock and temp dirs. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ClickHouseStore } from "../clickhouse/index.ts";
import { DuckDBStore } from "../duckdb/index.ts";
import type { Store } from "../store.ts";
import { uniqueDb, type TestCluster } from "./test-cluster.ts";

export interface StoreKind {
  name: "duckdb" | "clickhouse-1-node" | "clickhouse-2-shards";
  open(now?: () => Date): Promise<{ store: Store; cleanup: () => Promise<void> }>;
}

export function storeKinds(cluster: TestCluster | undefined): StoreKind[] {
  const duck: StoreKind = {
    name: "duckdb",
    async open(now) {
      const dir = mkdtempSync(join(tmpdir(), "resurgence-conf-"));
      const store = await DuckDBStore.open(join(dir, "conformance.duckdb"), now ? { now } : {});
      return { store, cleanup: () => store.close() };
    },
  };
  if (!cluster) return [duck];
  const ch = (name: StoreKind["name"], url: (db: string) => string): StoreKind => ({
    name,
    async open(now) {
      const db = uniqueDb("conformance");
      const rejectsDir = mkdtempSync(join(tmpdir(), "resurgence-conf-rejects-"));
      const store = await ClickHouseStore.open(url(db), { rejectsDir, ...(now ? { now } : {}) });
      return {
        store,
        cleanup: async () => {
          await store.close();
          await cluster.drop(db);
        },
      };
    },
  });
  return [duck, ch("clickhouse-1-node", cluster.single), ch("clickhouse-2-shards", cluster.sharded)];
}
