/**
 * A batch's private staging table in ClickHouse, and the moves that make a batch visible or undo it.
 *
 * Rows are streamed into `stage_<batch>` (on a cluster: a Distributed table over `stage_<batch>_local` on each
 * shard, sharded by the same cityHash64(id) as the events), so nothing a reader counts changes while a file
 * is read, checked and sent. Publishing then works per shard, shard-locally: a shard that holds none of the
 * staged ids attaches the staged part as it is; else one INSERT … SELECT copies the rows whose ids it does not
 * hold yet. Same key, same shard, so the duplicate check never crosses the network.
 * Undoing a published batch deletes its rows by batch id (a mutation) and waits for it to finish.
 */
import { StoreError } from "../../errors.ts";
import { localName, type Topology } from "./migrations.ts";
import type { ChNode } from "./node.ts";
import { ident, str } from "./quote.ts";

const MUTATION_WAIT_MS = 120_000;

export class Staging {
  readonly name: string;
  private created = false;

  constructor(
    private readonly t: Topology,
    private readonly nodes: ChNode[],
    batchId: string,
  ) {
    this.name = ident(`stage_${batchId.replace(/[^A-Za-z0-9_]/g, "_")}`.slice(0, 63));
  }

  private q(table: string): string {
    return `${ident(this.t.database)}.${table}`;
  }

  /** The table inserts go to (the Distributed one on a cluster, on every node). */
  get insertTable(): string {
    return this.q(this.name);
  }

  /** Settings for inserts through Distributed tables: synchronous, so a finished insert is on its shards. */
  get insertSettings(): Record<string, 0 | 1> {
    return this.t.cluster ? { insert_distributed_sync: 1 } : {};
  }

  async create(): Promise<void> {
    this.created = true;
    const events = this.q(localName(this.t, "events"));
    if (!this.t.cluster) {
      await this.nodes[0]!.run(`CREATE TABLE ${this.q(this.name)} AS ${events}`);
      return;
    }
    for (const n of this.nodes) await n.run(`CREATE TABLE ${this.q(`${this.name}_local`)} AS ${events}`);
    // On every node, so every node can take a share of the inserts.
    for (const n of this.nodes) {
      await n.run(
        `CREATE TABLE ${this.q(this.name)} AS ${this.q(`${this.name}_local`)}
         ENGINE = Distributed(${ident(this.t.cluster)}, ${ident(this.t.database)}, ${this.name}_local, cityHash64(id))`,
      );
    }
  }

  /**
   * Moves the staged rows whose ids no shard holds yet into the events; returns how many moved. A shard that
   * holds none of the staged ids takes the staged part whole (ATTACH PARTITION … FROM: hard links, no copy,
   * and readers see all of it or none); otherwise the new rows are copied by INSERT … SELECT.
   */
  async publish(batchId: string): Promise<number> {
    const events = this.q(localName(this.t, "events"));
    const stage = this.q(this.t.cluster ? `${this.name}_local` : this.name);
    let moved = 0;
    for (const n of this.nodes) {
      const count = async (sql: string) => Number((await n.rows<{ n: string }>(sql))[0]?.n ?? 0);
      const known = await count(`SELECT count() AS n FROM ${events} WHERE id IN (SELECT id FROM ${stage})`);
      if (known === 0) {
        await n.run(`ALTER TABLE ${events} ATTACH PARTITION tuple() FROM ${stage}`);
        moved += await count(`SELECT count() AS n FROM ${stage}`);
        continue;
      }
      await n.run(
        `INSERT INTO ${events} SELECT * FROM ${stage}
         WHERE id NOT IN (SELECT id FROM ${events} WHERE id IN (SELECT id FROM ${stage}))`,
      );
      moved += await count(`SELECT count() AS n FROM ${events} WHERE batch_id = ${str(batchId)}`);
    }
    return moved;
  }

  /** Deletes every row of the batch from events and rejects on every node, and waits until the deletes are done. */
  async undo(batchId: string): Promise<void> {
    for (const n of this.nodes) {
      for (const table of ["events", "rejects", "coverage_spans"]) {
        await n.run(`ALTER TABLE ${this.q(localName(this.t, table))} DELETE WHERE batch_id = ${str(batchId)}`);
      }
    }
    const deadline = Date.now() + MUTATION_WAIT_MS;
    for (const n of this.nodes) {
      for (;;) {
        const r = await n.rows<{ n: string }>(`SELECT count() AS n FROM system.mutations WHERE database = ${str(this.t.database)} AND is_done = 0`);
        if (Number(r[0]?.n ?? 0) === 0) break;
        if (Date.now() > deadline) throw new StoreError(`ClickHouse at ${n.address} did not finish deleting batch ${batchId} within ${MUTATION_WAIT_MS / 1000} s`, `delete it by hand: ALTER TABLE … DELETE WHERE batch_id = '${batchId}'`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  /** Drops the staging tables (best effort: runs in `finally`, after success or failure). */
  async drop(): Promise<void> {
    if (!this.created) return;
    const names = this.t.cluster ? [this.name, `${this.name}_local`] : [this.name];
    for (const n of this.nodes) {
      for (const name of names) await n.run(`DROP TABLE IF EXISTS ${this.q(name)}`).catch(() => undefined);
    }
  }
}
