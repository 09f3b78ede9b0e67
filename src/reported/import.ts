/**
 * Reads a ledger CSV (statement_date, issuer, period, geography, metric, value, basis, source_url — the layout
 * of data/demo/reported/centcom_statements.csv) into reported figures. A bad line is an error naming the file
 * and line: a ledger is small and hand-kept, so it is fixed, not partly loaded.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Registry } from "../actors/index.ts";
import { InputError, UsageError } from "../errors.ts";
import { readSmallCsv } from "../ingest/index.ts";
import { parsePeriod } from "../periods/index.ts";
import { countryToIso3 } from "../places/index.ts";
import { parseMetric } from "./metric.ts";
import { ReportedFigure, type Measure } from "../reported-figure.ts";

export const LEDGER_COLUMNS = ["statement_date", "issuer", "period", "geography", "metric", "value", "basis", "source_url"] as const;

export interface FigureInput {
  issuer: string;
  statementDate: string;
  period: string;
  places: string[];
  actorId: string;
  measure: Measure;
  value: number;
  basis?: string | null;
  sourceUrl?: string | null;
  provenance: string;
}

/** Builds one checked figure; the id is a hash of what makes the statement the same statement. */
export function makeFigure(f: FigureInput, where: { file?: string; line?: number } = {}): ReportedFigure {
  let period;
  try {
    period = parsePeriod(f.period);
  } catch (e) {
    if (e instanceof UsageError) throw new InputError(e.message, where, e.hint);
    throw e;
  }
  const countries = f.places.map((p) => {
    const iso3 = countryToIso3(p);
    if (!iso3) throw new InputError(`unknown place "${p}"`, where, "use country names or ISO3 codes joined by + (e.g. Iraq+Syria)");
    return iso3;
  });
  const key = [f.issuer, f.statementDate, period.start, period.end, [...countries].sort().join("+"), f.actorId, f.measure, f.value].join("|");
  const parsed = ReportedFigure.safeParse({
    id: createHash("sha256").update(key).digest("hex").slice(0, 16),
    issuer: f.issuer.trim(),
    statement_date: f.statementDate.trim(),
    period_start: period.start,
    period_end: period.end,
    period_label: period.label,
    countries,
    actor_id: f.actorId,
    measure: f.measure,
    value: f.value,
    basis: f.basis?.trim() || null,
    source_url: f.sourceUrl?.trim() || null,
    provenance: f.provenance,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${issue?.path.join(".") ?? "figure"}: ${issue?.message ?? "invalid"}`, where, "fix the value in the ledger");
  }
  return parsed.data;
}

export function importLedger(file: string, registry: Registry, defaultActor?: string): ReportedFigure[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new InputError("cannot open the ledger file", { file }, "check the path", { cause });
  }
  const [header, ...records] = readSmallCsv(text);
  if (!header) throw new InputError("the ledger is empty", { file }, `its header is ${LEDGER_COLUMNS.join(",")}`);
  const names = header.fields.map((h) => h.trim());
  const missing = LEDGER_COLUMNS.filter((c) => c !== "basis" && c !== "source_url" && !names.includes(c));
  if (missing.length) throw new InputError(`the ledger lacks columns: ${missing.join(", ")}`, { file, line: 1 }, `its header is ${LEDGER_COLUMNS.join(",")}`);
  if (records.length === 0) throw new InputError("the ledger has a header but no figures", { file, line: 1 }, "add one figure per line");
  return records.map((r) => {
    const where = { file, line: r.line };
    if (r.fields.length !== names.length) throw new InputError(`expected ${names.length} fields, found ${r.fields.length}`, where, "quote fields that contain commas");
    const get = (c: string) => r.fields[names.indexOf(c)]?.trim() ?? "";
    const value = Number(get("value"));
    if (get("value") === "" || !Number.isFinite(value) || value < 0) throw new InputError(`value "${get("value")}" is not a number >= 0`, where, "write the figure as digits");
    const date = get("statement_date");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new InputError(`statement_date "${date}" is not YYYY-MM-DD`, where, "write the date of the statement");
    const { actorId, measure } = parseMetric(registry, get("metric"), where, defaultActor);
    return makeFigure(
      { issuer: get("issuer"), statementDate: date, period: get("period"), places: get("geography").split(/[+,;]/).map((s) => s.trim()).filter(Boolean), actorId, measure, value, basis: get("basis"), sourceUrl: get("source_url"), provenance: `${file}:${r.line}` },
      where,
    );
  });
}
