/**
 * The briefing as Markdown: headline, chart and map as SVG data-URI images (most Markdown viewers show
 * them; the HTML and PDF renderings inline them), the table, caveats and sources. Data are escaped so a
 * name cannot become markup or break the table.
 */
import type { BriefingData } from "./data.ts";
import { chartSvg } from "./svg/chart.ts";
import { mapSvg } from "./svg/map.ts";
import { placeRows, reconcileRows, tableHeader, tableRows } from "./table.ts";
import { briefingWords } from "./words.ts";
import { measureWords } from "../analysis/ledger/index.ts";

/**
 * Escapes text for Markdown: anything that could open raw HTML (`<` before a letter, `/`, `!` or `?`; `&`
 * before an entity), table pipes, emphasis and link syntax. "p < 0.001" stays readable.
 */
export function mdEscape(s: string): string {
  return s
    .replace(/<(?=[A-Za-z/!?])/g, "&lt;")
    .replace(/&(?=#?\w+;)/g, "&amp;")
    .replace(/([\\`*_[\]|#])/g, "\\$1")
    .replace(/\r?\n/g, " ");
}

const dataUri = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`;

export async function renderMarkdown(d: BriefingData): Promise<string> {
  const w = briefingWords(d.lang);
  const rows = d.comparison.rows;
  const loc = d.lang === "nl" ? "nl-NL" : "en-GB";
  const shown = (n: number, t: number, s: boolean) => w.shown(n.toLocaleString(loc), t.toLocaleString(loc), s);
  const chart = chartSvg(d.series.points, d.period, d.vs, w.chart, "regimes" in d.detection ? d.detection : null);
  // No event in either period: no map (an empty map of the world says nothing the table does not).
  const map = d.map.a.shown + d.map.b.shown > 0 ? await mapSvg(d.map.a, d.map.b, w.map) : "";
  const lines = [
    `# ${mdEscape(d.title)}`,
    "",
    `**${mdEscape(d.headline)}**`,
    "",
    ...d.warnings.map((x) => `> ${mdEscape(x)}`),
    `## ${w.chart}`,
    "",
    `![${w.chart}](${dataUri(chart)})`,
    "",
    `_${mdEscape([w.chartNote(d.period.label, d.vs.label), "regimes" in d.detection ? w.chartOverlay : ""].join(" ").trim())}_`,
    "",
    ...("regimes" in d.detection && d.detection.regrouping ? [mdEscape(d.detection.regrouping), ""] : []),
    ...(map
      ? [
          `## ${w.map}`,
          "",
          `![${w.map}](${dataUri(map)})`,
          "",
          `_${mdEscape(w.mapNote(d.period.label, d.vs.label, `${shown(d.map.a.shown, d.map.a.total, d.map.a.sampled)}; ${shown(d.map.b.shown, d.map.b.total, d.map.b.sampled)}`))}_`,
          "",
        ]
      : []),
    `## ${w.table}`,
    "",
    `| ${tableHeader(rows, w).map(mdEscape).join(" | ")} |`,
    `|${tableHeader(rows, w).map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`,
    ...tableRows(rows, w, d.lang).map((r) => `| ${r.map(mdEscape).join(" | ")} |`),
    "",
    mdEscape(d.ruleText),
    "",
    ...(d.places.length
      ? [
          `## ${w.where}`,
          "",
          `| ${w.whereHead(d.period.label, d.vs.label).map(mdEscape).join(" | ")} |`,
          "|---|---:|---:|---:|",
          ...placeRows(d.places, w, d.lang).map((r) => `| ${r.map(mdEscape).join(" | ")} |`),
          "",
        ]
      : []),
    ...(d.ledger
      ? [
          `## ${w.ledger}`,
          "",
          `| ${w.ledgerHead.map(mdEscape).join(" | ")} |`,
          "|---|---:|---|---|---|---|",
          ...[d.ledger.a, d.ledger.b].map((f) => `| ${[f.period_label, f.value.toLocaleString(d.lang === "nl" ? "nl-NL" : "en-GB"), measureWords(f.measure, d.lang), f.countries.join("+"), f.issuer, f.statement_date].map(mdEscape).join(" | ")} |`),
          "",
          mdEscape(d.ledger.comparison.sentence),
          "",
          ...d.ledger.caveats.map((c) => `- ${mdEscape(c)}`),
          "",
        ]
      : []),
    `## ${w.reconciliation}`,
    "",
    `| ${w.reconcileHead.map(mdEscape).join(" | ")} |`,
    "|---|---|---:|---|",
    ...reconcileRows(d, d.lang).map((r) => `| ${r.map(mdEscape).join(" | ")} |`),
    "",
    ...d.reconciliation.a.explanation.slice(0, 3).map((x) => `- ${mdEscape(x)}`),
    "",
    `## ${w.caveats}`,
    "",
    ...d.caveats.map((c) => `- ${mdEscape(c)}`),
    "",
    `## ${w.sources}`,
    "",
    ...d.sources.map((s) => `- ${mdEscape(s)}`),
    "",
    `_${w.generated} ${d.generated} · resurgence_`,
    "",
  ];
  return lines.join("\n");
}
