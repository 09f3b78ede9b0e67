import { formatP, formatPercent, formatRatio } from "./format.ts";
import { phrasesFor } from "./phrases.ts";
import type { ComparisonStats, Lang } from "./types.ts";

/**
 * One plain-language sentence for a comparison. It leads with the raw counts — saying so when the
 * shorter period alone already has more events than the longer — then gives the annualised rate ratio
 * with its interval and p-value, prefixed "no significant change" when p ≥ 1 − confidence (which is exactly
 * when the interval includes 1, and no bound is shown rounded onto 1, so the words and numbers agree). Handles
 * zeros: none in b (infinite ratio, finite lower bound) and none in either (no comparison possible).
 *
 * @example
 * comparisonSentence(comparePeriods({ a: { count: 12, days: 31, label: "2024-03" }, b: { count: 10, days: 29, label: "2024-02" } }), "nl");
 * // "12 in 2024-03 (31 dagen) tegen 10 in 2024-02 (29 dagen); geen significante verandering: het tempo op jaarbasis is 1,12× (95%-BI 0,444–2,90), p = 0,96."
 */
export function comparisonSentence(stats: ComparisonStats, lang: Lang = "en"): string {
  const say = phrasesFor(lang);
  const { a, b, ci, pValue, rateRatio, significant, confidence } = stats;
  if (rateRatio === null || ci === null || pValue === null) return say.nothing(a.label, b.label);
  const ratio = (x: number) => formatRatio(x, lang);
  // Counts read as a reader writes them: 3,417 in English, 3.417 in Dutch.
  const n = (x: number) => x.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB");
  const ciLabel = say.ciLabel(formatPercent(confidence, lang));
  const p = formatP(pValue, 1 - confidence, lang);
  // What joins the lead to the rate: "; ", or the "no significant change" hedge when p ≥ α.
  const joint = (afterExceeds: boolean) =>
    significant ? "; " : afterExceeds ? say.butNoChange : `; ${say.noChange}`;

  if (b.count === 0) {
    return `${say.noneInB(n(a.count), a.label, b.label)}${joint(false)}${say.infiniteRatio(ciLabel, ratio(ci.lower))}, ${p}.`;
  }
  const [shorter, longer] = a.days < b.days ? [a, b] : [b, a];
  const exceeds = shorter.days < longer.days && shorter.count > longer.count;
  const lead = exceeds
    ? say.exceeds(shorter.label, longer.label, n(shorter.count), n(longer.count))
    : say.versus(n(a.count), a.label, String(a.days), n(b.count), b.label, String(b.days));
  const [lo, hi, r] = [ratio(ci.lower), ratio(ci.upper), ratio(rateRatio)];
  const rate = exceeds && shorter === b ? say.rateOf(a.label, b.label, r, ciLabel, lo, hi) : say.rate(r, ciLabel, lo, hi);
  return `${lead}${joint(exceeds)}${rate}, ${p}.`;
}
