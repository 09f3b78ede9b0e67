/**
 * The foundation's benchmark: ingest against raw DuckDB read_csv on the same file, and compare/series
 * latency against the equivalent hand-written SQL on the same table, all in one run.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { CountingRule, compareInStore, seriesInStore } from "../src/analysis/counting/index.ts";
import { parsePeriod } from "../src/periods/index.ts";
import { DuckDBStore } from "../src/store/duckdb/index.ts";
import { syntheticGed } from "./synthetic.ts";
import { timeIt } from "./timing.ts";
import { bytesUnder } from "./report-parts.ts";
import { ingestFile } from "../src/ingest/index.ts";

export interface BenchRow {
  name: string;
  rows: number;
  ours_ms: number;
  baseline: string;
  baseline_ms: number;
  ratio: number;
  target?: string;
  /** What ours_ms and baseline_ms hold when not milliseconds. */
  unit?: "bytes";
}

export async function runCoreBench(rows: number, workDir: string, log: (s: string) => void): Promise<BenchRow[]> {
  const csv = await syntheticGed(join(workDir, `ged-${rows}.csv`), rows);
  log(`synthetic GED file: ${csv}`);
  const rawDb = join(workDir, `raw-${rows}.duckdb`);
  const ourDb = join(workDir, `ours-${rows}.duckdb`);
  for (const f of [rawDb, `${rawDb}.wal`, ourDb, `${ourDb}.wal`, `${ourDb}.raw`]) rmSync(f, { force: true, recursive: true });

  const raw = await DuckDBInstance.create(rawDb);
  const rc = await raw.connect();
  let t = performance.now();
  await rc.run(`CREATE TABLE raw AS SELECT * FROM read_csv($f)`, { f: csv });
  await rc.run("CHECKPOINT");
  const rawIngest = performance.now() - t;
  rc.closeSync();
  raw.closeSync();
  log(`raw read_csv: ${rawIngest.toFixed(0)} ms`);

  const store = await DuckDBStore.open(ourDb);
  t = performance.now();
  const summary = await ingestFile(store, { file: csv });
  await store.connection.run("CHECKPOINT");
  const ourIngest = performance.now() - t;
  log(`resurgence ingest: ${ourIngest.toFixed(0)} ms (${summary.loaded} loaded)`);

  const rule = CountingRule.parse({});
  const a = parsePeriod("2014");
  const b = parsePeriod("2012..2013");
  const q = { actorIds: ["is"], countries: ["SYR", "IRQ"], a, b, rule };
  const oursCompare = await timeIt(() => compareInStore(store, q), 15);
  const hand = async () => {
    for (const p of [a, b]) {
      await store.connection.runAndReadAll(
        `SELECT country_iso3, count(*), sum(deaths_best) FROM events WHERE dataset = 'ucdp-ged' AND list_has_any(list_concat(side_a_actor_ids, side_b_actor_ids), ['is'])
         AND country_iso3 IN ('SYR', 'IRQ') AND date_start BETWEEN '${p.start}' AND '${p.end}' GROUP BY 1`,
      );
    }
    await store.connection.runAndReadAll(`SELECT dataset, dataset_version, country_iso3, count(*), min(date_start), max(date_start) FROM events GROUP BY ALL`);
  };
  const handCompare = await timeIt(hand, 15);
  const sq = { actorIds: ["is"], countries: ["SYR", "IRQ"], start: "1989-01-01", end: "2023-12-31", by: "month" as const, rule };
  const oursSeries = await timeIt(() => seriesInStore(store, sq), 15);
  const handSeries = await timeIt(
    () =>
      store.connection.runAndReadAll(
        `SELECT strftime(date_start, '%Y-%m'), count(*), sum(deaths_best) FROM events WHERE dataset = 'ucdp-ged' AND list_has_any(list_concat(side_a_actor_ids, side_b_actor_ids), ['is'])
         AND country_iso3 IN ('SYR', 'IRQ') AND date_start BETWEEN '1989-01-01' AND '2023-12-31' GROUP BY 1 ORDER BY 1`,
      ),
    15,
  );
  await store.close();
  // What the store keeps, against the file it came from: the DuckDB file and the batches' raw files beside it.
  const sourceBytes = statSync(csv).size;
  const storeBytes = statSync(ourDb).size + bytesUnder(`${ourDb}.raw`);
  log(`store ${(storeBytes / 1e6).toFixed(0)} MB (DuckDB file and raw files) for a ${(sourceBytes / 1e6).toFixed(0)} MB CSV`);
  return [
    { name: "ingest (GED CSV)", rows, ours_ms: ourIngest, baseline: "DuckDB read_csv into a table", baseline_ms: rawIngest, ratio: ourIngest / rawIngest, target: "≤1.3" },
    { name: "store size (DuckDB file + raw files)", rows, ours_ms: storeBytes, baseline: "source CSV", baseline_ms: sourceBytes, ratio: storeBytes / sourceBytes, unit: "bytes" },
    { name: "compare (2 countries, 2 periods)", rows, ours_ms: oursCompare, baseline: "hand-written SQL", baseline_ms: handCompare, ratio: oursCompare / handCompare, target: "≤1.3" },
    { name: "series (monthly, 35 years)", rows, ours_ms: oursSeries, baseline: "hand-written SQL", baseline_ms: handSeries, ratio: oursSeries / handSeries, target: "≤1.3" },
  ];
}
