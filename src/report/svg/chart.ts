/**
 * The briefing's chart as an SVG string: events per month as bars, the two periods shaded, months the
 * data do not cover hatched (no data is not zero). Every value written into the markup is escaped.
 */
import type { Regime } from "../../analysis/detect/index.ts";
import type { Period } from "../../periods/index.ts";
import type { BriefingSeriesPoint } from "../data.ts";
import { esc } from "./escape.ts";

export const BLUE = "#0b5cad";
export const GREY = "#8a8a8a";

function niceMax(v: number): number {
  if (v <= 5) return 5;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((m) => m >= v) ?? v;
}

export interface ChartOverlay {
  regimes: Regime[];
  alarms: string[];
}

/** The chart's tooltips in the reader's language (from the catalogue's `brief` section). */
export interface ChartWords {
  locale: string;
  regimeTip: (from: string, to: string, rate: string, lower: string, upper: string) => string;
  alarmTip: (month: string) => string;
}

const ENGLISH: ChartWords = { locale: "en-GB", regimeTip: (f, t, r, lo, hi) => `${f}–${t}: ${r}/month (${lo}–${hi})`, alarmTip: (mo) => `alarm ${mo}` };

export function chartSvg(points: BriefingSeriesPoint[], a: Period, b: Period, title: string, overlay: ChartOverlay | null = null, words: ChartWords = ENGLISH, width = 680, height = 190): string {
  const one = (v: number) => v.toLocaleString(words.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const m = { l: 40, r: 8, t: 10, b: 22 };
  const n = Math.max(1, points.length);
  const bw = (width - m.l - m.r) / n;
  const ymax = niceMax(Math.max(1, ...points.map((p) => p.events)));
  const y = (v: number) => m.t + (height - m.t - m.b) * (1 - v / ymax);
  const x = (i: number) => m.l + i * bw;
  const out: string[] = [];
  for (const [p, fill] of [[b, GREY], [a, BLUE]] as const) {
    const i0 = points.findIndex((pt) => pt.end >= p.start);
    const i1 = points.findLastIndex((pt) => pt.start <= p.end);
    if (i0 >= 0 && i1 >= i0) out.push(`<rect x="${x(i0).toFixed(1)}" y="${m.t}" width="${((i1 - i0 + 1) * bw).toFixed(1)}" height="${height - m.t - m.b}" fill="${fill}" fill-opacity="0.13"/>`);
  }
  points.forEach((p, i) => {
    if (!p.covered) out.push(`<rect x="${x(i).toFixed(1)}" y="${m.t}" width="${bw.toFixed(1)}" height="${height - m.t - m.b}" fill="url(#nodata)"/>`);
    else if (p.events > 0) out.push(`<rect x="${(x(i) + bw * 0.1).toFixed(1)}" y="${y(p.events).toFixed(1)}" width="${Math.max(0.5, bw * 0.8).toFixed(1)}" height="${(y(0) - y(p.events)).toFixed(1)}" fill="#4f7cab"><title>${esc(p.bucket)}: ${p.events}</title></rect>`);
  });
  for (const v of [0, ymax / 2, ymax]) {
    out.push(`<line x1="${m.l}" x2="${width - m.r}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#d5dbe1"/>`);
    out.push(`<text x="${m.l - 5}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="10" fill="#555">${esc(Math.round(v))}</text>`);
  }
  const every = Math.max(1, Math.ceil(n / 12 / ((width - m.l - m.r) / 40)));
  points.forEach((p, i) => {
    const year = Number(p.bucket.slice(0, 4));
    if (p.bucket.endsWith("-01") && year % every === 0) out.push(`<text x="${(x(i) + 2).toFixed(1)}" y="${height - 6}" font-size="10" fill="#555">${esc(year)}</text>`);
  });
  const at = (month: string) => points.findIndex((p) => p.bucket === month);
  for (const r of overlay?.regimes ?? []) {
    const i0 = at(r.start);
    const i1 = at(r.end);
    if (i0 < 0 || i1 < 0) continue;
    const label = words.regimeTip(r.start, r.end, one(r.rate), one(r.ci[0]), one(r.ci[1]));
    out.push(`<rect x="${x(i0).toFixed(1)}" y="${y(Math.min(r.ci[1], ymax)).toFixed(1)}" width="${((i1 - i0 + 1) * bw).toFixed(1)}" height="${Math.max(1, y(r.ci[0]) - y(Math.min(r.ci[1], ymax))).toFixed(1)}" fill="#111" fill-opacity="0.12"><title>${esc(label)}</title></rect>`);
    out.push(`<line x1="${x(i0).toFixed(1)}" x2="${x(i1 + 1).toFixed(1)}" y1="${y(r.rate).toFixed(1)}" y2="${y(r.rate).toFixed(1)}" stroke="#111" stroke-width="1.8"><title>${esc(label)}</title></line>`);
  }
  for (const month of overlay?.alarms ?? []) {
    const i = at(month);
    if (i < 0) continue;
    const cx = x(i) + bw / 2;
    const top = y(points[i]?.events ?? 0) - 3;
    out.push(`<path d="M${(cx - 3.5).toFixed(1)},${(top - 6).toFixed(1)}h7l-3.5,6z" fill="#c0162c"><title>${esc(words.alarmTip(month))}</title></path>`);
  }
  out.push(`<line x1="${m.l}" x2="${width - m.r}" y1="${y(0).toFixed(1)}" y2="${y(0).toFixed(1)}" stroke="#777"/>`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}">` +
    `<title>${esc(title)}</title><defs><pattern id="nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#c9c9c9" stroke-width="2"/></pattern></defs>` +
    out.join("") +
    `</svg>`
  );
}
