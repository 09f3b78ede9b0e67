/**
 * The scale-out store: ClickHouse, one node or a cluster of shards, behind the same Store interface as the
 * embedded DuckDB store. A batch is prepared by the ingest on an in-memory DuckDB and sent (write.ts); every read is built in
 * queries.ts with literals quoted by quote.ts.
 *
 * @example
 * const store = await ClickHouseStore.open("clickhouse://127.0.0.1:8123/resurgence");
 * await ingestFile(store, { file: "ged191.csv.gz" }); // src/ingest
 */
import { join } from "node:path";
import { StoreError } from "../../errors.ts";
import { CanonicalEvent, EventSummary } from "../../event.ts";
import type { EventFilter } from "../filter.ts";
import type { BatchSource, BatchWritten } from "../batch.ts";
import type { ReportedFigure } from "../../reported-figure.ts";
import { attachSpans, round6, type SpanRow } from "../shared/index.ts";
import type { ActorCount, BatchInfo, CompactReport, CountQuery, CountRow, DatasetCoverage, GridCell, Page, RejectRow, ReportedQuery, Store } from "../store.ts";
import { openClickHouse } from "./connection.ts";
import { describeSpec, parseClickHouseUrl, type ClickHouseSpec } from "./connection-schema.ts";
import type { Topology } from "./migrations.ts";
import type { ChNode, Row } from "./node.ts";
import { ident } from "./quote.ts";
import { addReported, listReported, removeReported } from "./reported.ts";
import { writeToClickHouse } from "./write.ts";
import { actorCountsSql, BATCHES_SQL, countSql, COVERAGE_SQL, eventsSql, gridSql, rejectsSql, SPANS_SQL } from "./queries.ts";

export { parseClickHouseUrl, describeSpec, type ClickHouseSpec } from "./connection-schema.ts";

export interface ClickHouseStoreOptions {
  /** The clock batches and reported figures are recorded by. */
  now?: () => Date;
  /** Where quarantined rows are written as CSV (default ./data/rejects). */
  rejectsDir?: string;
}

const num = (v: unknown): number => Number(v);
const nullableNum = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** An event row with its Nullable(Int32) counts as numbers (the client hands them over as given). */
const counts = (r: Row): Row => ({
  ...r,
  deaths_best: nullableNum(r.deaths_best),
  deaths_low: nullableNum(r.deaths_low),
  deaths_high: nullableNum(r.deaths_high),
  source_count: nullableNum(r.source_count),
});

export class ClickHouseStore implements Store {
  readonly kind = "clickhouse" as const;
  private constructor(
    readonly location: string,
    readonly topology: Topology,
    private readonly nodes: ChNode[],
    private readonly now: () => Date,
    readonly rejectsDir: string,
  ) {}

  /** Opens (creating the database and tables if needed) the store a clickhouse:// URL names. */
  static async open(url: string | ClickHouseSpec, options: ClickHouseStoreOptions = {}): Promise<ClickHouseStore> {
    const spec = typeof url === "string" ? parseClickHouseUrl(url) : url;
    const { topology, nodes } = await openClickHouse(spec);
    return new ClickHouseStore(
      describeSpec(spec),
      topology,
      nodes,
      options.now ?? (() => new Date()),
      options.rejectsDir ?? join(process.cwd(), "data", "rejects"),
    );
  }

  private get reader(): ChNode {
    return this.nodes[0]!;
  }

  /** Raw rows live in the cluster's own tables, compressed by ClickHouse: no file is kept as delivered. */
  compactRaw(): Promise<CompactReport> {
    return Promise.resolve({ batches: 0, bytesBefore: 0, bytesAfter: 0 });
  }

  writeBatch(batch: BatchSource): Promise<BatchWritten> {
    return writeToClickHouse(batch, {
      now: this.now,
      topology: this.topology,
      nodes: this.nodes,
    });
  }

