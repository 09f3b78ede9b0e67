/**
 * The reconciliation in words: what each source said or counted, why they differ (definitions, coverage,
 * issuers), and what can and cannot be concluded. Written for a reader who has not read any codebook.
 */
import { MEASURE_WORDS } from "../../reported-figure.ts";
import type { Reconciliation, ReportedLine } from "./types.ts";
import { datasetName } from "./definitions.ts";

/** Everything a reconciliation found, before it is put into words. */
type Input = Omit<Reconciliation, "explanation">;

const PERIOD_WORDS: Record<ReportedLine["period"], string> = {
  same: "for exactly this period",
  inside: "for part of this period",
  contains: "for a longer period that includes this one",
  overlaps: "for a period that only overlaps this one",
};

function places(cs: string[]): string {
  return cs.length ? cs.join(" and ") : "all countries";
}

export function explain(r: Input): string[] {
  const out: string[] = [];
  const where = places(r.countries);
  for (const { figure: f, period } of r.reported) {
    const what = MEASURE_WORDS[f.measure];
    out.push(`${f.issuer} stated ${f.value.toLocaleString("en")} ${what} in ${places(f.countries)} for ${f.period_label} (${PERIOD_WORDS[period]}; stated ${f.statement_date}).`);
    if (f.measure === "claimed_attacks") out.push(`A claimed attack is one the group announced itself: groups claim some attacks and not others, and claims are counted whether or not anyone died.`);
    if (f.measure === "operations_against") out.push(`${f.value.toLocaleString("en")} is a count of operations against ${r.actor.name}, not of attacks by it.`);
  }
  const attackLike = r.reported.filter((x) => ["claimed_attacks", "attacks"].includes(x.figure.measure));
  if (attackLike.length > 1 && new Set(attackLike.map((x) => x.figure.measure)).size > 1) {
    out.push(`The attack figures above are different measures (${[...new Set(attackLike.map((x) => MEASURE_WORDS[x.figure.measure]))].join("; ")}) from different issuers: putting them side by side assumes they count the same thing, which they do not.`);
  }
  for (const d of r.datasets) {
    const name = datasetName(d.dataset);
    if (d.coverage.coveredDays === 0) {
      const runs = d.coverage.first ? ` (its data here run ${d.coverage.first} to ${d.coverage.last})` : "";
      out.push(`${name} has no data for ${r.period.label} in ${where} in this store${runs}, so it can neither confirm nor contradict these figures. ${name} ${d.definition}.`);
      continue;
    }
    const partial = d.coverage.coveredDays < d.coverage.days ? ` in the ${d.coverage.coveredDays} of ${d.coverage.days} days it covers` : "";
    out.push(`${name} counts ${d.events.toLocaleString("en")} events involving ${r.actor.name} in ${where} in ${r.period.label}${partial} (${d.deaths.toLocaleString("en")} deaths). ${name} ${d.definition}.`);
    for (const { figure: f, period } of attackLike) {
      if (period !== "same") continue;
      const ratio = f.value > 0 ? d.events / f.value : NaN;
      const dir = d.events > f.value ? "more" : d.events < f.value ? "fewer" : "as many";
      out.push(`Against ${f.issuer}'s ${f.value.toLocaleString("en")}, ${name} has ${dir}${Number.isFinite(ratio) && dir !== "as many" ? ` (${ratio.toFixed(2)}×)` : ""}: the difference is what each counts, not necessarily an error in either.`);
    }
  }
  for (const m of r.matches) {
    if (m.skipped) {
      out.push(`${datasetName(m.a)} and ${datasetName(m.b)} were not matched: ${m.skipped}.`);
      continue;
    }
    out.push(`${m.matched.toLocaleString("en")} events appear in both ${datasetName(m.a)} and ${datasetName(m.b)} (${(m.shareA * 100).toFixed(0)}% of ${datasetName(m.a)}'s, ${(m.shareB * 100).toFixed(0)}% of ${datasetName(m.b)}'s); together they record ${m.merged.toLocaleString("en")} distinct events. Adding the two counts would double count the shared ones.`);
  }
  if (r.reported.length === 0) out.push(`No reported figure in the ledger covers ${r.actor.name} in ${where} for ${r.period.label}.`);
  return out;
}
