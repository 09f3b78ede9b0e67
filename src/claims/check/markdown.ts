/** A check report as Markdown: each claim quoted, its verdict, and the evidence as a list. */
import type { CheckReport } from "./types.ts";

const LABEL = { consistent: "consistent", inconsistent: "inconsistent", not_comparable: "not comparable", no_data: "no data for the period", unchecked: "not checked" } as const;

/** Escapes what Markdown would read as markup, so article text is shown, never interpreted. */
function md(s: string): string {
  return s.replace(/([\\`*_[\]#|<>])/g, "\\$1").replace(/\n/g, " ");
}

export function checkMarkdown(r: CheckReport): string {
  const lines = [`# Claims checked`, "", `Language: ${r.lang}; published: ${r.published ?? "unknown (relative periods unresolved)"}.`, ""];
  // Claims left open for want of a publication date are named on the note's line, not each given a section.
  const waiting = r.claims.filter((c) => c.needsPublished);
  for (const n of r.notes) lines.push(`${md(n)}${waiting.length ? ` ${waiting.map((c) => `“${md(c.quote)}”`).join(", ")}.` : ""}`, "");
  r.claims.filter((c) => !c.needsPublished).forEach((c, i) => {
    const k = c.claim;
    const what = k.claim_type === "comparison" ? `${k.comparison?.text ?? "comparison"}` : `${k.quantity_text ?? k.quantity} ${k.unit.replace(/_/g, " ")}`;
    lines.push(`## ${i + 1}. “${md(c.quote)}” — **${LABEL[c.verdict]}**`, "");
    lines.push(`${md(k.actor ?? "unknown actor")} · ${md(what)} · ${k.countries.join(", ") || md(k.region ?? "no place")} · ${k.period_start ?? "?"}..${k.period_end ?? "?"}${k.attributed_source ? ` · according to ${md(k.attributed_source)}` : ""}`, "");
    lines.push(md(c.summary), "");
    for (const e of c.evidence) lines.push(`- ${md(e.text)}${e.url ? ` (${e.url})` : ""}`);
    lines.push("");
  });
  if (r.claims.length === 0) lines.push("No quantitative claims about armed groups were found.");
  return lines.join("\n");
}
