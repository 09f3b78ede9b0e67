/**
 * The monthly series chart: events per month as bars, the two compared periods shaded, and, when the
 * detect capability is present, its regimes (rate and 95% interval) and CUSUM alarms drawn on it; after the
 * last whole month, the forecast as a fan (median, 80% and 95% intervals). A data table beside it says the same
 * in text.
 */
import type { forecastQuestion, OutputOf } from "../../../src/questions/index.ts";
import { getJson } from "../api.ts";
import { downloadLink, pngLink, toCsv } from "../export.ts";
import type { DetectAnswer } from "../answers.ts";
import { fill, h, s } from "../dom.ts";
import { fitTable } from "../fit.ts";
import { dec, fmt, type Lang, type Strings } from "../i18n.ts";
import { ruleParams, type State } from "../state.ts";

type Regime = DetectAnswer["regimes"][number];
type ForecastAnswer = OutputOf<typeof forecastQuestion>;
type ForecastPoint = ForecastAnswer["forecast"][number];

/** The fan's colours, as SVG attributes (the CSP allows no inline style); the forecast is not data: a different hue from the bars. */
const FAN = { band95: "rgba(224, 138, 0, 0.18)", band80: "rgba(224, 138, 0, 0.4)", median: "#9a4d00" };

export interface SeriesData {
  span: string;
  months: string[];
  counts: number[];
  partial: boolean[];
  regimes: Regime[] | null;
  alarms: string[] | null;
  regrouping: string | null;
  /** The months the verdict is over: every covered month, not the chart's window. */
  regroupingSpan: string;
  rule_text: string;
  /** The months after the last whole month; null with the reason when there is no forecast for this view. */
  forecast: { points: ForecastPoint[]; fitted: string; model: string } | null;
  forecastError: string | null;
}

/** The series with its regimes and alarms: the server's detect answer, which chooses the covered months itself. */
export async function loadSeries(st: State): Promise<SeriesData> {
  const params = { ...ruleParams(st), actor: st.actor, country: st.country || undefined, period: st.range || undefined };
  // A forecast the server cannot make (too short a series, an older build) leaves the series as it is, with the reason.
  // The regrouping verdict is the question's over every covered month, whatever window the chart shows: a
  // narrower window would otherwise change the verdict (issue #14). Without a window it is the same answer.
  const whole = { ...params, period: undefined, lang: st.lang };
  const [d, verdict, f] = await Promise.all([
    getJson<DetectAnswer>("/api/detect", { ...params, lang: st.lang }),
    st.range ? getJson<DetectAnswer>("/api/detect", whole) : null,
    getJson<ForecastAnswer>("/api/forecast", { ...params, lang: st.lang }).then(
      (a) => ({ ok: true as const, a }),
      (e: unknown) => ({ ok: false as const, message: (e as Error).message }),
    ),
  ]);
  return {
    forecast: f.ok ? { points: f.a.forecast, fitted: f.a.fitted_on.last, model: f.a.model } : null,
    forecastError: f.ok ? null : f.message,
    span: d.span.label,
    months: d.months,
    counts: d.counts,
    partial: d.partial,
    regimes: d.regimes,
    alarms: d.alarms.filter((a) => a.alarm).map((a) => a.month),
    regrouping: regroupingText((verdict ?? d).regrouping),
    regroupingSpan: (verdict ?? d).span.label,
    rule_text: d.rule_text,
  };
}

function regroupingText(r: DetectAnswer["regrouping"]): string {
  return r.found ? r.explanation : r.reason;
}

function niceMax(v: number): number {
  if (v <= 5) return 5;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((m) => m >= v) ?? v;
}

/** Where a period spec's months fall in the series, if they do (YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM, ranges). */
function monthsOf(spec: string): [string, string] | null {
  const one = (x: string, end: boolean): string | null => {
    let m: RegExpExecArray | null;
    if ((m = /^(\d{4})$/.exec(x))) return `${m[1]}-${end ? "12" : "01"}`;
    if ((m = /^(\d{4})-[Hh]([12])$/.exec(x))) return `${m[1]}-${String((Number(m[2]) - 1) * 6 + (end ? 6 : 1)).padStart(2, "0")}`;
    if ((m = /^(\d{4})-[Qq]([1-4])$/.exec(x))) return `${m[1]}-${String((Number(m[2]) - 1) * 3 + (end ? 3 : 1)).padStart(2, "0")}`;
    if ((m = /^(\d{4}-\d{2})(-\d{2})?$/.exec(x))) return m[1]!;
    return null;
  };
  const [a, b] = spec.split("..");
  const from = one((a ?? "").trim(), false);
  const to = one((b ?? a ?? "").trim(), true);
  return from && to ? [from, to] : null;
}

