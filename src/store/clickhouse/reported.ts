/**
 * The reported-figures ledger in ClickHouse: figures are added by id (an id already there, or repeated in the
 * same call, is a duplicate) and listed by period overlap, places and actor, in the DuckDB store's order.
 * Ledgers are small (hundreds of statements), so ids are checked with an inline IN list.
 */
import { ReportedFigure } from "../../reported-figure.ts";
import type { ReportedQuery } from "../store.ts";
import type { ChNode } from "./node.ts";
import { isoDate, strArray, strList } from "./quote.ts";

export async function addReported(
  node: ChNode,
  table: string,
  figures: ReportedFigure[],
  now: Date,
  settings: Record<string, 0 | 1>,
): Promise<{ added: number; duplicates: number }> {
  const firstOfEach = [...new Map(figures.map((f) => [f.id, f] as const)).values()];
  const ids = firstOfEach.map((f) => f.id);
  const present = ids.length
    ? new Set((await node.rows<{ id: string }>(`SELECT id FROM ${table} WHERE id IN ${strList(ids)}`)).map((r) => r.id))
    : new Set<string>();
  const fresh = firstOfEach.filter((f) => !present.has(f.id));
  await node.insertRows(table, fresh.map((f) => ({ ...f, added_at: now.toISOString() })), settings);
  return { added: fresh.length, duplicates: figures.length - fresh.length };
}

/** Deletes figures by id, waiting for the mutation (one node; a cluster's reported table is refused by the caller). */
export async function removeReported(node: ChNode, table: string, ids: string[]): Promise<{ removed: number }> {
  if (ids.length === 0) return { removed: 0 };
  const present = (await node.rows<{ id: string }>(`SELECT DISTINCT id FROM ${table} WHERE id IN ${strList(ids)}`)).length;
  if (present > 0) await node.run(`ALTER TABLE ${table} DELETE WHERE id IN ${strList(ids)}`, { mutations_sync: "1" });
  return { removed: present };
}

export async function listReported(node: ChNode, table: string, q: ReportedQuery): Promise<ReportedFigure[]> {
  const where: string[] = [];
  if (q.actorIds?.length) where.push(`actor_id IN ${strList(q.actorIds)}`);
  if (q.countries?.length) where.push(`hasAny(countries, ${strArray(q.countries)})`);
  if (q.start) where.push(`period_end >= ${isoDate(q.start)}`);
  if (q.end) where.push(`period_start <= ${isoDate(q.end)}`);
  const out = await node.rows(
    `SELECT id, issuer, toString(statement_date) AS statement_date, toString(period_start) AS period_start, toString(period_end) AS period_end,
       period_label, countries, actor_id, measure, value, basis, source_url, provenance
     FROM ${table} ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY statement_date, issuer, measure`,
  );
  return out.map((r) => ReportedFigure.parse({ ...r, value: Number(r.value) }));
}
