/**
 * The briefing as one self-contained HTML page (inline SVG, one style element, no script), sized to print
 * on two A4 pages at most. `BRIEFING_CSS` is exported so a server can allow exactly this style by its hash.
 */
import type { BriefingData } from "./data.ts";
import { longDate } from "./dates.ts";
import { esc } from "./svg/escape.ts";
import { chartSvg } from "./svg/chart.ts";
import { mapSvg } from "./svg/map.ts";
import { ledgerHeader, ledgerRows, placeHeader, placeRows, reconcileHeader, reconcileRows, tableHeaderGroups, tableRows } from "./table.ts";
import { briefingWords } from "./words.ts";

export const BRIEFING_CSS = `
@page { size: A4; margin: 14mm 14mm 14mm 14mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1b1f24; font-size: 10.5pt; line-height: 1.4; max-width: 182mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 4pt; }
h2 { font-size: 11.5pt; margin: 12pt 0 4pt; border-bottom: 1px solid #d5dbe1; padding-bottom: 2pt; }
.headline { font-size: 12.5pt; font-weight: bold; margin: 6pt 0 8pt; }
.warning { background: #fff6d6; padding: 3pt 6pt; }
.note, .rule, footer { color: #555; font-size: 8.5pt; }
svg { max-width: 100%; height: auto; display: block; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
th, td { border-bottom: 1px solid #d5dbe1; padding: 2pt 4pt; text-align: right; white-space: nowrap; }
th:first-child, td:first-child { text-align: left; }
/* Headers wrap between words (never inside one): "gedekte dagen" or a range period takes two short lines, not the last column. */
thead th { color: #555; vertical-align: bottom; white-space: normal; }
tr.total td { font-weight: bold; border-top: 1.5px solid #1b1f24; }
ul { margin: 2pt 0; padding-left: 14pt; }
li { margin: 1pt 0; }
.keep { break-inside: avoid; }
/* Two pages at most: the statistics sentence, caveats and sources in smaller type than the headline's story. */
.finding { font-size: 9.5pt; margin: 4pt 0; }
ul.small { font-size: 9pt; }
/* The tables must fit A4 in both languages with no clipped column: figures, periods, places and dates never
   wrap; only the long texts (sources, what a figure counts, definitions) do. */
table.cmp { font-size: 7.5pt; font-family: "DejaVu Sans Condensed", "Liberation Sans Narrow", "Arial Narrow", "DejaVu Sans", Arial, sans-serif; font-stretch: condensed; }
table.cmp th, table.cmp td { padding: 2pt 3pt; }
table.cmp thead tr:first-child th { text-align: center; border-bottom: 1px solid #9aa4ae; }
table.rec td, table.rec th, table.ledger td, table.ledger th { text-align: left; }
table.rec td:nth-child(1), table.rec td:nth-child(5) { white-space: normal; }
table.rec td:nth-child(1) { width: 30%; }
table.rec td:nth-child(4) { text-align: right; }
table.ledger td:nth-child(3) { text-align: right; }
table.ledger td:nth-child(4), table.ledger td:nth-child(5) { white-space: normal; }
`;

const cells = (r: string[]) => r.map((c) => `<td>${esc(c)}</td>`).join("");

function table(cls: string, header: string[], rows: string[][]): string {
  return `<table${cls ? ` class="${cls}"` : ""}><thead><tr>${header.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead>
<tbody>${rows.map((r) => `<tr>${cells(r)}</tr>`).join("\n")}</tbody></table>`;
}

export async function renderHtml(d: BriefingData): Promise<string> {
  const w = briefingWords(d.lang);
  const rows = d.comparison.rows;
  const body = tableRows(rows, w, d.lang, d.deathsRecorded);
  const head = tableHeaderGroups(rows, w);
  const shown = (n: number, t: number, s: boolean) => w.shown(n.toLocaleString(w.locale), t.toLocaleString(w.locale), s);
  // No event in either period: no map (an empty map of the world says nothing the table does not).
  const map = d.map.a.shown + d.map.b.shown > 0 ? await mapSvg(d.map.a, d.map.b, w.map) : "";
  return `<!doctype html>
<html lang="${esc(d.lang)}"><head><meta charset="utf-8"><title>${esc(d.title)}</title><style>${BRIEFING_CSS}</style></head>
<body>
<h1>${esc(d.title)}</h1>
<p class="headline">${esc(d.headline)}</p>
${d.warnings.map((x) => `<p class="warning">${esc(x)}</p>`).join("\n")}
${
  d.series.points.some((p) => p.covered)
    ? `<section class="keep"><h2>${esc(w.chart)}</h2>
${chartSvg(d.series.points, d.period, d.vs, w.chart, "regimes" in d.detection ? d.detection : null, w)}
<p class="note">${esc(w.chartNote(d.period.label, d.vs.label))} ${"regimes" in d.detection ? esc(w.chartOverlay) : ""}</p>
${"regimes" in d.detection && d.detection.regrouping ? `<p>${esc(d.detection.regrouping)}</p>` : ""}</section>`
    : ""
}
${
  d.map.a.shown + d.map.b.shown > 0
    ? `<section class="keep"><h2>${esc(w.map)}</h2>
${map}
<p class="note">${esc(w.mapNote(d.period.label, d.vs.label, `${shown(d.map.a.shown, d.map.a.total, d.map.a.sampled)}; ${shown(d.map.b.shown, d.map.b.total, d.map.b.sampled)}`))}</p></section>`
    : ""
}
<section class="keep"><h2>${esc(w.table)}</h2>
<table class="cmp"><thead><tr>${head.groups.map((g) => `<th scope="colgroup" colspan="${g.span}">${esc(g.label)}</th>`).join("")}</tr>
<tr>${head.columns.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead>
<tbody>${body.map((r, i) => `<tr${rows[i]?.country === "ALL" ? ' class="total"' : ""}>${cells(r)}</tr>`).join("\n")}</tbody></table>
${d.ledger ? "" : `<p class="finding">${esc(d.finding)}</p>`}
<p class="rule">${esc(d.ruleText)}</p></section>
${
  d.places.length
    ? `<section class="keep"><h2>${esc(w.where)}</h2>
${table("", placeHeader(d, w), placeRows(d.places, w, d.lang))}</section>`
    : ""
}
${
  d.ledger
    ? `<section class="keep"><h2>${esc(w.ledger)}</h2>
${table("ledger", ledgerHeader(w), ledgerRows([d.ledger.a, d.ledger.b], d.lang))}
<p class="finding">${esc(d.finding)}</p>
<ul class="small">${d.ledger.caveats.map((c) => `<li>${esc(c)}</li>`).join("")}</ul></section>`
    : ""
}
<section class="keep"><h2>${esc(w.reconciliation)}</h2>
${table("rec", reconcileHeader(w), reconcileRows(d, w))}
<ul class="note">${d.reconciliation.a.explanation.slice(0, 3).map((x) => `<li>${esc(x)}</li>`).join("")}</ul></section>
<section class="keep"><h2>${esc(w.caveats)}</h2><ul class="small">${d.caveats.map((c) => `<li>${esc(c)}</li>`).join("")}</ul></section>
<section class="keep"><h2>${esc(w.sources)}</h2><ul class="small">${d.sources.map((s) => `<li>${esc(s)}</li>`).join("")}</ul></section>
<footer>${esc(w.generated)} ${esc(longDate(d.generated, w.locale))} · resurgence</footer>
</body></html>
`;
}
