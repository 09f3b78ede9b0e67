/**
 * The embedded store: one DuckDB file (default ./data/resurgence.duckdb). An ingest's batch is prepared and
 * written inside the engine, on a connection of its own (write.ts); every query is built in queries.ts with
 * bound parameters.
 */
import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { CanonicalEvent, EventSummary } from "../../event.ts";
import type { EventFilter } from "../filter.ts";
import type { BatchSource, BatchWritten } from "../batch.ts";
import type { ReportedFigure } from "../../reported-figure.ts";
import type { ActorCount, BatchInfo, CompactReport, CountQuery, CountRow, DatasetCoverage, GridCell, Page, RejectRow, ReportedQuery, Store } from "../store.ts";
import { compactRaw } from "./compact.ts";
import { addReported, listReported, removeReported } from "./reported.ts";
import { CommitGate } from "./commit-gate.ts";
import { openDuckDB } from "./connection.ts";
import { actorCountsSql, countSql, eventsSql, gridSql, type Sql } from "./queries.ts";
import { attachSpans, round6, rows, type Row, type SpanRow } from "../shared/index.ts";
import { writeBatch } from "./write.ts";
import { readWords } from "./words.ts";
import { batchesOf, readRawRows, withPages } from "./raw-rows.ts";

export interface DuckDBStoreOptions {
  /** The clock batches and reported figures are recorded by. */
  now?: () => Date;
  /** Refuse a path where no store exists instead of creating one: what every read command asks (connection.ts). */
  mustExist?: boolean;
  /** DuckDB's buffer memory, e.g. "2GB" (default: a quarter of the machine's memory, at least 1 GB). */
  memoryLimit?: string;
}

export class DuckDBStore implements Store {
  readonly kind = "duckdb" as const;
  /** The tail of the queue of batches being written. */
  private ingests: Promise<void> = Promise.resolve();
  private constructor(
    readonly location: string,
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
    private readonly now: () => Date,
  ) {}

  static async open(path: string, options: DuckDBStoreOptions = {}): Promise<DuckDBStore> {
    const { instance, connection } = await openDuckDB(path, { mustExist: options.mustExist, memoryLimit: options.memoryLimit });
    return new DuckDBStore(path, instance, connection, options.now ?? (() => new Date()));
  }

  private query(sql: Sql): Promise<Row[]> {
    return this.gate.read(() => rows(this.connection, sql.text, sql.params, sql.types));
  }

  /** Reads on the store's connection wait for an ingest's COMMIT, never for the rest of it (commit-gate.ts). */
  private readonly gate = new CommitGate();

  private readonly listeners: Array<() => void> = [];

