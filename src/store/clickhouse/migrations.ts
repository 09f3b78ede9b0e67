/**
 * Versioned schema for the ClickHouse store, applied on every node (18.16 has no ON CLUSTER without
 * ZooKeeper). Statements are idempotent (IF NOT EXISTS), so a migration interrupted half-way is simply run
 * again; each node records what it has applied in its own schema_migrations table.
 *
 * Single node: plain MergeTree tables `events`, `batches`, `rejects`.
 * Cluster: `<name>_local` MergeTree tables on each shard, and Distributed tables `events`, `batches`,
 * `rejects` over them on each node. Events are sharded by cityHash64(id), so every copy of one event id lands
 * on the same shard and duplicates are found shard-locally (see docs/scaling-out.md).
 *
 * Dates are FixedString(10) ISO strings, not Date: 18.16's Date starts in 1970 and GED's checks accept 1946
 * onward. ISO strings compare and group correctly as text. No LowCardinality, Bool, or Nullable in keys.
 */
import { ident } from "./quote.ts";

export interface Topology {
  database: string;
  /** The remote_servers cluster name; undefined for a single node. */
  cluster?: string;
}

export interface Migration {
  version: number;
  name: string;
  statements: (t: Topology) => string[];
}

export const EVENT_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["id", "String"],
  ["dataset", "String"],
  ["dataset_version", "String"],
  ["source_event_id", "String"],
  ["date_start", "FixedString(10)"],
  ["date_end", "FixedString(10)"],
  ["date_precision", "String"],
  ["date_precision_rank", "UInt8"],
  ["country_iso3", "Nullable(String)"],
  ["country_name", "Nullable(String)"],
  ["admin1", "Nullable(String)"],
  ["admin2", "Nullable(String)"],
  ["place_name", "Nullable(String)"],
  ["latitude", "Nullable(Float64)"],
  ["longitude", "Nullable(Float64)"],
  ["place_precision", "String"],
  ["side_a", "Nullable(String)"],
  ["side_b", "Nullable(String)"],
  ["side_a_actor_ids", "Array(String)"],
  ["side_b_actor_ids", "Array(String)"],
  ["perpetrator_actor_ids", "Array(String)"],
  ["target_actor_ids", "Array(String)"],
  ["violence_type", "String"],
  ["source_violence_type", "Nullable(String)"],
  ["deaths_best", "Nullable(Int32)"],
  ["deaths_low", "Nullable(Int32)"],
  ["deaths_high", "Nullable(Int32)"],
  ["source_count", "Nullable(Int32)"],
  ["source_text", "Nullable(String)"],
  ["batch_id", "String"],
  ["raw", "String"],
];

const SPAN_COLUMNS = `batch_id String, dataset String, dataset_version String, country_iso3 Nullable(String),
  first_date String, last_date String, declared UInt8`;

const BATCH_COLUMNS = `batch_id String, file String, file_bytes UInt64, dataset String, dataset_version String, layout String,
  started_at String, finished_at String, rows_read UInt64, loaded UInt64, duplicates UInt64, quarantined UInt64`;
const REPORTED_COLUMNS = `id String, issuer String, statement_date FixedString(10), period_start FixedString(10), period_end FixedString(10),
  period_label String, countries Array(String), actor_id String, measure String, value Float64, basis Nullable(String),
  source_url Nullable(String), provenance String, added_at String`;
const REJECT_COLUMNS = `batch_id String, file String, line Int64, reason String, raw String`;

/** The table a node writes to: `<name>_local` on a cluster, `<name>` on a single node. */
export function localName(t: Topology, table: string): string {
  return t.cluster ? `${table}_local` : table;
}

/** CREATE statements for one logical table: MergeTree (+ Distributed over it on a cluster). */
export function createTable(t: Topology, table: string, columns: string, orderBy: string, shardKey: string): string[] {
  const local = `CREATE TABLE IF NOT EXISTS ${ident(t.database)}.${localName(t, table)} (${columns})
    ENGINE = MergeTree() PARTITION BY tuple() ORDER BY ${orderBy}`;
  if (!t.cluster) return [local];
  return [
    local,
    `CREATE TABLE IF NOT EXISTS ${ident(t.database)}.${table} AS ${ident(t.database)}.${table}_local
      ENGINE = Distributed(${ident(t.cluster)}, ${ident(t.database)}, ${table}_local, ${shardKey})`,
  ];
}

export const eventColumnsDdl = (): string => EVENT_COLUMNS.map(([n, type]) => `${n} ${type}`).join(", ");

export const migrations: Migration[] = [
  {
    version: 1,
    name: "events, batches, rejects",
    statements: (t) => [
      ...createTable(t, "events", eventColumnsDdl(), "(dataset, date_start, id)", "cityHash64(id)"),
      ...createTable(t, "batches", BATCH_COLUMNS, "(started_at, batch_id)", "cityHash64(batch_id)"),
      ...createTable(t, "rejects", REJECT_COLUMNS, "(batch_id, line)", "cityHash64(batch_id)"),
    ],
  },
  {
    version: 2,
    name: "reported figures",
    statements: (t) => createTable(t, "reported", REPORTED_COLUMNS, "(statement_date, id)", "cityHash64(id)"),
  },
  {
    version: 3,
    name: "coverage spans per batch and country",
    // A store written before spans were kept gets each batch's first..last event per country, marked inferred.
    // Each node fills its own local table from its own shard of events (no other node need be migrated yet): a
    // batch's span is then split over shards, and a re-run copies it; both merge on read (queries.ts SPANS_SQL).
    statements: (t) => [
      ...createTable(t, "coverage_spans", SPAN_COLUMNS, "(dataset, batch_id)", "cityHash64(batch_id)"),
      `INSERT INTO ${ident(t.database)}.${localName(t, "coverage_spans")}
        SELECT batch_id, dataset, dataset_version, country_iso3, toString(min(date_start)), toString(max(date_start)), 0
        FROM ${ident(t.database)}.${localName(t, "events")} GROUP BY batch_id, dataset, dataset_version, country_iso3`,
    ],
  },
];

export const LATEST = migrations[migrations.length - 1]?.version ?? 0;
