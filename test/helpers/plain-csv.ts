/**
 * An independent, deliberately plain RFC 4180 reader for golden tests: it shares no code with the ingest it
 * checks, so a count it produces is a second opinion, not a copy.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { gunzipSync } from "node:zlib";

export function readText(file: string): string {
  const buf = readFileSync(file);
  return (file.endsWith(".gz") ? gunzipSync(buf) : buf).toString("utf8");
}

export function parseCsv(text: string, delim = ","): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delim) {
      record.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const cache = new Map<string, Array<Record<string, string>>>();

/** Rows as objects keyed by the header (parsed once per file per test process). */
export function readCsvObjects(file: string): Array<Record<string, string>> {
  const hit = cache.get(file);
  if (hit) return hit;
  const [header, ...rest] = parseCsv(readText(file));
  const rows = header ? rest.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))) : [];
  cache.set(file, rows);
  return rows;
}

/** The README's rule: side_a or side_b is, or contains as a coalition member, the given name. */
export function sideHas(row: Record<string, string>, name: string): boolean {
  const members = (s: string | undefined) => (s ?? "").split(", ").map((m) => m.trim());
  return members(row.side_a).includes(name) || members(row.side_b).includes(name);
}

/** Counts rows per calendar year of date_start matching a predicate. */
export function countByYear(rows: Array<Record<string, string>>, pred: (r: Record<string, string>) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    if (!pred(r)) continue;
    const y = (r.date_start ?? "").slice(0, 4);
    out.set(y, (out.get(y) ?? 0) + 1);
  }
  return out;
}

/** `file` unpacked into `dir` as a plain CSV file (what a user who unzipped it has), for the plain-file ingest. */
export function unpackedCopy(file: string, dir: string): string {
  const out = join(dir, basename(file).replace(/\.gz$/, ""));
  const buf = readFileSync(file);
  writeFileSync(out, file.endsWith(".gz") ? gunzipSync(buf) : buf);
  return out;
}
