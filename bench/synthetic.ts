/**
 * Seeded synthetic GED-shaped events for the benchmark: the 41 columns of UCDP GED 19.1 with realistic
 * value shapes (coalition sides, quoted source text with commas, coordinates, date precisions). The same seed
 * gives the same file, so runs compare like with like.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync } from "node:fs";
import { once } from "node:events";
import { dirname } from "node:path";
import { GED191 } from "../src/sources/ucdp/columns.ts";

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const COUNTRIES = [
  ["Syria", 652], ["Iraq", 645], ["Afghanistan", 700], ["Nigeria", 475], ["Somalia", 520], ["Mali", 432], ["Yemen (North Yemen)", 678],
  ["Pakistan", 770], ["DR Congo (Zaire)", 490], ["Burkina Faso", 439], ["Mozambique", 541], ["Niger", 436], ["Sudan", 625],
  ["Ethiopia", 530], ["Myanmar (Burma)", 775], ["Colombia", 100], ["Mexico", 70], ["Philippines", 840], ["India", 750], ["Cameroon", 471],
] as const;

export const ACTORS = ["IS", "Taleban", "Al-Shabaab", "JNIM", "HTS", "SDF", "Syrian insurgents", "TTP", "Boko Haram", "Sinaloa Cartel", "ADF", "PKK"];

function quote(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One synthetic row in GED 19.1 column order. */
function row(i: number, rnd: () => number): string {
  const [country, gw] = COUNTRIES[Math.floor(rnd() * COUNTRIES.length)]!;
  const actor = ACTORS[Math.floor(rnd() * ACTORS.length)]!;
  const type = 1 + Math.floor(rnd() * 3);
  const sideA = type === 1 ? `Government of ${country}` : rnd() < 0.15 ? `${actor}, ${ACTORS[(ACTORS.indexOf(actor) + 1) % ACTORS.length]}` : actor;
  const sideB = type === 3 ? "Civilians" : type === 1 ? actor : ACTORS[Math.floor(rnd() * ACTORS.length)]!;
  const day = Math.floor(rnd() * 12_784); // 1989-01-01 .. 2023-12-31
  const d = new Date(Date.UTC(1989, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const best = Math.floor(-Math.log(1 - rnd()) * 4) + 1;
  const lat = (rnd() * 60 - 20).toFixed(6);
  const lon = (rnd() * 120 - 20).toFixed(6);
  const values: Record<string, string | number> = {
    id: 1_000_000 + i, year: d.slice(0, 4), active_year: 1, type_of_violence: type, conflict_new_id: 200 + (i % 50),
    conflict_name: `${country}: Government`, dyad_new_id: 10_000 + (i % 400), dyad_name: `${sideA} - ${sideB}`, side_a_new_id: 100 + (i % 30),
    side_a: sideA, side_b_new_id: 200 + (i % 30), gwnob: "", side_b: sideB, number_of_sources: 1 + (i % 4),
    source_article: `"Agency ${i % 17},${d},Clashes near town ${i % 997}, several killed"`, source_office: `Agency ${i % 17}`, source_date: d,
    source_headline: `Clashes near town ${i % 997}`, source_original: "Local sources", where_prec: 1 + (i % 7), where_coordinates: `Town ${i % 997} village`,
    adm_1: `Province ${i % 31}`, adm_2: `District ${i % 211}`, latitude: lat, longitude: lon, geom_wkt: `POINT (${lon} ${lat})`, priogrid_gid: 100_000 + (i % 50_000),
    country, country_id: gw, region: "Middle East", event_clarity: 1, date_prec: 1 + (i % 5), date_start: d, date_end: d,
    deaths_a: 0, deaths_b: best, deaths_civilians: 0, deaths_unknown: 0, low: best, best, high: best + (i % 3),
  };
  return GED191.map((c) => quote(String(values[c] ?? ""))).join(",");
}

/**
 * Writes `header` (if any) and `n` rows made by `row(i)` to `file` through a temporary file, unless `file`
 * already exists (same seed, same file: a benchmark reuses it). Returns the path.
 */
export async function writeRows(file: string, n: number, row: (i: number) => string, header?: string): Promise<string> {
  if (existsSync(file)) return file;
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  const out = createWriteStream(tmp);
  if (header !== undefined) out.write(header + "\n");
  let buf: string[] = [];
  for (let i = 0; i < n; i++) {
    buf.push(row(i));
    if (buf.length === 10_000) {
      if (!out.write(buf.join("\n") + "\n")) await once(out, "drain");
      buf = [];
    }
  }
  if (buf.length) out.write(buf.join("\n") + "\n");
  out.end();
  await once(out, "finish");
  renameSync(tmp, file);
  return file;
}

/** Writes `n` synthetic GED 19.1 rows to `file` unless it already exists; returns the path. */
export function syntheticGed(file: string, n: number, seed = 42): Promise<string> {
  const rnd = mulberry32(seed);
  return writeRows(file, n, (i) => row(i, rnd), GED191.map((c) => `"${c}"`).join(","));
}
