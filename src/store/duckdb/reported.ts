/** The reported-figures ledger in DuckDB: insert new figures by id, query by overlap. */
import { LIST, VARCHAR, listValue, type DuckDBConnection, type DuckDBType, type DuckDBValue } from "@duckdb/node-api";
import { ReportedFigure } from "../../reported-figure.ts";
import type { ReportedQuery } from "../store.ts";
import { rows } from "../shared/index.ts";

export async function addReported(c: DuckDBConnection, figures: ReportedFigure[], now: Date): Promise<{ added: number; duplicates: number }> {
  const count = async () => Number((await rows(c, `SELECT count(*) AS n FROM reported`))[0]?.n ?? 0);
  const before = await count();
  await c.run("BEGIN TRANSACTION");
  try {
    await c.run(
      `INSERT INTO reported
       SELECT DISTINCT ON (j->>'id') j->>'id', j->>'issuer', (j->>'statement_date')::DATE, (j->>'period_start')::DATE, (j->>'period_end')::DATE,
         j->>'period_label', from_json(j->'countries', '["VARCHAR"]'), j->>'actor_id', j->>'measure', (j->>'value')::DOUBLE,
         j->>'basis', j->>'source_url', j->>'provenance', $now::TIMESTAMP
       FROM (SELECT unnest(from_json($p, '["JSON"]')) AS j) f
       WHERE NOT EXISTS (SELECT 1 FROM reported r WHERE r.id = (f.j->>'id'))`,
      { p: JSON.stringify(figures), now: now.toISOString() },
    );
    await c.run("COMMIT");
  } catch (e) {
    await c.run("ROLLBACK");
    throw e;
  }
  const added = (await count()) - before;
  return { added, duplicates: figures.length - added };
}

export async function removeReported(c: DuckDBConnection, ids: string[]): Promise<{ removed: number }> {
  const count = async () => Number((await rows(c, `SELECT count(*) AS n FROM reported`))[0]?.n ?? 0);
  const before = await count();
  await c.run(`DELETE FROM reported WHERE list_contains(from_json($ids, '["VARCHAR"]'), id)`, { ids: JSON.stringify(ids) });
  return { removed: before - (await count()) };
}

export async function listReported(c: DuckDBConnection, q: ReportedQuery): Promise<ReportedFigure[]> {
  const where: string[] = [];
  const params: Record<string, DuckDBValue> = {};
  const types: Record<string, DuckDBType> = {};
  if (q.actorIds?.length) {
    where.push("list_contains($actors, actor_id)");
    params.actors = listValue(q.actorIds);
    types.actors = LIST(VARCHAR);
  }
  if (q.countries?.length) {
    where.push("list_has_any(countries, $countries)");
    params.countries = listValue(q.countries);
    types.countries = LIST(VARCHAR);
  }
  if (q.start) {
    where.push("period_end >= $start::DATE");
    params.start = q.start;
  }
  if (q.end) {
    where.push("period_start <= $end::DATE");
    params.end = q.end;
  }
  const out = await rows(
    c,
    `SELECT id, issuer, strftime(statement_date, '%Y-%m-%d') AS statement_date, strftime(period_start, '%Y-%m-%d') AS period_start,
       strftime(period_end, '%Y-%m-%d') AS period_end, period_label, countries, actor_id, measure, value, basis, source_url, provenance
     FROM reported ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY statement_date, issuer, measure`,
    params,
    types,
  );
  return out.map((r) => ReportedFigure.parse(r));
}
