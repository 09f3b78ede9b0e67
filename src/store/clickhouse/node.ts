/**
 * One ClickHouse server as the store talks to it: SQL in, plain rows out (JSONEachRow), server errors turned
 * into StoreError with the node's address. 64-bit integers arrive as strings; callers convert with Number().
 */
import { ClickHouseLogLevel, createClient, type ClickHouseClient, type ClickHouseSettings } from "@clickhouse/client";
import type { Readable } from "node:stream";
import { StoreError } from "../../errors.ts";
import { nodeUrl, type ClickHouseSpec } from "./connection-schema.ts";

export type Row = Record<string, unknown>;


export class ChNode {
  private constructor(
    readonly address: string,
    private readonly client: ClickHouseClient,
  ) {}

  /** A client for node `i`; `database` unset to talk to the server before the database exists. */
  static open(spec: ClickHouseSpec, i: number, database?: string): ChNode {
    const url = nodeUrl(spec, i);
    const client = createClient({
      url,
      username: spec.username,
      password: spec.password,
      ...(database ? { database } : {}),
      // Long inserts and scans on big stores: 10 minutes, not the client's 30 s. The client warns about proxies
      // that cut idle connections, and logs every failed request at length (17 lines for a refused connection);
      // resurgence's own one-line errors say what failed, so the client logs nothing.
      request_timeout: 600_000,
      log: { level: ClickHouseLogLevel.OFF },
      // A fresh connection per request: a pooled socket the server has already closed (18.16 closes idle ones
      // after 3 s) would fail a long insert with "socket hang up"; the handshake costs little beside our requests.
      keep_alive: { enabled: false },
      // Loopback and LAN inserts are faster uncompressed; the server may still compress its answers.
      compression: { request: false, response: false },
    });
    return new ChNode(url, client);
  }

  private fail(what: string, sql: string, cause: unknown): never {
    const msg = String((cause as Error)?.message ?? cause).split("\n")[0] ?? "";
    const down = /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|socket hang up|ECONNRESET/i.test(msg);
    throw new StoreError(
      `ClickHouse at ${this.address} ${what}: ${msg}`,
      down ? "check that the server is running and the URL's host and HTTP port are right" : `the statement began: ${sql.replace(/\s+/g, " ").slice(0, 120)}`,
      { cause },
    );
  }

  /** Runs a statement that returns no rows (DDL, INSERT … SELECT, ALTER). */
  async run(sql: string, settings?: ClickHouseSettings): Promise<void> {
    try {
      await this.client.command({ query: sql, ...(settings ? { clickhouse_settings: settings } : {}) });
    } catch (cause) {
      this.fail("refused a statement", sql, cause);
    }
  }

  /** Runs a query and returns its rows as objects. */
  async rows<T extends Row = Row>(sql: string): Promise<T[]> {
    try {
      const rs = await this.client.query({ query: sql, format: "JSONEachRow" });
      return await rs.json<T>();
    } catch (cause) {
      this.fail("refused a query", sql, cause);
    }
  }

  /** Streams CSV text (RFC 4180, no header, NULL as \N) into `columns` of a table. */
  async insertCsv(table: string, columns: string[], values: Readable, settings?: ClickHouseSettings): Promise<void> {
    try {
      await this.client.insert({ table, values, format: "CSV", columns: columns as [string, ...string[]], ...(settings ? { clickhouse_settings: settings } : {}) });
    } catch (cause) {
      this.fail(`refused an insert into ${table}`, `INSERT INTO ${table}`, cause);
    }
  }

  /** Inserts a few rows given as objects. */
  async insertRows(table: string, values: Row[], settings?: ClickHouseSettings): Promise<void> {
    if (values.length === 0) return;
    try {
      await this.client.insert({ table, values, format: "JSONEachRow", ...(settings ? { clickhouse_settings: settings } : {}) });
    } catch (cause) {
      this.fail(`refused an insert into ${table}`, `INSERT INTO ${table}`, cause);
    }
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
