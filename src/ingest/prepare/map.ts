/**
 * Mapping staged rows to canonical events inside DuckDB: the layout's checks decide each row's quarantine
 * reason (first failing rule wins), its SQL mapping builds the canonical columns, and the JS-resolved side and
 * country names are joined in, into the temp view `mapped` a store then writes from (store/shared/mapped.ts).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { reasonSql, type Layout } from "../../sources/index.ts";
import { rows } from "../../store/index.ts";
import type { Resolutions } from "../resolution.ts";
import { sqlString } from "../../sql.ts";

export async function loadResolutions(c: DuckDBConnection, res: Resolutions): Promise<void> {
  await c.run(`DROP TABLE IF EXISTS side_map`);
  await c.run(`DROP TABLE IF EXISTS country_map`);
  await c.run(
    `CREATE TEMP TABLE side_map AS SELECT j->>'name' AS name, from_json(j->'ids', '["VARCHAR"]') AS ids
     FROM (SELECT unnest(from_json($p, '["JSON"]')) AS j)`,
    { p: JSON.stringify(res.sides) },
  );
  await c.run(
    `CREATE TEMP TABLE country_map AS SELECT j->>'name' AS name, j->>'iso3' AS iso3
     FROM (SELECT unnest(from_json($p, '["JSON"]')) AS j)`,
    { p: JSON.stringify(res.countries) },
  );
}

/** Distinct side and country names of the staged rows, for resolution in JS. */
export async function distinctNames(c: DuckDBConnection): Promise<{ sides: string[]; countries: string[] }> {
  const sides = await rows(c, `SELECT DISTINCT v FROM (SELECT side_a AS v FROM staged UNION SELECT side_b FROM staged) WHERE v IS NOT NULL`);
  // A file's own codes are resolved too, so a code that is no country (XXX) can be told from one that is.
  const countries = await rows(c, `SELECT DISTINCT v FROM (SELECT country_name AS v FROM staged UNION SELECT UPPER(file_iso3) FROM staged) WHERE v IS NOT NULL`);
  return { sides: sides.map((r) => String(r.v)), countries: countries.map((r) => String(r.v)) };
}

function checksSql(layout: Layout): string {
  if (layout.checks.length === 0) return "NULL";
  return `CASE ${layout.checks.map((ch) => `WHEN ${ch.when} THEN ${ch.reason}`).join(" ")} END`;
}

/**
 * The one pass over the file: every record's skip flag, quarantine reason, canonical columns (names still
 * unresolved) and record number (`opts.rec`: 0-based, in file order), from the reader's output `s` into the temp
 * table `staged`; the words (WORD_COLUMNS) only when `opts.words`. The raw row is not copied: it stays in the batch's raw file (stage.ts). `opts.reason` (SQL, NULL
 * when fine) is checked before the layout's rules; `opts.keep` adds columns of `s` as they are.
 */
export function stagedSelect(layout: Layout, source: string, opts: { rec: string; reason?: string; keep?: string; words: boolean }): string {
  const m = layout.mapping;
  const reason = opts.reason ? `COALESCE(${opts.reason}, ${checksSql(layout)})` : checksSql(layout);
  // Words the store does not keep are not mapped; the names resolution and the checks need are, always.
  const word = (sql: string) => (opts.words ? sql : "NULL::VARCHAR");
  return `SELECT ${opts.rec} AS rec, ${layout.skipWhen ? `COALESCE(${layout.skipWhen}, false)` : "false"} AS skip,
       ${reason} AS reason,
       $dataset || ':' || ${m.source_event_id} AS id,
       ${word(m.source_event_id)} AS source_event_id,
       ${m.date_start} AS date_start, ${m.date_end} AS date_end, ${m.date_precision} AS date_precision,
       ${m.country_iso3 ?? "NULL::VARCHAR"} AS file_iso3, ${m.country_name} AS country_name,
       ${m.admin1} AS admin1, ${word(m.admin2)} AS admin2, ${word(m.place_name)} AS place_name,
       ${m.latitude} AS latitude, ${m.longitude} AS longitude, COALESCE(${m.place_precision}, 'unknown') AS place_precision,
       ${m.side_a} AS side_a, ${m.side_b} AS side_b, COALESCE(${m.side_a_is_perpetrator}, false) AS side_a_perpetrates,
       COALESCE(${m.violence_type}, 'other') AS violence_type, ${word(m.source_violence_type)} AS source_violence_type,
       ${m.deaths_best} AS deaths_best, ${m.deaths_low} AS deaths_low, ${m.deaths_high} AS deaths_high,
       ${m.source_count} AS source_count, ${word(m.source_text)} AS source_text,
       ${layout.living ? layout.living.version : "NULL::BIGINT"} AS source_version${opts.keep ? `, ${opts.keep}` : ""}
     FROM ${source} s`;
}

