/**
 * The DuckDB dialect of every read query: filters become a WHERE clause with bound parameters only (user
 * values never enter the SQL text), buckets become strftime expressions.
 */
import { LIST, VARCHAR, listValue, type DuckDBType, type DuckDBValue } from "@duckdb/node-api";
import type { Bucket, EventFilter } from "../filter.ts";

export interface Sql {
  text: string;
  params: Record<string, DuckDBValue>;
  types: Record<string, DuckDBType>;
}

const RANK: Record<EventFilter["maxDatePrecision"], number> = { day: 1, days: 2, week: 3, month: 4, year: 5 };

const ROLE_COLUMN: Record<EventFilter["role"], string> = {
  any_side: "list_concat(side_a_actor_ids, side_b_actor_ids)",
  perpetrator: "perpetrator_actor_ids",
  side_a: "side_a_actor_ids",
  side_b: "side_b_actor_ids",
};

/** The WHERE clause and its parameters for a filter. */
export function where(f: EventFilter): Sql {
  const parts: string[] = [];
  const params: Record<string, DuckDBValue> = {};
  const types: Record<string, DuckDBType> = {};
  const list = (name: string, values: string[]) => {
    params[name] = listValue(values);
    types[name] = LIST(VARCHAR);
  };
  if (f.actorIds.length > 0) {
    parts.push(`list_has_any(${ROLE_COLUMN[f.role]}, $actors)`);
    list("actors", f.actorIds);
  }
  if (f.countries.length > 0) {
    parts.push(`list_contains($countries, country_iso3)`);
    list("countries", f.countries);
  }
  if (f.admin1.length > 0) {
    parts.push(`list_contains($admin1, admin1)`);
    list("admin1", f.admin1);
  }
  if (f.violenceTypes.length > 0) {
    parts.push(`list_contains($vtypes, violence_type)`);
    list("vtypes", f.violenceTypes);
  }
  if (f.datasets.length > 0) {
    parts.push(`list_contains($datasets, dataset)`);
    list("datasets", f.datasets);
  }
  if (f.ids.length > 0) {
    parts.push(`list_contains($ids, id)`);
    list("ids", f.ids);
  }
  if (f.start) {
    parts.push(`date_start >= $start::DATE`);
    params.start = f.start;
  }
  if (f.end) {
    parts.push(`date_start <= $end::DATE`);
    params.end = f.end;
  }
  if (f.maxDatePrecision !== "year") {
    parts.push(`date_precision_rank <= ${RANK[f.maxDatePrecision]}`);
  }
  return { text: parts.length ? `WHERE ${parts.join(" AND ")}` : "", params, types };
}

export function bucketExpr(by: Bucket): string {
  switch (by) {
    case "month":
      return `strftime(date_start, '%Y-%m')`;
    case "quarter":
      return `CAST(year(date_start) AS VARCHAR) || '-Q' || CAST(quarter(date_start) AS VARCHAR)`;
    case "year":
      return `CAST(year(date_start) AS VARCHAR)`;
    default:
      throw new Error(`unknown bucket ${String(by satisfies never)}`);
  }
}

export function countSql(f: EventFilter, by?: Bucket, byCountry?: boolean, byAdmin1?: boolean): Sql {
  const w = where(f);
  const keys = [...(by ? [`${bucketExpr(by)} AS bucket`] : []), ...(byCountry || byAdmin1 ? ["country_iso3"] : []), ...(byAdmin1 ? ["admin1"] : [])];
  const group = keys.length ? `GROUP BY ALL ORDER BY ALL` : "";
  return {
    ...w,
    text: `SELECT ${[...keys, "count(*) AS events", "COALESCE(SUM(deaths_best), 0) AS deaths"].join(", ")} FROM events ${w.text} ${group}`,
  };
}

/**
 * The columns of an event summary the events table holds (everything but the raw row and the words, which the
 * store reads from the raw row: words.ts), with each event's batch and record to find them.
 */
const EVENT_COLUMNS = `id, dataset, dataset_version, strftime(date_start, '%Y-%m-%d') AS date_start,
  strftime(date_end, '%Y-%m-%d') AS date_end, date_precision, country_iso3, admin1,
  latitude, longitude, place_precision, side_a_actor_ids, side_b_actor_ids, perpetrator_actor_ids,
  target_actor_ids, violence_type, deaths_best, deaths_low, deaths_high, source_count, batch_id, raw_rec`;

/** A page of events, with the key of each event's raw row (words.ts and raw-rows.ts read from it). */
export function eventsSql(f: EventFilter, limit: number, offset: number): Sql {
  const w = where(f);
  return {
    text: `SELECT ${EVENT_COLUMNS} FROM events ${w.text} ORDER BY date_start, id LIMIT $limit OFFSET $offset`,
    params: { ...w.params, limit, offset },
    types: w.types,
  };
}

/** Cells of `size` degrees; `size` is a checked positive number, written into the SQL as a literal. */
export function gridSql(f: EventFilter, size: number): Sql {
  if (!(size > 0 && size <= 10)) throw new Error(`grid cell size out of range: ${size}`);
  const w = where(f);
  const cell = (col: string) => `(floor(${col} / ${size}) * ${size} + ${size / 2})`;
  const located = `${w.text ? `${w.text} AND` : "WHERE"} latitude IS NOT NULL AND longitude IS NOT NULL`;
  return {
    ...w,
    text: `SELECT ${cell("latitude")} AS lat, ${cell("longitude")} AS lon, count(*) AS events, COALESCE(SUM(deaths_best), 0) AS deaths
      FROM events ${located} GROUP BY ALL ORDER BY events DESC, lat, lon`,
  };
}

export function actorCountsSql(f: EventFilter): Sql {
  const w = where(f);
  return {
    ...w,
    text: `SELECT actor_id, country_iso3, count(*) AS events, min(id) AS example_id FROM (
      SELECT unnest(list_distinct(list_concat(side_a_actor_ids, side_b_actor_ids))) AS actor_id, country_iso3, id FROM events ${w.text}
    ) GROUP BY ALL ORDER BY events DESC`,
  };
}
