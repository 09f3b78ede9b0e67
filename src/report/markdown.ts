/**
 * The briefing as Markdown: headline, chart and map, the tables, caveats and sources. The images are placed by
 * an `ImagePlacer`: inline SVG, one element a line, by default (one answer with nothing beside it, as the API
 * gives it), or SVG files beside the Markdown, linked relatively (`svgFiles`, what `brief --out x.md` writes).
 * Never a base64 data URI, which no one can read or diff. Data are escaped so a name cannot become markup or
 * break the table.
 */
import type { BriefingData } from "./data.ts";
import { longDate } from "./dates.ts";
import { chartSvg } from "./svg/chart.ts";
import { mapSvg } from "./svg/map.ts";
import { ledgerHeader, ledgerRows, placeHeader, placeRows, reconcileHeader, reconcileRows, tableHeader, tableRows } from "./table.ts";
import { briefingWords } from "./words.ts";

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

/** A Markdown table; the columns in `left` are left-aligned, the others (figures) right-aligned. */
function mdTable(header: string[], rows: string[][], left: number[]): string[] {
  return [`| ${header.map(mdEscape).join(" | ")} |`, `|${header.map((_, i) => (left.includes(i) ? "---" : "---:")).join("|")}|`, ...rows.map((r) => `| ${r.map(mdEscape).join(" | ")} |`)];
}

/** Puts an image into the Markdown and returns the text that stands for it there. */
export type ImagePlacer = (name: "chart" | "map", svg: string, alt: string) => string;

/**
 * The SVG inline, as an HTML block: one element a line, long ones (a map's paths) wrapped where SVG reads a
 * line break as any other white space; never a blank line, so the block holds together.
 */
export const inlineSvg: ImagePlacer = (_name, svg) =>
  svg
    .replace(/></g, ">\n<")
    .split("\n")
    // A path's commands may be separated by any white space: a long path is broken before its L and M commands.
    .map((line) => (line.startsWith("<path ") ? line.replace(/(.{100,}?)(?=[LM]-?\d)/g, "$1\n") : line.replace(/(.{100,}?) /g, "$1\n")))
    .join("\n");

/**
 * Images as files named `<stem>-chart.svg` and `<stem>-map.svg`, linked relatively; the caller writes `files`
 * beside the Markdown.
 * @example
 * const { place, files } = svgFiles("brief"); const md = await renderMarkdown(data, place); // then write files
 */
export function svgFiles(stem: string): { place: ImagePlacer; files: Array<{ name: string; svg: string }> } {
  const files: Array<{ name: string; svg: string }> = [];
  const place: ImagePlacer = (name, svg, alt) => {
    const file = `${stem}-${name}.svg`;
    files.push({ name: file, svg });
    return `![${mdEscape(alt)}](<${file.replace(/[<>]/g, "")}>)`;
  };
  return { place, files };
}

export async function renderMarkdown(d: BriefingData, place: ImagePlacer = inlineSvg): Promise<string> {
  const w = briefingWords(d.lang);
  const rows = d.comparison.rows;
  const shown = (n: number, t: number, s: boolean) => w.shown(n.toLocaleString(w.locale), t.toLocaleString(w.locale), s);
  // No covered month in the span: no chart (all hatched, it would say nothing the coverage notes do not).
  const chart = d.series.points.some((p) => p.covered) ? chartSvg(d.series.points, d.period, d.vs, w.chart, "regimes" in d.detection ? d.detection : null, w) : "";
  // No event in either period: no map (an empty map of the world says nothing the table does not).
  const map = d.map.a.shown + d.map.b.shown > 0 ? await mapSvg(d.map.a, d.map.b, w.map) : "";
  const lines = [
    `# ${mdEscape(d.title)}`,
    "",
    `**${mdEscape(d.headline)}**`,
    "",
    ...d.warnings.map((x) => `> ${mdEscape(x)}`),
    ...(chart
      ? [
          `## ${w.chart}`,
          "",
          place("chart", chart, w.chart),
          "",
          `_${mdEscape([w.chartNote(d.period.label, d.vs.label), "regimes" in d.detection ? w.chartOverlay : ""].join(" ").trim())}_`,
          "",
        ]
      : []),
    ...("regimes" in d.detection && d.detection.regrouping ? [mdEscape(d.detection.regrouping), ""] : []),
    ...(map
      ? [
          `## ${w.map}`,
          "",
          place("map", map, w.map),
          "",
          `_${mdEscape(w.mapNote(d.period.label, d.vs.label, `${shown(d.map.a.shown, d.map.a.total, d.map.a.sampled)}; ${shown(d.map.b.shown, d.map.b.total, d.map.b.sampled)}`))}_`,
          "",
        ]
      : []),
    `## ${w.table}`,
    "",
    `| ${tableHeader(rows, w).map(mdEscape).join(" | ")} |`,
    `|${tableHeader(rows, w).map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`,
    ...tableRows(rows, w, d.lang, d.deathsRecorded).map((r) => `| ${r.map(mdEscape).join(" | ")} |`),
    "",
    ...(d.ledger ? [] : [mdEscape(d.finding), ""]),
    mdEscape(d.ruleText),
    "",
    ...(d.places.length ? [`## ${w.where}`, "", ...mdTable(placeHeader(d, w), placeRows(d.places, w, d.lang), [0]), ""] : []),
    ...(d.ledger
      ? [
          `## ${w.ledger}`,
          "",
          ...mdTable(ledgerHeader(w), ledgerRows([d.ledger.a, d.ledger.b], d.lang), [0, 1, 3, 4, 5]),
          "",
          mdEscape(d.finding),
          "",
          ...d.ledger.caveats.map((c) => `- ${mdEscape(c)}`),
          "",
        ]
      : []),
    `## ${w.reconciliation}`,
    "",
    ...mdTable(reconcileHeader(w), reconcileRows(d, w), [0, 1, 2, 4]),
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
    `_${w.generated} ${longDate(d.generated, w.locale)} · resurgence_`,
    "",
  ];
  return lines.join("\n");
}
