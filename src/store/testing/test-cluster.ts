/**
 * The real ClickHouse servers the tests run against: two loopback servers started by
 * scripts/clickhouse/cluster.sh (the same script .ci/run uses), never mocks.
 *
 * - RESURGENCE_CLICKHOUSE_DIR set (by .ci/run): use the cluster already running there; leave it running.
 * - CI set without it: fail. .ci/run starts the cluster before the tests; a suite that went on against DuckDB
 *   alone would pass CI without having tested ClickHouse.
 * - otherwise: start one for this test file and stop it (by its PIDs) when done; clickhouse-server not
 *   installed: skip, saying why.
 */
import { createClient } from "@clickhouse/client";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isCi } from "../../../test/helpers/required.ts";

const SCRIPT = fileURLToPath(new URL("../../../scripts/clickhouse/cluster.sh", import.meta.url));

export interface TestCluster {
  /** A single node (the first server) holding database `db` in plain MergeTree tables. */
  single(db: string): string;
  /** Both servers as a two-shard cluster holding database `db`. */
  sharded(db: string): string;
  /** Drops a test database on both servers. */
  drop(db: string): Promise<void>;
  stop(): void;
}

function readEnvFile(dir: string): Record<string, string> {
  const file = join(dir, "cluster.env");
  if (!existsSync(file)) throw new Error(`no ClickHouse cluster in ${dir}: ${file} is missing (start one with ${SCRIPT} start)`);
  return Object.fromEntries(
    readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.includes("="))
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
}

function installed(): boolean {
  try {
    execFileSync("bash", ["-c", "command -v clickhouse-server && command -v clickhouse-client"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function cluster(dir: string, owned: boolean): TestCluster {
  const env = readEnvFile(dir);
  const h1 = env.CLICKHOUSE_NODE1_HTTP;
  const h2 = env.CLICKHOUSE_NODE2_HTTP;
  const name = env.CLICKHOUSE_CLUSTER;
  if (!h1 || !h2 || !name) throw new Error(`${dir}/cluster.env lacks the node ports or the cluster name`);
  return {
    single: (db) => `clickhouse://127.0.0.1:${h1}/${db}`,
    sharded: (db) => `clickhouse://127.0.0.1:${h1},127.0.0.1:${h2}/${db}?cluster=${name}`,
    drop: async (db) => {
      for (const port of [h1, h2]) {
        const c = createClient({ url: `http://127.0.0.1:${port}` });
        await c.command({ query: `DROP DATABASE IF EXISTS ${db}` });
        await c.close();
      }
    },
    stop: () => {
      if (owned) execFileSync("bash", [SCRIPT, "stop", dir], { stdio: "inherit" });
    },
  };
}

/** The cluster to test against, or the reason to skip (only outside CI, only when ClickHouse is not installed). */
export function testCluster(env: NodeJS.ProcessEnv = process.env): TestCluster | { skip: string } {
  if (env.RESURGENCE_CLICKHOUSE_DIR) return cluster(env.RESURGENCE_CLICKHOUSE_DIR, false);
  if (isCi(env)) {
    throw new Error(
      "CI is set but RESURGENCE_CLICKHOUSE_DIR is not: there is no ClickHouse cluster to test, and under CI the ClickHouse stores may not be skipped. " +
        "Start one first, as .ci/run does: export RESURGENCE_CLICKHOUSE_DIR=$(bash scripts/clickhouse/cluster.sh start)",
    );
  }
  if (!installed()) {
    return { skip: "ClickHouse is not installed: the ClickHouse stores are not tested (apt-get install clickhouse-server clickhouse-client; under CI this fails)" };
  }
  // Starts the servers; any failure throws and fails the suite loudly.
  const out = execFileSync("bash", [SCRIPT, "start"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const dir = out.trim().split("\n").at(-1) ?? "";
  return cluster(dir, true);
}

/** A database name no other test uses. */
export function uniqueDb(prefix: string): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}