  /** Calls `listener` after every committed change (ingest, reported figures), so answers cached from reads can be dropped. */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    this.coverageCache = undefined;
    for (const l of this.listeners) l();
  }

  /** Each batch's raw rows: `<store>.raw/` beside the store's file (raw-rows.ts); a store in memory keeps them in a temporary folder. */
  get rawDir(): string {
    this.rawFolder ??= this.location === ":memory:" ? mkdtempSync(join(tmpdir(), "resurgence-raw-")) : `${this.location}.raw`;
    return this.rawFolder;
  }

  private rawFolder?: string;

  /** Quarantined rows go to `rejects/` beside the store's file. */
  get rejectsDir(): string {
    return this.location === ":memory:" ? join(process.cwd(), "data", "rejects") : join(dirname(this.location), "rejects");
  }

  /**
   * Runs a write on a connection of its own, after the writes queued before it: one writer at a time. Its
   * transaction is invisible to reads on the store's connection until it commits (see writeBatch).
   */
  private queued<T>(work: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    const run = async () => {
      const c = await this.instance.connect();
      try {
        return await work(c);
      } finally {
        c.closeSync();
      }
    };
    const result = this.ingests.then(run, run);
    this.ingests = result.then(() => undefined, () => undefined);
    return result;
  }

  /** Compacts queued with the ingests (compact.ts). */
  compactRaw(): Promise<CompactReport> {
    return this.queued((c) => compactRaw(c, this.rawDir, (f) => this.gate.commit(f)));
  }

  /**
   * Writes a batch on a connection of its own, one at a time. Its transaction is then invisible to reads on the
   * store's connection (DuckDB's MVCC gives them the last committed state, so a server answers from the store as
   * it was until COMMIT), and a failing read cannot abort it. Batches queue: two at once would each check for
   * duplicates against a snapshot without the other's rows.
   */
  writeBatch(batch: BatchSource): Promise<BatchWritten> {
    return this.queued(async (c) => {
      const r = await writeBatch(c, batch, { now: this.now, rawDir: this.rawDir, commit: (f) => this.gate.commit(f) });
      if (r.loaded > 0 || (r.removed ?? 0) > 0) this.changed();
      return r;
    });
  }

  async count(q: CountQuery): Promise<CountRow[]> {
    const out = await this.query(countSql(q.filter, q.by, q.byCountry, q.byAdmin1));
    return out.map((r) => ({
      ...(q.by ? { bucket: String(r.bucket) } : {}),
      ...(q.byCountry || q.byAdmin1 ? { country_iso3: (r.country_iso3 as string | null) ?? null } : {}),
      ...(q.byAdmin1 ? { admin1: (r.admin1 as string | null) || null } : {}),
      events: Number(r.events),
      deaths: Number(r.deaths),
    }));
  }

  async events(filter: EventFilter, page: Page): Promise<CanonicalEvent[]> {
    const { out, words, raw } = await this.page(filter, page, true);
    return out.map(({ raw_rec: _rec, ...r }) => CanonicalEvent.parse({ ...r, ...words.get(String(r.id)), raw: raw?.get(String(r.id)) ?? {} }));
  }

  async eventSummaries(filter: EventFilter, page: Page): Promise<EventSummary[]> {
    const { out, words } = await this.page(filter, page, false);
    return out.map(({ raw_rec: _rec, ...r }) => EventSummary.parse({ ...r, ...words.get(String(r.id)) }));
  }

  /**
   * A page of events as the table holds them, with their words and, when `raw`, their raw rows: all read from the
   * batches' raw rows in one read of the store (no commit between the batches looked up and their files read),
   * each file kept as delivered paged once for both.
   */
  private async page(filter: EventFilter, page: Page, raw: boolean) {
    const out = await this.query(eventsSql(filter, page.limit, page.offset));
    const keys = out.map((r) => ({ id: String(r.id), batch_id: String(r.batch_id), raw_rec: r.raw_rec === null ? null : Number(r.raw_rec) }));
    return this.gate.read(async () =>
      withPages(await batchesOf(this.connection, this.rawDir, keys), async (batches) => ({
        out,
        words: await readWords(this.connection, batches),
        raw: raw ? await readRawRows(this.connection, batches) : undefined,
      })),
    );
  }

  /** Coverage scans every event; it changes only when this process commits a change, so it is kept till then. */
  private coverageCache?: Promise<DatasetCoverage[]>;

  coverage(): Promise<DatasetCoverage[]> {
    this.coverageCache ??= this.gate.read(async () => {
      const events = await rows(
        this.connection,
        `SELECT dataset, dataset_version, country_iso3, count(*) AS events, strftime(min(date_start), '%Y-%m-%d') AS first_date, strftime(max(date_start), '%Y-%m-%d') AS last_date FROM events GROUP BY ALL ORDER BY ALL`,
      );
      const spans = await rows(
        this.connection,
        `SELECT batch_id, dataset, dataset_version, country_iso3, strftime(first_date, '%Y-%m-%d') AS first_date, strftime(last_date, '%Y-%m-%d') AS last_date, declared FROM coverage_spans`,
      );
      return attachSpans(events as unknown as DatasetCoverage[], spans as unknown as SpanRow[]);
    });
    // A failed scan is not kept: the next call tries again.
    this.coverageCache.catch(() => (this.coverageCache = undefined));
    return this.coverageCache;
  }

  async batches(): Promise<BatchInfo[]> {
    const out = await this.gate.read(() => rows(this.connection, `SELECT batch_id, file, dataset, layout, strftime(started_at, '%Y-%m-%dT%H:%M:%SZ') AS started_at, rows_read, loaded, duplicates, quarantined FROM batches ORDER BY started_at`));
    return out as unknown as BatchInfo[];
  }

  async rejects(batchId?: string, limit = 1000): Promise<RejectRow[]> {
    const sql = batchId
      ? `SELECT * FROM rejects WHERE batch_id = $b ORDER BY line LIMIT $limit`
      : `SELECT * FROM rejects ORDER BY batch_id, line LIMIT $limit`;
    const out = await this.gate.read(() => rows(this.connection, sql, batchId ? { b: batchId, limit } : { limit }));
    return out as unknown as RejectRow[];
  }

  async grid(filter: EventFilter, cellDeg: number): Promise<GridCell[]> {
    const out = await this.query(gridSql(filter, cellDeg));
    return out.map((r) => ({ lat: round6(Number(r.lat)), lon: round6(Number(r.lon)), events: Number(r.events), deaths: Number(r.deaths) }));
  }

  async actorCounts(filter: EventFilter): Promise<ActorCount[]> {
    const out = await this.query(actorCountsSql(filter));
    return out.map((r) => ({ actor_id: String(r.actor_id), country_iso3: (r.country_iso3 as string | null) ?? null, events: Number(r.events), example_id: String(r.example_id) }));
  }

  async addReported(figures: ReportedFigure[]): Promise<{ added: number; duplicates: number }> {
    const r = await this.gate.read(() => addReported(this.connection, figures, this.now()));
    if (r.added > 0) this.changed();
    return r;
  }

  async removeReported(ids: string[]): Promise<{ removed: number }> {
    const r = await this.gate.read(() => removeReported(this.connection, ids));
    if (r.removed > 0) this.changed();
    return r;
  }

  reported(q: ReportedQuery): Promise<ReportedFigure[]> {
    return this.gate.read(() => listReported(this.connection, q));
  }

  async close(): Promise<void> {
    await this.ingests;
    this.connection.closeSync();
    this.instance.closeSync();
    // A store in memory is gone once closed, and so are its raw files.
    if (this.location === ":memory:" && this.rawFolder) rmSync(this.rawFolder, { recursive: true, force: true });
  }
}

