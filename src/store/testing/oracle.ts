/**
 * Expected answers computed without the stores: the bundled files read by the independent plain CSV reader
 * (test/helpers/plain-csv.ts), with the README's counting rules written out in plain TypeScript. The stores'
 * answers are checked against these, never against one store's own output.
 */
import { readCsvObjects, sideHas } from "../../../test/helpers/plain-csv.ts";
import { IRAQ, SYRIA } from "../../../test/helpers/paths.ts";

export type CsvRow = Record<string, string>;

/** Every event the conformance stores hold: the Iraq file's rows (HXL tag row dropped) and the Syria file's. */
export function plainEvents(): CsvRow[] {
  return [...readCsvObjects(IRAQ).filter((r) => r.id !== "" && !(r.side_a ?? "").startsWith("#")), ...readCsvObjects(SYRIA)];
}

export function iso3(r: CsvRow): string {
  if (r.iso3) return r.iso3;
  if (r.country === "Syria") return "SYR";
  throw new Error(`the oracle knows no ISO3 for ${r.country}`);
}

const VIOLENCE: Record<string, string> = { "1": "state_based", "2": "non_state", "3": "one_sided" };
export const violence = (r: CsvRow): string => VIOLENCE[r.type_of_violence ?? ""] ?? "other";

/** The actor predicate for each role, for UCDP's name of the group (e.g. "IS"). */
export function inRole(r: CsvRow, name: string, role: "any_side" | "perpetrator" | "side_a" | "side_b"): boolean {
  const members = (s: string | undefined) => (s ?? "").split(", ").map((m) => m.trim());
  switch (role) {
    case "any_side":
      return sideHas(r, name);
    case "perpetrator":
      return r.type_of_violence === "3" && members(r.side_a).includes(name);
    case "side_a":
      return members(r.side_a).includes(name);
    case "side_b":
      return members(r.side_b).includes(name);
  }
}

export function bucketOf(date: string, by: "year" | "quarter" | "month"): string {
  if (by === "year") return date.slice(0, 4);
  if (by === "month") return date.slice(0, 7);
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Events and deaths (best) per key, sorted by key, in the stores' CountRow shape. */
export function tally(rows: CsvRow[], key: (r: CsvRow) => string): Array<{ key: string; events: number; deaths: number }> {
  const m = new Map<string, { events: number; deaths: number }>();
  for (const r of rows) {
    const k = key(r);
    const t = m.get(k) ?? { events: 0, deaths: 0 };
    t.events++;
    t.deaths += Number(r.best || 0);
    m.set(k, t);
  }
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, t]) => ({ key: k, ...t }));
}

export const dateOf = (r: CsvRow): string => (r.date_start ?? "").slice(0, 10);
