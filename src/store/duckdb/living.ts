/**
 * Re-importing a living dataset (ACLED): before the new rows are inserted, events the store holds in an older
 * revision are removed (the file's newer row then loads in their place), and events the export no longer
 * has are removed — but only within each country's dates the export covers, so an export of one country or
 * one year never deletes anything outside it.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { rows } from "../shared/index.ts";

export interface LivingChanges {
  updated: number;
  removed: number;
}

async function count(c: DuckDBConnection): Promise<number> {
  return Number((await rows(c, `SELECT count(*) AS n FROM events`))[0]?.n ?? 0);
}

export async function applyLivingChanges(c: DuckDBConnection, dataset: string): Promise<LivingChanges> {
  let before = await count(c);
  await c.run(
    `DELETE FROM events e USING (SELECT id, max(source_version) AS v FROM mapped WHERE reason IS NULL GROUP BY id) m
     WHERE e.id = m.id AND e.dataset = $d AND COALESCE(e.source_version, -1) < COALESCE(m.v, -1)`,
    { d: dataset },
  );
  const updated = before - (await count(c));
  before = await count(c);
  await c.run(
    `DELETE FROM events e
     WHERE e.dataset = $d
       AND EXISTS (
         SELECT 1 FROM (SELECT country_iso3, min(date_start) AS lo, max(date_start) AS hi FROM mapped WHERE reason IS NULL GROUP BY country_iso3) s
         WHERE s.country_iso3 = e.country_iso3 AND e.date_start BETWEEN s.lo AND s.hi
       )
       AND NOT EXISTS (SELECT 1 FROM mapped m WHERE m.id = e.id)`,
    { d: dataset },
  );
  return { updated, removed: before - (await count(c)) };
}