  async count(q: CountQuery): Promise<CountRow[]> {
    const out = await this.reader.rows(countSql(q.filter, q.by, q.byCountry, q.byAdmin1));
    return out.map((r) => ({
      ...(q.by ? { bucket: String(r.bucket) } : {}),
      ...(q.byCountry || q.byAdmin1 ? { country_iso3: (r.country_iso3 as string | null) ?? null } : {}),
      ...(q.byAdmin1 ? { admin1: (r.admin1 as string | null) || null } : {}),
      events: num(r.events),
      deaths: num(r.deaths),
    }));
  }

  async events(filter: EventFilter, page: Page): Promise<CanonicalEvent[]> {
    const out = await this.reader.rows(eventsSql(filter, page.limit, page.offset));
    return out.map((r: Row) => CanonicalEvent.parse({ ...counts(r), raw: JSON.parse(String(r.raw)) }));
  }

  async eventSummaries(filter: EventFilter, page: Page): Promise<EventSummary[]> {
    const out = await this.reader.rows(eventsSql(filter, page.limit, page.offset, false));
    return out.map((r: Row) => EventSummary.parse(counts(r)));
  }

  async coverage(): Promise<DatasetCoverage[]> {
    const [out, spans] = await Promise.all([this.reader.rows(COVERAGE_SQL), this.reader.rows(SPANS_SQL)]);
    return attachSpans(
      out.map((r) => ({ ...(r as unknown as DatasetCoverage), country_iso3: (r.country_iso3 as string | null) ?? null, events: num(r.events) })),
      spans.map((s) => ({ ...(s as unknown as SpanRow), country_iso3: (s.country_iso3 as string | null) ?? null, declared: num(s.declared) === 1 })),
    );
  }

  async batches(): Promise<BatchInfo[]> {
    const out = await this.reader.rows(BATCHES_SQL);
    return out.map((r) => ({
      ...(r as unknown as BatchInfo),
      rows_read: num(r.rows_read),
      loaded: num(r.loaded),
      duplicates: num(r.duplicates),
      quarantined: num(r.quarantined),
    }));
  }

  async rejects(batchId?: string, limit = 1000): Promise<RejectRow[]> {
    const out = await this.reader.rows(rejectsSql(batchId, limit));
    return out.map((r) => ({ ...(r as unknown as RejectRow), line: num(r.line) }));
  }

  async grid(filter: EventFilter, cellDeg: number): Promise<GridCell[]> {
    const out = await this.reader.rows(gridSql(filter, cellDeg));
    return out.map((r) => ({ lat: round6(Number(r.lat)), lon: round6(Number(r.lon)), events: num(r.events), deaths: num(r.deaths) }));
  }

  async actorCounts(filter: EventFilter): Promise<ActorCount[]> {
    const out = await this.reader.rows(actorCountsSql(filter));
    return out.map((r) => ({ actor_id: String(r.actor_id), country_iso3: (r.country_iso3 as string | null) ?? null, events: num(r.events), example_id: String(r.example_id) }));
  }

  addReported(figures: ReportedFigure[]): Promise<{ added: number; duplicates: number }> {
    const settings: Record<string, 0 | 1> = this.topology.cluster ? { insert_distributed_sync: 1 } : {};
    return addReported(this.reader, `${ident(this.topology.database)}.reported`, figures, this.now(), settings);
  }

  removeReported(ids: string[]): Promise<{ removed: number }> {
    if (this.topology.cluster) throw new StoreError("removing a reported figure from a ClickHouse cluster is not supported", "delete it with ALTER TABLE … ON CLUSTER on the local reported tables");
    return removeReported(this.reader, `${ident(this.topology.database)}.reported`, ids);
  }

  reported(q: ReportedQuery): Promise<ReportedFigure[]> {
    return listReported(this.reader, `${ident(this.topology.database)}.reported`, q);
  }

  async close(): Promise<void> {
    await Promise.all(this.nodes.map((n) => n.close()));
  }
}
