/**
 * The demo store the API, report and e2e tests share: a temporary DuckDB loaded with the same bundled real
 * UCDP files and reported-figures ledger `npm start` loads, so their numbers are the numbers a user sees.
 */
import { rmSync } from "node:fs";
import { bundledRegistry } from "../../../src/actors/index.ts";
import { DEMO_FILES, DEMO_LEDGER } from "../../../src/cli/commands/demo.ts";
import { importLedger } from "../../../src/reported/index.ts";
import type { DuckDBStore } from "../../../src/store/index.ts";
import { tempStore } from "../../helpers/store.ts";
import { ingestFile } from "../../../src/ingest/index.ts";

export interface DemoStore {
  store: DuckDBStore;
  dir: string;
  close(): Promise<void>;
}

export async function demoStore(): Promise<DemoStore> {
  const { store, dir } = await tempStore(() => new Date("2026-01-01T00:00:00Z"));
  for (const file of DEMO_FILES) await ingestFile(store, { file });
  await store.addReported(importLedger(DEMO_LEDGER, bundledRegistry(), "is"));
  return {
    store,
    dir,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
