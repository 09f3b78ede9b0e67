/**
 * Regrouping: after a decline, a low regime lasting at least `minLowMonths` (12) months, followed by a
 * regime whose rate is at least `minRatio` (2) × the low's. "Followed" means the first later regime that
 * reaches the ratio while every regime in between stays above the low (a rise in steps still counts). The
 * low must come after a higher regime (a decline) unless `requirePriorDecline` is false: a first regime
 * that is low is emergence, not regrouping. The most recent episode is reported; all are listed.
 */
import { messages, type MessageLang } from "../../messages/index.ts";
import type { Regime } from "./segment/regimes.ts";

/** Thresholds of the regrouping rule. */
export interface RegroupingOptions {
  minLowMonths: number;
  minRatio: number;
  requirePriorDecline: boolean;
  /** Language of the explanation and the reason; default English. */
  lang?: MessageLang;
}

/** Defaults: a 12-month low, a doubling, after a decline. */
export const REGROUPING_DEFAULTS: RegroupingOptions = { minLowMonths: 12, minRatio: 2, requirePriorDecline: true };

/** One low → high episode with its evidence. */
export interface RegroupingEpisode {
  low: Regime;
  high: Regime;
  /** First month of the rise (start of the regime after the low). */
  riseStart: string;
  /** high.rate / low.rate. */
  ratio: number;
  /** True when the two rate intervals do not overlap. */
  separated: boolean;
  explanation: string;
}

/** The verdict: an episode, or why there is none. */
export type Regrouping = ({ found: true; episodes: RegroupingEpisode[] } & RegroupingEpisode) | { found: false; reason: string };

const f = (x: number, lang: MessageLang = "en"): string => {
  const s = x >= 10 ? x.toFixed(0) : x.toFixed(1);
  return lang === "nl" ? s.replace(".", ",") : s;
};

function explain(low: Regime, high: Regime, riseStart: string, ratio: number, lang: MessageLang = "en"): string {
  const m = messages(lang).regrouping;
  const ci = (r: Regime) => `${f(r.ci[0], lang)}–${f(r.ci[1], lang)}`;
  // A low of no events at all has no ratio to speak of: say the rise came from none.
  const times = Number.isFinite(ratio) ? m.times(lang === "nl" ? ratio.toFixed(1).replace(".", ",") : ratio.toFixed(1)) : m.fromNone;
  return m.episode(low.months, f(low.rate, lang), ci(low), m.span(low.start, low.end), riseStart, f(high.rate, lang), ci(high), m.span(high.start, high.end), times);
}

/** Applies the regrouping rule to regimes in time order. */
export function classifyRegrouping(regimes: readonly Regime[], opts: RegroupingOptions = REGROUPING_DEFAULTS): Regrouping {
  const m = messages(opts.lang).regrouping;
  if (regimes.length < 2) return { found: false, reason: m.singleRegime };
  const episodes: RegroupingEpisode[] = [];
  let longestLow: Regime | undefined;
  for (let i = 0; i < regimes.length - 1; i++) {
    const low = regimes[i] as Regime;
    const declined = i > 0 && (regimes[i - 1] as Regime).rate > low.rate;
    if (low.months < opts.minLowMonths || (opts.requirePriorDecline && !declined)) continue;
    if (!longestLow || low.months > longestLow.months) longestLow = low;
    for (let j = i + 1; j < regimes.length && (regimes[j] as Regime).rate > low.rate; j++) {
      const high = regimes[j] as Regime;
      const ratio = low.rate > 0 ? high.rate / low.rate : Infinity;
      if (ratio < opts.minRatio) continue;
      const riseStart = (regimes[i + 1] as Regime).start;
      episodes.push({ low, high, riseStart, ratio, separated: high.ci[0] > low.ci[1], explanation: explain(low, high, riseStart, ratio, opts.lang) });
      break;
    }
  }
  const latest = episodes[episodes.length - 1];
  if (latest) return { found: true, ...latest, episodes };
  if (!longestLow) {
    return {
      found: false,
      reason: m.noLow(opts.minLowMonths, opts.requirePriorDecline),
    };
  }
  return {
    found: false,
    reason: m.noRise(opts.minRatio, opts.minLowMonths, longestLow.start, longestLow.end, f(longestLow.rate, opts.lang)),
  };
}
