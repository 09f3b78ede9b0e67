/**
 * The words of the comparison sentence, one table per language. Numbers arrive already formatted;
 * the logic that picks a phrase lives in `sentence.ts`.
 */
import { UsageError } from "../../errors.ts";
import { langs, type Lang } from "./types.ts";

export interface Phrases {
  /** Both counts are zero. */
  nothing(a: string, b: string): string;
  /** Only b is zero: `lower` is the interval's finite lower bound. */
  noneInB(countA: string, a: string, b: string): string;
  infiniteRatio(ci: string, lower: string): string;
  /** The shorter period's count alone exceeds the longer's. */
  exceeds(shorter: string, longer: string, countShorter: string, countLonger: string): string;
  versus(countA: string, a: string, daysA: string, countB: string, b: string, daysB: string): string;
  /** Follows "; ". */
  noChange: string;
  /** Follows the `exceeds` lead directly, punctuation included. */
  butNoChange: string;
  /** The rate ratio when the lead named a first. */
  rate(ratio: string, ci: string, lower: string, upper: string): string;
  /** The rate ratio when the lead named b first, so a must be named. */
  rateOf(a: string, b: string, ratio: string, ci: string, lower: string, upper: string): string;
  ciLabel(percent: string): string;
}

const en: Phrases = {
  nothing: (a, b) => `No events in either ${a} or ${b}: no comparison possible.`,
  noneInB: (countA, a, b) => `${countA} in ${a} against none in ${b}`,
  infiniteRatio: (ci, lower) => `the rate ratio is infinite (${ci} lower bound ${lower})`,
  exceeds: (shorter, longer, cs, cl) => `${shorter} alone already exceeds all of ${longer} (${cs} vs ${cl})`,
  versus: (ca, a, da, cb, b, db) => `${ca} in ${a} (${da} days) vs ${cb} in ${b} (${db} days)`,
  noChange: "no significant change: ",
  butNoChange: ", but that is no significant change: ",
  rate: (r, ci, lo, hi) => `the annualised rate is ${r}× (${ci} ${lo}–${hi})`,
  rateOf: (a, b, r, ci, lo, hi) => `the annualised rate of ${a} is ${r}× that of ${b} (${ci} ${lo}–${hi})`,
  ciLabel: (pct) => `${pct}% CI`,
};

const nl: Phrases = {
  nothing: (a, b) => `Geen gebeurtenissen in ${a} of in ${b}: vergelijken is niet mogelijk.`,
  noneInB: (countA, a, b) => `${countA} in ${a} tegen geen enkele in ${b}`,
  infiniteRatio: (ci, lower) => `de verhouding is oneindig (ondergrens ${ci} ${lower})`,
  exceeds: (shorter, longer, cs, cl) => `${shorter} alleen overtreft al heel ${longer} (${cs} tegen ${cl})`,
  versus: (ca, a, da, cb, b, db) => `${ca} in ${a} (${da} dagen) tegen ${cb} in ${b} (${db} dagen)`,
  noChange: "geen significante verandering: ",
  butNoChange: ", maar dat is geen significante verandering: ",
  rate: (r, ci, lo, hi) => `het tempo op jaarbasis is ${r}× (${ci} ${lo}–${hi})`,
  rateOf: (a, b, r, ci, lo, hi) => `het tempo op jaarbasis van ${a} is ${r}× dat van ${b} (${ci} ${lo}–${hi})`,
  ciLabel: (pct) => `${pct}%-BI`,
};

const phrases: Record<Lang, Phrases> = { en, nl };

/** The phrase table of a language; a UsageError for one we do not write (e.g. from an untyped caller). */
export function phrasesFor(lang: Lang): Phrases {
  if (!langs.includes(lang)) {
    throw new UsageError(`No sentences in language "${String(lang)}"`, `Use one of: ${langs.join(", ")}`);
  }
  return phrases[lang];
}
