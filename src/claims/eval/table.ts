/** Plain-text tables of a report, for the terminal. */
import type { Report, Tally } from "./score.ts";

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);

function row(name: string, t: Tally): string {
  return `${name.padEnd(8)} ${String(t.cases).padStart(5)} ${String(t.gold).padStart(5)} ${String(t.predicted).padStart(5)} ${String(t.matched).padStart(5)} ${t.precision.toFixed(3).padStart(6)} ${t.recall.toFixed(3).padStart(6)} ${t.f1.toFixed(3).padStart(6)}`;
}

/** The claim-level table, the field table, and (when asked) the misses per case. */
export function formatReport(r: Report, verbose = false): string {
  const lines = ["language  cases  gold  pred match      P      R     F1"];
  for (const [lang, t] of Object.entries(r.byLanguage)) lines.push(row(lang, t));
  lines.push(row("overall", r.overall), "", "field (over matched pairs)      accuracy");
  for (const [name, f] of Object.entries(r.fields)) lines.push(`${name.padEnd(24)} ${String(f.correct).padStart(3)}/${String(f.total).padEnd(3)} ${pct(f.accuracy)}`);
  if (r.languageDetection) lines.push("", `language detection        ${r.languageDetection.correct}/${r.languageDetection.total}`);
  if (verbose) {
    for (const c of r.cases) {
      if (c.missed.length === 0 && c.extra.length === 0 && c.fieldMisses.length === 0) continue;
      lines.push("", `== ${c.id}${c.detected && c.detected !== c.language ? ` (detected ${c.detected})` : ""}`);
      for (const g of c.missed) lines.push(`  missed  ${g.claim_type} ${g.quantity ?? g.comparison?.type} ${g.unit} ${g.comparison?.value ?? ""}`);
      for (const e of c.extra) lines.push(`  extra   ${e.claim_type} ${e.quantity ?? e.comparison?.type} ${e.unit} ${e.comparison?.value ?? ""} «${e.quantity_text ?? e.comparison?.text ?? ""}»`);
      for (const f of c.fieldMisses) lines.push(`  field   ${f.field}: got ${JSON.stringify(f.predicted)} want ${JSON.stringify(f.gold)}`);
    }
  }
  return lines.join("\n");
}
