/** A check report as Markdown: each claim quoted, its verdict, and the evidence as a list, in the report's language. */
import { messages, regionName, unitWords } from "../../messages/index.ts";
import { replyLang } from "./check.ts";
import type { CheckReport } from "./types.ts";

/** Escapes what Markdown would read as markup, so article text is shown, never interpreted. */
function md(s: string): string {
  return s.replace(/([\\`*_[\]#|<>])/g, "\\$1").replace(/\n/g, " ");
}

/** The report as Markdown; its words in the language the report's sentences were written in (the article's, when the catalogue has it). */
export function checkMarkdown(r: CheckReport): string {
  const m = messages(r.messageLang ?? replyLang(r.lang));
  const w = m.check.report;
  const lines = [`# ${w.title}`, "", w.meta(r.lang, r.published ?? w.unknownPublished), ""];
  // Claims left open for want of a publication date are named on the note's line, not each given a section.
  const waiting = r.claims.filter((c) => c.needsPublished);
  for (const n of r.notes) lines.push(`${md(n)}${waiting.length ? ` ${waiting.map((c) => `“${md(c.quote)}”`).join(", ")}.` : ""}`, "");
  r.claims.filter((c) => !c.needsPublished).forEach((c, i) => {
    const k = c.claim;
    const unit = unitWords(m, k.unit);
    const what = k.claim_type === "comparison" ? `${k.comparison?.text ?? w.comparison}` : `${k.quantity_text ?? k.quantity?.toLocaleString(m.locale)} ${unit}`;
    lines.push(`## ${i + 1}. “${md(c.quote)}” — **${w.verdicts[c.verdict]}**`, "");
    lines.push(`${md(c.actorName ?? w.unknownActor)} · ${md(what)} · ${k.countries.join(", ") || md(k.region ? regionName(m, k.region) : w.noPlace)} · ${k.period_start ?? "?"}..${k.period_end ?? "?"}${k.attributed_source ? md(w.according(k.attributed_source)) : ""}`, "");
    lines.push(md(c.summary), "");
    for (const e of c.evidence) lines.push(`- ${md(e.text)}${e.url ? ` (${e.url})` : ""}`);
    lines.push("");
  });
  if (r.claims.length === 0) lines.push(w.none);
  return lines.join("\n");
}
