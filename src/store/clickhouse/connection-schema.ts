/**
 * The ClickHouse store's URL, parsed once into a strict spec:
 *
 *   clickhouse://[user[:password]@]host[:port][,host2[:port2]…]/database[?cluster=NAME][&secure=1]
 *
 * Ports are HTTP ports (default 8123; 8443 when secure). One host and no cluster: a single node holding
 * plain MergeTree tables. A cluster: list every shard's host (DDL is run on each, since 18.16 has no
 * ON CLUSTER without ZooKeeper); reads go through the first host's Distributed tables, a file's event
 * inserts through every host's.
 */
import { z } from "zod";
import { UsageError } from "../../errors.ts";
import { isIdent } from "./quote.ts";

const Ident = z.string().refine(isIdent, "must be a plain identifier (letters, digits, _)");

export const ClickHouseSpec = z
  .object({
    nodes: z.array(z.object({ host: z.string().min(1), port: z.number().int().min(1).max(65535) })).min(1),
    database: Ident,
    cluster: Ident.optional(),
    username: z.string().default("default"),
    password: z.string().default(""),
    secure: z.boolean().default(false),
  })
  .refine((s) => s.nodes.length === 1 || s.cluster !== undefined, { message: "several hosts need ?cluster=NAME (the remote_servers cluster they form)" });
export type ClickHouseSpec = z.infer<typeof ClickHouseSpec>;

const HINT = "use clickhouse://host:8123/database, or clickhouse://host1:8123,host2:8123/database?cluster=NAME";

/** Parses a clickhouse:// URL; throws UsageError naming what is wrong (never echoing a password). */
export function parseClickHouseUrl(url: string): ClickHouseSpec {
  const m = /^clickhouse:\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^/?#]+)\/([^/?#]*)(?:\?([^#]*))?$/i.exec(url.trim());
  if (!m) throw new UsageError(`cannot read the ClickHouse URL ${redact(url)}`, HINT);
  const [, user, password, hosts = "", database = "", query = ""] = m;
  const params = new URLSearchParams(query);
  for (const key of params.keys()) {
    if (!["cluster", "secure"].includes(key)) throw new UsageError(`unknown ClickHouse URL parameter "${key}"`, HINT);
  }
  const secure = ["1", "true"].includes(params.get("secure") ?? "");
  const nodes = hosts.split(",").map((h) => {
    const hm = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(h.trim());
    if (!hm) throw new UsageError(`cannot read the host "${h}" in the ClickHouse URL`, HINT);
    return { host: hm[1]!, port: hm[2] ? Number(hm[2]) : secure ? 8443 : 8123 };
  });
  const parsed = ClickHouseSpec.safeParse({
    nodes,
    database: decodeURIComponent(database),
    cluster: params.get("cluster") ?? undefined,
    username: user ? decodeURIComponent(user) : undefined,
    password: password ? decodeURIComponent(password) : undefined,
    secure,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`the ClickHouse URL ${redact(url)}: ${issue?.path.join(".") || "url"} ${issue?.message ?? "is invalid"}`, HINT);
  }
  return parsed.data;
}

/** The HTTP URL of one node. */
export function nodeUrl(spec: ClickHouseSpec, i: number): string {
  const n = spec.nodes[i];
  if (!n) throw new RangeError(`no node ${i}`);
  return `${spec.secure ? "https" : "http"}://${n.host}:${n.port}`;
}

/** Where the data live, without credentials. */
export function describeSpec(spec: ClickHouseSpec): string {
  const hosts = spec.nodes.map((n) => `${n.host}:${n.port}`).join(",");
  return `clickhouse://${hosts}/${spec.database}${spec.cluster ? `?cluster=${spec.cluster}` : ""}`;
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, "//***@");
}