/**
 * Why a file's own country code cannot be trusted, or NULL: not a country code at all (XXX), or the code of another
 * country than the row's country name (an Iraq row marked SYR would count for Syria). A name resolution knows
 * nothing of is no evidence against the code.
 */
const quoted = (expr: string) => `'"' || ${expr} || '"'`;
const ISO3_REASON = `CASE
  WHEN s.file_iso3 IS NOT NULL AND ck.iso3 IS DISTINCT FROM UPPER(s.file_iso3)
    THEN ${reasonSql("notIso3", quoted("s.file_iso3"))}
  WHEN s.file_iso3 IS NOT NULL AND cm.iso3 IS NOT NULL AND cm.iso3 <> UPPER(s.file_iso3)
    THEN ${reasonSql("iso3OfOther", quoted("s.file_iso3"), quoted("COALESCE(s.country_name, '')"), "cm.iso3")}
END`;

/** Defines `mapped` over `staged`: metadata rows dropped, names resolved by join, record numbers from file order. */
export async function classify(c: DuckDBConnection, meta: { dataset: string; version: string; batchId: string; iso3MustMatchCountry?: boolean }): Promise<void> {
  await c.run(`DROP VIEW IF EXISTS mapped`);
  // A view, not a copy: the rows are written once more only when they reach their store.
  await c.run(
    `CREATE TEMP VIEW mapped AS
     SELECT s.rec, ${meta.iso3MustMatchCountry ? `COALESCE(s.reason, ${ISO3_REASON})` : "s.reason"} AS reason, s.id,
       ${sqlString(meta.dataset)} AS dataset, ${sqlString(meta.version)} AS dataset_version,
       s.source_event_id, s.date_start, s.date_end, s.date_precision,
       COALESCE(UPPER(s.file_iso3), cm.iso3) AS country_iso3, s.country_name,
       s.admin1, s.admin2, s.place_name, s.latitude, s.longitude, s.place_precision,
       s.side_a, s.side_b,
       COALESCE(sa.ids, []::VARCHAR[]) AS side_a_actor_ids, COALESCE(sb.ids, []::VARCHAR[]) AS side_b_actor_ids,
       CASE WHEN s.side_a_perpetrates THEN COALESCE(sa.ids, []::VARCHAR[]) ELSE []::VARCHAR[] END AS perpetrator_actor_ids,
       CASE WHEN s.side_a_perpetrates THEN COALESCE(sb.ids, []::VARCHAR[]) ELSE []::VARCHAR[] END AS target_actor_ids,
       s.violence_type, s.source_violence_type, s.deaths_best, s.deaths_low, s.deaths_high, s.source_count, s.source_text,
       ${sqlString(meta.batchId)} AS batch_id, s.source_version
     FROM staged s
     LEFT JOIN side_map sa ON sa.name = s.side_a
     LEFT JOIN side_map sb ON sb.name = s.side_b
     LEFT JOIN country_map cm ON cm.name = s.country_name
     LEFT JOIN country_map ck ON ck.name = UPPER(s.file_iso3)
     WHERE NOT s.skip`,
  );
}

