/**
 * Opening a ClickHouse store: one client per node, the database created on each, a cluster's shard count
 * checked against the hosts the URL lists, and the migrations applied on each node. Failures become
 * StoreError with a way out.
 */
import { StoreError } from "../../errors.ts";
import { type ClickHouseSpec, describeSpec } from "./connection-schema.ts";
import { LATEST, migrations, type Topology } from "./migrations.ts";
import { ChNode } from "./node.ts";
import { ident, str, uint } from "./quote.ts";

export interface Opened {
  topology: Topology;
  /** Every node; the first serves reads through its Distributed tables, and all take a file's event inserts. */
  nodes: ChNode[];
}

async function checkCluster(spec: ClickHouseSpec, first: ChNode): Promise<void> {
  if (!spec.cluster) return;
  const shards = await first.rows<{ shards: string }>(`SELECT uniqExact(shard_num) AS shards FROM system.clusters WHERE cluster = ${str(spec.cluster)}`);
  const n = Number(shards[0]?.shards ?? 0);
  if (n === 0) throw new StoreError(`ClickHouse at ${first.address} has no cluster "${spec.cluster}" in remote_servers`, "name the cluster its config declares, or drop ?cluster= for a single node");
  if (n !== spec.nodes.length) {
    throw new StoreError(
      `the cluster "${spec.cluster}" has ${n} shards but the URL lists ${spec.nodes.length} hosts`,
      "list one host (HTTP port) per shard, in any order, so the tables can be created on each",
    );
  }
}

async function migrate(node: ChNode, t: Topology, where: string): Promise<void> {
  const db = ident(t.database);
  await node.run(`CREATE TABLE IF NOT EXISTS ${db}.schema_migrations (version UInt32, name String, applied_at String) ENGINE = MergeTree() ORDER BY version`);
  const current = Number((await node.rows<{ v: number }>(`SELECT max(version) AS v FROM ${db}.schema_migrations`))[0]?.v ?? 0);
  if (current > LATEST) throw new StoreError(`the store ${where} has schema version ${current}, newer than this resurgence knows (${LATEST})`, "upgrade resurgence");
  for (const m of migrations.filter((x) => x.version > current)) {
    try {
      for (const stmt of m.statements(t)) await node.run(stmt);
      await node.run(`INSERT INTO ${db}.schema_migrations VALUES (${uint(m.version)}, ${str(m.name)}, ${str(new Date().toISOString())})`);
    } catch (cause) {
      throw new StoreError(`migration ${m.version} (${m.name}) failed on ${node.address}`, "its statements are idempotent: fix the cause and open the store again", { cause });
    }
  }
}

export async function openClickHouse(spec: ClickHouseSpec): Promise<Opened> {
  const topology: Topology = { database: spec.database, ...(spec.cluster ? { cluster: spec.cluster } : {}) };
  const bare = spec.nodes.map((_, i) => ChNode.open(spec, i));
  try {
    await checkCluster(spec, bare[0]!);
    for (const n of bare) await n.run(`CREATE DATABASE IF NOT EXISTS ${ident(spec.database)}`);
  } finally {
    await Promise.all(bare.map((n) => n.close()));
  }
  const nodes = spec.nodes.map((_, i) => ChNode.open(spec, i, spec.database));
  try {
    for (const n of nodes) await migrate(n, topology, describeSpec(spec));
  } catch (e) {
    await Promise.all(nodes.map((n) => n.close()));
    throw e;
  }
  return { topology, nodes };
}