export function drawChart(data: SeriesData, st: State, t: Strings, width: number): SVGSVGElement {
  const height = 240;
  const m = { l: 44, r: 10, t: 14, b: 26 };
  const ahead = (data.forecast?.points ?? []).filter((p) => !data.months.includes(p.month));
  const axis = [...data.months, ...ahead.map((p) => p.month)];
  const n = Math.max(1, axis.length);
  const bw = (width - m.l - m.r) / n;
  const ymax = niceMax(Math.max(1, ...data.counts, ...(data.regimes ?? []).map((r) => r.ci[1]), ...(data.forecast?.points ?? []).map((p) => p.pi80[1])));
  const y = (v: number) => m.t + (height - m.t - m.b) * (1 - v / ymax);
  const x = (i: number) => m.l + i * bw;
  const index = (month: string) => data.months.indexOf(month);
  const g = s("g", {});
  for (const [spec, cls] of [[st.vs, "shade-b"], [st.period, "shade-a"]] as const) {
    const span = monthsOf(spec);
    if (!span) continue;
    const i0 = data.months.findIndex((mo) => mo >= span[0]);
    const i1 = data.months.findLastIndex((mo) => mo <= span[1]);
    if (i0 >= 0 && i1 >= i0) g.append(s("rect", { class: cls, x: x(i0), y: m.t, width: (i1 - i0 + 1) * bw, height: height - m.t - m.b }, s("title", {}, spec)));
  }
  for (const v of [0, ymax / 2, ymax]) {
    g.append(s("line", { class: "gridline", x1: m.l, x2: width - m.r, y1: y(v), y2: y(v) }), s("text", { class: "tick", x: m.l - 6, y: y(v) + 4, "text-anchor": "end" }, fmt(v, st.lang)));
  }
  data.counts.forEach((c, i) => {
    g.append(s("rect", { class: data.partial[i] ? "bar partial" : "bar", x: x(i) + bw * 0.1, y: y(c), width: Math.max(0.5, bw * 0.8), height: y(0) - y(c) }, s("title", {}, `${data.months[i]}: ${c}${data.partial[i] ? ` (${t.partial})` : ""}`)));
  });
  const yearEvery = Math.max(1, Math.ceil((n / 12) * 44 / (width - m.l - m.r)));
  axis.forEach((mo, i) => {
    const year = Number(mo.slice(0, 4));
    if (mo.endsWith("-01") && year % yearEvery === 0) g.append(s("line", { class: "axis", x1: x(i), x2: x(i), y1: y(0), y2: y(0) + 4 }), s("text", { class: "tick", x: x(i) + 2, y: height - 8 }, String(year)));
  });
  for (const r of data.regimes ?? []) {
    const i0 = index(r.start);
    const i1 = index(r.end);
    if (i0 < 0 || i1 < 0) continue;
    const label = `${r.start}–${r.end}: ${dec(r.rate, 1, st.lang)}/month (${dec(r.ci[0], 1, st.lang)}–${dec(r.ci[1], 1, st.lang)})`;
    g.append(
      s("rect", { class: "regime-ci", x: x(i0), y: y(r.ci[1]), width: (i1 - i0 + 1) * bw, height: Math.max(1, y(r.ci[0]) - y(r.ci[1])) }, s("title", {}, label)),
      s("line", { class: "regime", x1: x(i0), x2: x(i1 + 1), y1: y(r.rate), y2: y(r.rate) }, s("title", {}, label)),
    );
  }
  for (const mo of data.alarms ?? []) {
    const i = index(mo);
    if (i < 0) continue;
    const cx = x(i) + bw / 2;
    const top = y(data.counts[i] ?? 0) - 4;
    g.append(s("path", { class: "alarm", d: `M${cx - 4},${top - 7}h8l-4,7z` }, s("title", {}, `${t.alarm}: ${mo}`)));
  }
  for (const p of data.forecast?.points ?? []) {
    const i = axis.indexOf(p.month);
    if (i < 0) continue;
    const band = (lo: number, hi: number, fill: string) => s("rect", { x: x(i), y: y(Math.min(hi, ymax)), width: bw, height: Math.max(1, y(lo) - y(Math.min(hi, ymax))), fill });
    const label = `${t.forecast} ${p.month}: ${t.median.toLowerCase()} ${fmt(p.median, st.lang)}; ${t.interval80} ${fmt(p.pi80[0], st.lang)}–${fmt(p.pi80[1], st.lang)}; ${t.interval95} ${fmt(p.pi95[0], st.lang)}–${fmt(p.pi95[1], st.lang)}`;
    g.append(s("g", { class: "fan" }, s("title", {}, label), band(p.pi95[0], p.pi95[1], FAN.band95), band(p.pi80[0], p.pi80[1], FAN.band80), s("line", { x1: x(i), x2: x(i) + bw, y1: y(p.median), y2: y(p.median), stroke: FAN.median, "stroke-width": 2 })));
  }
  g.append(s("line", { class: "axis", x1: m.l, x2: width - m.r, y1: y(0), y2: y(0) }));
  return s("svg", { viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-labelledby": "series-title", class: "chart" }, s("title", { id: "series-title" }, `${t.series}: ${st.actor}, ${t.seriesEvents}`), g);
}

function dataTable(data: SeriesData, t: Strings, lang: Lang): HTMLElement {
  const alarms = new Set(data.alarms ?? []);
  return h(
    "details",
    { class: "data-table" },
    h("summary", {}, t.dataTable),
    h(
      "div",
      { class: "scroll tall" },
      h(
        "table",
        {},
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t.month), h("th", { scope: "col" }, t.events), h("th", { scope: "col" }, t.alarm))),
        h("tbody", {}, ...data.months.map((mo, i) => h("tr", {}, h("th", { scope: "row" }, `${mo}${data.partial[i] ? "*" : ""}`), h("td", { class: "num" }, fmt(data.counts[i] ?? 0, lang)), h("td", {}, alarms.has(mo) ? "●" : "")))),
      ),
    ),
  );
}

