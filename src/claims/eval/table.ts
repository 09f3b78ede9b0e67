/** Plain-text tables of a report, for the terminal; cases of held-out folds are never shown in detail. */
import type { Claim } from "../claim.ts";
import type { Report, Tally } from "./score.ts";

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);
const f = (x: number): string => x.toFixed(2).padStart(5);

function row(name: string, t: Tally): string {
  return `${name.padEnd(12)} ${String(t.cases).padStart(5)} ${String(t.gold).padStart(5)} ${String(t.predicted).padStart(5)}   ${f(t.full.precision)} ${f(t.full.recall)} ${f(t.full.f1)}   ${f(t.core.precision)} ${f(t.core.recall)} ${f(t.core.f1)}`;
}

const claimLine = (c: Claim): string =>
  `${c.claim_type} ${c.quantity ?? `${c.comparison?.type}:${c.comparison?.direction}:${c.comparison?.value}`} ${c.unit} ${c.period_start ?? "?"}..${c.period_end ?? "?"} ${c.actor_id ?? "-"} [${c.countries.join(",")}]${c.region ? ` ${c.region}` : ""} «${c.quantity_text ?? c.comparison?.text ?? ""}»`;

/** The claim table (full and core, as score.py), the folds, the fields, and (when asked) the misses of development cases. */
export function formatReport(r: Report, verbose = false): string {
  const head = "             cases  gold  pred   fullP fullR fullF   coreP coreR coreF";
  const lines = ["all cases", head];
  for (const [lang, t] of Object.entries(r.byLanguage)) lines.push(row(lang, t));
  lines.push(row("overall", r.overall), "", `held-out folds ${r.crossValidated.heldOut.join(", ")} (cases never read while writing rules)`, head);
  for (const [lang, t] of Object.entries(r.heldOutByLanguage)) lines.push(row(lang === "all" ? "overall" : lang, t));
  lines.push("", "folds (by outlet)", head);
  for (const t of r.folds) lines.push(row(`fold ${t.fold}${t.heldOut ? " held" : ""}`, t));
  lines.push(
    `full F1: all cases ${r.overall.full.f1.toFixed(3)} · mean of held-out folds ${r.crossValidated.heldOutMeanF1.toFixed(3)} · mean of all folds ${r.crossValidated.allFoldsMeanF1.toFixed(3)}`,
    "", "field (over core-matched pairs)  accuracy",
  );
  for (const [name, x] of Object.entries(r.fields)) lines.push(`${name.padEnd(24)} ${String(x.correct).padStart(3)}/${String(x.total).padEnd(3)} ${pct(x.accuracy)}`);
  if (verbose) {
    for (const c of r.cases) {
      if (c.heldOut || (c.missed.length === 0 && c.extra.length === 0 && c.fieldMisses.length === 0)) continue;
      lines.push("", `== ${c.id} (fold ${c.fold}, published ${c.published ?? "-"})`);
      for (const { gold: g, reason } of c.missed) {
        lines.push(`  missed/${reason} ${g.claim_type} ${g.quantity ?? `${g.comparison?.type}:${g.comparison?.direction}:${g.comparison?.value}`} ${g.unit} ${g.period_start ?? "?"}..${g.period_end ?? "?"} ${g.actor ?? "-"} [${(g.countries ?? []).join(",")}]`);
      }
      for (const e of c.extra) lines.push(`  extra   ${claimLine(e)}`);
      for (const m of c.fieldMisses) lines.push(`  field   ${m.field}: got ${JSON.stringify(m.predicted)} want ${JSON.stringify(m.gold)}`);
    }
  }
  return lines.join("\n");
}
