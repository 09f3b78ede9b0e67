/**
 * The good rows the bad-input corpus is made from, one source per format, and how each format writes them.
 * UCDP and GDELT rows are real (data/demo: UCDP GED CC BY 4.0, GDELT free and open); ACLED and GTD rows are
 * hand-written (their terms forbid redistributing real rows). Every kind takes its own slice of rows, so no
 * two corpus files share an id unless a file is about duplicates.
 */
import { join } from "node:path";
import { ACLED_EXPORT as ACLED_EXPORT_COLUMNS } from "../../../src/sources/acled/columns.ts";
import { GDELT_EVENT_COLUMNS as GDELT_COLUMNS } from "../../../src/sources/gdelt/columns.ts";
import { GTD_COLUMNS } from "../../../src/sources/gtd/columns.ts";
import { GED191 as GED191_COLUMNS } from "../../../src/sources/ucdp/columns.ts";
import { DEMO, MIRROR, SYRIA } from "../../helpers/paths.ts";
import { parseCsv, readText } from "../../helpers/plain-csv.ts";

const DEMO_GDELT = join(DEMO, "gdelt", "20180101000000.export.CSV.gz");

export type Row = Record<string, string>;
export type JsonEvent = Record<string, unknown>;

/** The formats of the corpus: the folder names under test/fixtures/bad/. */
export const FORMATS = ["ged-csv", "ged-json", "gdelt", "acled", "gtd"] as const;
export type Format = (typeof FORMATS)[number];

/** How many rows each kind may take from a format's pool. */
const SLICE = 12;

let gedPool: Row[] | undefined;
/** Real GED 19.1 rows of the Syria file. */
function gedRows(): Row[] {
  if (!gedPool) {
    // The first 2 MB hold well over 2,000 rows; the last record read may be cut, so it is dropped.
    const [header, ...rest] = parseCsv(readText(SYRIA).slice(0, 2_000_000));
    gedPool = rest.slice(0, Math.min(2000, rest.length - 1)).map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ""])));
  }
  return gedPool;
}

let mirrorPool: JsonEvent[] | undefined;
function mirrorEvents(): JsonEvent[] {
  mirrorPool ??= (JSON.parse(readText(MIRROR)) as { events: JsonEvent[] }).events;
  return mirrorPool;
}

/** GDELT's collapse key fields (see src/sources/gdelt/mapping.ts), to keep one record per event in the pool. */
const COLLAPSE = ["SQLDATE", "EventCode", "Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name", "ActionGeo_Type", "ActionGeo_CountryCode", "ActionGeo_FeatureID"];

let gdeltPool: Row[] | undefined;
/** Real GDELT records, one per collapsed event, with a non-empty place (so each is one distinct event). */
function gdeltRows(): Row[] {
  if (!gdeltPool) {
    const seen = new Set<string>();
    gdeltPool = [];
    for (const line of readText(DEMO_GDELT).split("\n")) {
      const f = line.split("\t");
      if (f.length !== GDELT_COLUMNS.length) continue;
      const row = Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, f[i] ?? ""]));
      const key = COLLAPSE.map((c) => row[c]).join("|");
      if (seen.has(key) || row.ActionGeo_FeatureID === "") continue;
      seen.add(key);
      gdeltPool.push(row);
    }
  }
  return gdeltPool;
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");

/** A hand-written ACLED row (not ACLED data); ids SYR7<kind><n>. */
function acledRow(kind: number, n: number): Row {
  // ACLED is a living dataset: an export removes the events it no longer has within its country and dates, so
  // each kind keeps to a month of its own and never touches another kind's rows in a shared store.
  const year = 2000 + Math.floor(kind / 12);
  const date = `${year}-${pad(1 + (kind % 12), 2)}-${pad(1 + n, 2)}`;
  return {
    event_id_cnty: `SYR7${pad(kind, 2)}${pad(n, 3)}`, event_date: date, year: String(year), time_precision: "1",
    disorder_type: "Political violence", event_type: "Explosions/Remote violence", sub_event_type: "Remote explosive/landmine/IED",
    actor1: "Islamic State (Syria)", assoc_actor_1: "", inter1: "2", actor2: "Military Forces of Syria (2000-2024)", assoc_actor_2: "",
    inter2: "1", interaction: "12", civilian_targeting: "", iso: "760", region: "Middle East", country: "Syria",
    admin1: "Deir ez Zor", admin2: "Al Mayadin", admin3: "Al Mayadin", location: "Al Mayadin", latitude: "35.0196",
    longitude: "40.4513", geo_precision: "1", source: "Hand Source A", source_scale: "National",
    notes: `Hand-written corpus row ${kind}.${n}, not ACLED data.`, fatalities: String(n % 4), tags: "", timestamp: "1711000000",
  };
}

