/**
 * Numbers as the sentence shows them, with the language's decimal mark. Ratios get three significant
 * digits, or more when three would round onto or across 1 (an interval's bound of 1.003 must not read as
 * 1.00 next to "significant": the interval excludes 1 exactly when the test is significant); p-values two,
 * or more when two would round across the significance level (0.0496 must not read as 0.050 next to
 * "significant").
 */
import type { Lang } from "./types.ts";

function localise(text: string, lang: Lang): string {
  return lang === "nl" ? text.replace(".", ",") : text;
}

/** `2.54`, `12.3`, `153`, `0.0312`, `0`, `∞`; `1.003` and `0.9996`, never `1.00` for anything but 1. */
export function formatRatio(x: number, lang: Lang): string {
  if (x === 0) return "0";
  if (x === Infinity) return "∞";
  if (x >= 100) return localise(x.toFixed(0), lang);
  let digits = 3;
  let shown = x.toPrecision(digits);
  while (Math.sign(Number(shown) - 1) !== Math.sign(x - 1) && digits < 17) shown = x.toPrecision(++digits);
  return localise(shown, lang);
}

/** `p < 0.001` or `p = 0.38`, never rounded to the other side of `alpha`. */
export function formatP(p: number, alpha: number, lang: Lang): string {
  if (p < 0.001 && alpha >= 0.001) return `p < ${localise("0.001", lang)}`;
  let digits = 2;
  let shown = Number(p.toPrecision(digits));
  while (shown < alpha !== p < alpha && digits < 15) shown = Number(p.toPrecision(++digits));
  return `p = ${localise(String(shown), lang)}`;
}

/** `95`, `99.5` — a confidence level as a percentage. */
export function formatPercent(confidence: number, lang: Lang): string {
  return localise(String(Number((confidence * 100).toPrecision(10))), lang);
}
