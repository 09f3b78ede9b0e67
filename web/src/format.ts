/**
 * Number formats the panels share. Ratios and p-values use the very functions the CLI and the briefing
 * print with (pure code from src/analysis/compare), so a figure reads the same everywhere.
 */
import { formatP, formatRatio } from "../../src/analysis/compare/format.ts";
import type { Lang } from "./i18n.ts";

export function ratio(v: number | null, lang: Lang): string {
  if (v === null) return "–";
  return `${formatRatio(v, lang)}×`;
}

export function interval(ci: { lower: number; upper: number | null } | null, lang: Lang): string {
  if (!ci) return "–";
  // JSON writes Infinity as null: an interval with no upper bound.
  const up = ci.upper === null || ci.upper === Infinity ? "∞" : formatRatio(ci.upper, lang);
  return `${formatRatio(ci.lower, lang)}–${up}`;
}

export function pValue(p: number | null, lang: Lang): string {
  if (p === null) return "–";
  return formatP(p, 0.05, lang).replace(/^p (= )?/, "");
}
