/**
 * The ClickHouse dialect of every read query, written for 18.16 and current servers alike (no CTEs, window
 * functions or query parameters). User values enter the text only through quote.ts. Orderings match the
 * DuckDB dialect's so both stores return rows in the same order.
 */
import type { Bucket, EventFilter } from "../filter.ts";
import { isoDate, str, strArray, strList, uint } from "./quote.ts";

const RANK: Record<EventFilter["maxDatePrecision"], number> = { day: 1, days: 2, week: 3, month: 4, year: 5 };

function actorClause(f: EventFilter): string {
  const ids = strArray(f.actorIds);
  switch (f.role) {
    case "any_side":
      return `(hasAny(side_a_actor_ids, ${ids}) OR hasAny(side_b_actor_ids, ${ids}))`;
    case "perpetrator":
      return `hasAny(perpetrator_actor_ids, ${ids})`;
    case "side_a":
      return `hasAny(side_a_actor_ids, ${ids})`;
    case "side_b":
      return `hasAny(side_b_actor_ids, ${ids})`;
    default:
      throw new Error(`unknown role ${String(f.role satisfies never)}`);
  }
}

/** The WHERE clause for a filter ("" when it filters nothing). */
export function where(f: EventFilter): string {
  const parts: string[] = [];
  if (f.actorIds.length > 0) parts.push(actorClause(f));
  if (f.countries.length > 0) parts.push(`country_iso3 IN ${strList(f.countries)}`);
  if (f.admin1.length > 0) parts.push(`admin1 IN ${strList(f.admin1)}`);
  if (f.violenceTypes.length > 0) parts.push(`violence_type IN ${strList(f.violenceTypes)}`);
  if (f.datasets.length > 0) parts.push(`dataset IN ${strList(f.datasets)}`);
  if (f.ids.length > 0) parts.push(`id IN ${strList(f.ids)}`);
  if (f.start) parts.push(`date_start >= ${isoDate(f.start)}`);
  if (f.end) parts.push(`date_start <= ${isoDate(f.end)}`);
  if (f.maxDatePrecision !== "year") parts.push(`date_precision_rank <= ${uint(RANK[f.maxDatePrecision])}`);
  return parts.length ? `WHERE ${parts.join(" AND ")}` : "";
}

export function bucketExpr(by: Bucket): string {
  const d = "toString(date_start)";
  switch (by) {
    case "month":
      return `substring(${d}, 1, 7)`;
    case "quarter":
      return `concat(substring(${d}, 1, 4), '-Q', toString(intDiv(toUInt8(substring(${d}, 6, 2)) - 1, 3) + 1))`;
    case "year":
      return `substring(${d}, 1, 4)`;
    default:
      throw new Error(`unknown bucket ${String(by satisfies never)}`);
  }
}

export function countSql(f: EventFilter, by?: Bucket, byCountry?: boolean, byAdmin1?: boolean): string {
  const keys = [...(by ? [`${bucketExpr(by)} AS bucket`] : []), ...(byCountry || byAdmin1 ? ["country_iso3"] : []), ...(byAdmin1 ? ["admin1"] : [])];
  const names = [...(by ? ["bucket"] : []), ...(byCountry || byAdmin1 ? ["country_iso3"] : []), ...(byAdmin1 ? ["admin1"] : [])];
  const group = names.length ? `GROUP BY ${names.join(", ")} ORDER BY ${names.join(", ")}` : "";
  return `SELECT ${[...keys, "count() AS events", "sum(ifNull(deaths_best, 0)) AS deaths"].join(", ")} FROM events ${where(f)} ${group}`;
}

/** The columns of an event summary (everything but the raw row). */
const SUMMARY_SELECT = `id, dataset, dataset_version, source_event_id, toString(date_start) AS date_start, toString(date_end) AS date_end,
  date_precision, country_iso3, country_name, admin1, admin2, place_name, latitude, longitude, place_precision, side_a, side_b,
  side_a_actor_ids, side_b_actor_ids, perpetrator_actor_ids, target_actor_ids, violence_type, source_violence_type,
  deaths_best, deaths_low, deaths_high, source_count, source_text, batch_id`;

export const EVENT_SELECT = `${SUMMARY_SELECT}, raw`;

/** A page of events; without `raw` the raw column is not read at all. */
export function eventsSql(f: EventFilter, limit: number, offset: number, raw = true): string {
  return `SELECT ${raw ? EVENT_SELECT : SUMMARY_SELECT} FROM events ${where(f)} ORDER BY date_start, id LIMIT ${uint(limit)} OFFSET ${uint(offset)}`;
}

/** Cells of `size` degrees; `size` is a checked positive number, written into the SQL as a literal. */
export function gridSql(f: EventFilter, size: number): string {
  if (!(size > 0 && size <= 10)) throw new Error(`grid cell size out of range: ${size}`);
  const w = where(f);
  const cell = (col: string) => `(floor(${col} / ${size}) * ${size} + ${size / 2})`;
  const located = `${w ? `${w} AND` : "WHERE"} latitude IS NOT NULL AND longitude IS NOT NULL`;
  return `SELECT ${cell("latitude")} AS lat, ${cell("longitude")} AS lon, count() AS events, sum(ifNull(deaths_best, 0)) AS deaths
    FROM events ${located} GROUP BY lat, lon ORDER BY events DESC, lat, lon`;
}

export function actorCountsSql(f: EventFilter): string {
  return `SELECT actor_id, country_iso3, count() AS events, min(id) AS example_id FROM events
    ARRAY JOIN arrayDistinct(arrayConcat(side_a_actor_ids, side_b_actor_ids)) AS actor_id
    ${where(f)} GROUP BY actor_id, country_iso3 ORDER BY events DESC, actor_id, country_iso3`;
}

export const COVERAGE_SQL = `SELECT dataset, dataset_version, country_iso3, count() AS events,
  toString(min(date_start)) AS first_date, toString(max(date_start)) AS last_date
  FROM events GROUP BY dataset, dataset_version, country_iso3 ORDER BY dataset, dataset_version, country_iso3`;

/** One row per batch, dataset, version and country: copies of a backfill (one per node) merge here. */
export const SPANS_SQL = `SELECT batch_id, dataset, dataset_version, country_iso3, min(first_date) AS first_date, max(last_date) AS last_date,
  max(declared) AS declared FROM coverage_spans GROUP BY batch_id, dataset, dataset_version, country_iso3`;

export const BATCHES_SQL = `SELECT batch_id, file, dataset, layout, started_at, rows_read, loaded, duplicates, quarantined
  FROM batches ORDER BY started_at, batch_id`;

export function rejectsSql(batchId: string | undefined, limit: number): string {
  return batchId
    ? `SELECT batch_id, file, line, reason, raw FROM rejects WHERE batch_id = ${str(batchId)} ORDER BY line LIMIT ${uint(limit)}`
    : `SELECT batch_id, file, line, reason, raw FROM rejects ORDER BY batch_id, line LIMIT ${uint(limit)}`;
}

/** Rows of one batch in a table (for accounting and rollback checks). */
export function batchCountSql(table: string, batchId: string): string {
  return `SELECT count() AS n FROM ${table} WHERE batch_id = ${str(batchId)}`;
}

