/** Writes quarantined rows to `<name>.rejects.csv` so they can be fixed and re-ingested. */
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { RejectRow } from "../store/index.ts";

function cell(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeRejectsFile(dir: string, file: string, batchId: string, rows: RejectRow[]): string {
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `${basename(file).replace(/\.(csv|json|tsv|txt)(\.gz)?$/i, "")}.${batchId}.rejects.csv`);
  const lines = ["file,line,reason,raw", ...rows.map((r) => [r.file, r.line, r.reason, r.raw].map(cell).join(","))];
  writeFileSync(out, lines.join("\n") + "\n");
  return out;
}