/** A hand-written GTD row (not GTD data); eventids 20160<kind><n>. */
function gtdRow(kind: number, n: number): Row {
  const row: Row = Object.fromEntries(GTD_COLUMNS.map((c) => [c, ""]));
  return Object.assign(row, {
    eventid: `20160${pad(kind, 2)}${pad(n, 5)}`, iyear: "2016", imonth: String(1 + (n % 12)), iday: String(1 + (kind % 28)),
    extended: "0", country_txt: "Iraq", region_txt: "Middle East & North Africa", provstate: "Nineveh", city: "Mosul",
    latitude: "36.340000", longitude: "43.130000", specificity: "1", vicinity: "0",
    summary: `Hand-written corpus row ${kind}.${n}, not GTD data.`, attacktype1_txt: "Bombing/Explosion", targtype1_txt: "Military",
    gname: "Islamic State of Iraq and the Levant (ISIL)", nkill: String(n % 5), nwound: "1", scite1: "Hand-written citation.",
    dbsource: "Hand-written",
  });
}

/** `count` good rows for the kind numbered `kind` (0-based), distinct from every other kind's. */
export function goodRows(format: Exclude<Format, "ged-json">, kind: number, count: number): Row[] {
  if (count > SLICE) throw new Error(`a kind takes at most ${SLICE} rows`);
  const idx = Array.from({ length: count }, (_, i) => kind * SLICE + i);
  switch (format) {
    case "ged-csv":
      return idx.map((i) => ({ ...gedRows()[i]! }));
    case "gdelt":
      return idx.map((i) => ({ ...gdeltRows()[i]! }));
    case "acled":
      return idx.map((_, n) => acledRow(kind, n));
    case "gtd":
      return idx.map((_, n) => gtdRow(kind, n));
    default:
      throw new Error(`no rows for ${String(format satisfies never)}`);
  }
}

/** `count` real mirror events for the kind numbered `kind`. */
export function goodEvents(kind: number, count: number): JsonEvent[] {
  return Array.from({ length: count }, (_, i) => structuredClone(mirrorEvents()[kind * SLICE + i]!));
}

/** The column order a CSV/TSV format writes. */
export function columnsOf(format: Exclude<Format, "ged-json">): readonly string[] {
  switch (format) {
    case "ged-csv":
      return GED191_COLUMNS;
    case "gdelt":
      return GDELT_COLUMNS;
    case "acled":
      return ACLED_EXPORT_COLUMNS;
    case "gtd":
      return GTD_COLUMNS;
    default:
      throw new Error(`no columns for ${String(format satisfies never)}`);
  }
}

/** One field as RFC 4180 writes it (GDELT never quotes). */
export function field(v: string, delim: string, quoting: boolean): string {
  if (!quoting) return v;
  return v.includes(delim) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export interface WriteOptions {
  delim?: string;
  newline?: string;
  columns?: readonly string[];
  /** Whether to write the header row (default: the format's own habit; GDELT has none). */
  header?: boolean;
  trailingNewline?: boolean;
}

/** A CSV/TSV text in the format's layout. */
export function writeRows(format: Exclude<Format, "ged-json">, rows: Row[], o: WriteOptions = {}): string {
  const gdelt = format === "gdelt";
  const delim = o.delim ?? (gdelt ? "\t" : ",");
  const nl = o.newline ?? "\n";
  const cols = o.columns ?? columnsOf(format);
  const lines = rows.map((r) => cols.map((c) => field(r[c] ?? "", delim, !gdelt)).join(delim));
  if (o.header ?? !gdelt) lines.unshift(cols.map((c) => field(c, delim, !gdelt)).join(delim));
  return lines.join(nl) + (o.trailingNewline === false ? "" : nl);
}

/** A mirror JSON text: the events under `events`, with a little of the mirror's metadata before them. */
export function writeEvents(events: unknown, space?: number): string {
  return JSON.stringify({ schema: 1, annualVersion: "26.1", events }, null, space);
}