function forecastPart(data: SeriesData, t: Strings, lang: Lang): HTMLElement | null {
  const f = data.forecast;
  if (!f) return data.forecastError ? h("p", { class: "muted" }, `${t.forecastUnavailable}: ${data.forecastError}`) : null;
  return h(
    "div",
    { class: "forecast" },
    h("h3", {}, t.forecast),
    h("p", {}, t.forecastLine(f.points[0]?.month ?? "", f.points.at(-1)?.month ?? "", f.fitted)),
    fitTable(h(
      "table",
      {},
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t.month), h("th", { scope: "col" }, t.median), h("th", { scope: "col" }, t.interval80), h("th", { scope: "col" }, t.interval95))),
      h("tbody", {}, ...f.points.map((p) => h("tr", {}, h("th", { scope: "row" }, p.month), h("td", { class: "num" }, fmt(p.median, lang)), h("td", { class: "num" }, `${fmt(p.pi80[0], lang)}–${fmt(p.pi80[1], lang)}`), h("td", { class: "num" }, `${fmt(p.pi95[0], lang)}–${fmt(p.pi95[1], lang)}`)))),
    )),
    h("details", {}, h("summary", {}, t.forecastModel), h("p", {}, f.model)),
  );
}

export async function renderSeries(section: HTMLElement, st: State, t: Strings): Promise<void> {
  fill(section, h("h2", {}, t.series), h("p", { class: "muted" }, t.loading));
  const data = await loadSeries(st);
  const width = Math.max(300, Math.round(section.clientWidth - 2));
  const regimes = data.regimes
    ? h("div", {}, h("h3", {}, t.regimes), h("ul", { class: "regimes" }, ...data.regimes.map((r) => h("li", {}, `${r.start} – ${r.end}: ${dec(r.rate, 1, st.lang)} (${dec(r.ci[0], 1, st.lang)}–${dec(r.ci[1], 1, st.lang)}), ${fmt(r.total, st.lang)} ${t.events.toLowerCase()}`))))
    : h("p", { class: "muted" }, t.noDetect);
  fill(
    section,
    h("h2", {}, `${t.series}: ${st.actor} ${st.country ? `(${st.country})` : ""} ${data.span}`),
    drawChart(data, st, t, width),
    h("p", { class: "legend-line muted" }, h("span", { class: "key shade-a" }), ` ${st.period} `, h("span", { class: "key shade-b" }), ` ${st.vs} `, data.regimes ? h("span", { class: "key regime" }) : null, data.regimes ? ` ${t.regimes} ` : null, data.alarms ? h("span", { class: "key alarm" }) : null, data.alarms ? ` ${t.alarms}` : null, data.forecast ? s("svg", { width: 14, height: 10, "aria-hidden": "true" }, s("rect", { width: 14, height: 10, fill: FAN.band80 }), s("line", { x1: 0, x2: 14, y1: 5, y2: 5, stroke: FAN.median, "stroke-width": 2 })) : null, data.forecast ? ` ${t.forecastLegend}` : null),
    data.regrouping ? h("p", { class: "sentence", id: "series-regrouping" }, `${t.regrouping} (${data.regroupingSpan}): ${data.regrouping}`) : null,
    regimes,
    data.alarms && data.alarms.length ? h("p", {}, `${t.alarms}: ${data.alarms.join(", ")}`) : null,
    forecastPart(data, t, st.lang),
    dataTable(data, t, st.lang),
    h(
      "p",
      { class: "downloads" },
      `${t.export}: `,
      pngLink("PNG", `series-${st.actor}.png`, () => section.querySelector<SVGSVGElement>("svg.chart")),
      " · ",
      downloadLink("CSV", `series-${st.actor}.csv`, "text/csv", () => toCsv(["month", "events", "partial", "alarm"], data.months.map((m, i) => [m, data.counts[i] ?? 0, data.partial[i] ? "yes" : "", data.alarms?.includes(m) ? "yes" : ""]))),
    ),
    h("p", { class: "rule" }, data.rule_text),
  );
}
