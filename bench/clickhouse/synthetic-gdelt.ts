/**
 * Seeded synthetic GDELT-shaped events: real rows of the bundled GDELT 2.0 export used as templates, each
 * copy given a new GLOBALEVENTID and a random day in 2015..2024, so the file has GDELT's 61 tab-separated
 * fields, its actor and place mix, and its re-reports (copies that land on the same day collapse, as GDELT's
 * own do). The same seed gives the same file.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { mulberry32, writeRows } from "../synthetic.ts";

const TEMPLATE = join(fileURLToPath(new URL("../..", import.meta.url)), "data", "demo", "gdelt", "20180101000000.export.CSV.gz");
const DAYS = 3653;

/** Writes `n` rows to `file` unless it already exists; returns the path. */
export function syntheticGdelt(file: string, n: number, seed = 7): Promise<string> {
  if (existsSync(file)) return Promise.resolve(file);
  const templates = gunzipSync(readFileSync(TEMPLATE)).toString("utf8").split("\n").filter((l) => l.length > 0).map((l) => l.split("\t"));
  const rnd = mulberry32(seed);
  return writeRows(file, n, (i) => {
    const f = [...templates[Math.floor(rnd() * templates.length)]!];
    const d = new Date(Date.UTC(2015, 0, 1) + Math.floor(rnd() * DAYS) * 86_400_000).toISOString().slice(0, 10);
    const y = d.slice(0, 4);
    f[0] = String(900_000_000 + i);
    f[1] = d.replace(/-/g, "");
    f[2] = `${y}${d.slice(5, 7)}`;
    f[3] = y;
    f[4] = (Number(y) + Number(d.slice(5, 7)) / 12).toFixed(4);
    f[59] = `${d.replace(/-/g, "")}000000`;
    return f.join("\t");
  });
}
