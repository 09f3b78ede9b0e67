/**
 * When the store has no events for a period but officials stated figures for it, the comparison can still be
 * made honestly on those figures: the two periods' figures side by side (who said it, when, for which places,
 * what was counted), the same annualised arithmetic as for events, and the caveats a reader needs when the two
 * figures count different things or come from different issuers. This is the seed's own case: CENTCOM's 153
 * claimed attacks in 2024-H1 against an anonymous official's 121 attacks in 2023.
 */
import { comparePeriods, type Comparison, type Lang } from "../compare/index.ts";
import type { Period } from "../../periods/index.ts";
import { messages } from "../../messages/index.ts";
import { MEASURE_WORDS, type Measure, type ReportedFigure } from "../../reported-figure.ts";

/** What may stand for an event count: figures of attacks or events, never of operations against the group. */
const COUNTABLE: readonly Measure[] = ["claimed_attacks", "attacks", "events"];

export interface LedgerComparison {
  a: ReportedFigure;
  b: ReportedFigure;
  comparison: Comparison;
  /** Plain sentences: what each figure counts and why the two may not be comparable. */
  caveats: string[];
}

const sameSet = (x: string[], y: string[]) => x.length === y.length && [...x].sort().join() === [...y].sort().join();

/** The figures for exactly this period, actor and places, of a countable measure, best first (most recent statement). */
function candidates(figures: ReportedFigure[], period: Period, actorIds: string[], countries: string[]): ReportedFigure[] {
  return figures
    .filter((f) => f.period_start === period.start && f.period_end === period.end && actorIds.includes(f.actor_id) && COUNTABLE.includes(f.measure) && Number.isInteger(f.value))
    .filter((f) => countries.length === 0 || sameSet(f.countries, countries))
    .sort((x, y) => y.statement_date.localeCompare(x.statement_date) || x.id.localeCompare(y.id));
}

/** What a figure counts, in the reader's language. */
export function measureWords(m: Measure, lang: Lang): string {
  return messages(lang).reconcile.measures[m] ?? MEASURE_WORDS[m];
}

/**
 * Pairs the ledger's figures for two periods, or null when either period has none.
 * @example
 * ledgerComparison(figures, { a: parsePeriod("2024-H1"), b: parsePeriod("2023"), actorIds: ["is"], countries: ["IRQ", "SYR"], lang: "en" });
 * // { a: CENTCOM's 153, b: the official's 121, comparison: { rateRatio: 2.54, … }, caveats: [ … ] }
 */
export function ledgerComparison(figures: ReportedFigure[], q: { a: Period; b: Period; actorIds: string[]; countries: string[]; lang: Lang }): LedgerComparison | null {
  const as = candidates(figures, q.a, q.actorIds, q.countries);
  const bs = candidates(figures, q.b, q.actorIds, q.countries);
  if (as.length === 0 || bs.length === 0) return null;
  // Prefer a pair that counts the same thing, then one from the same issuer.
  const pairs = as.flatMap((a) => bs.map((b) => ({ a, b, score: (a.measure === b.measure ? 2 : 0) + (a.issuer === b.issuer ? 1 : 0) })));
  const { a, b } = pairs.sort((x, y) => y.score - x.score)[0]!;
  const w = messages(q.lang).ledger;
  const caveats = [w.ledger, w.counts(a.value, q.a.label, measureWords(a.measure, q.lang), a.issuer), w.counts(b.value, q.b.label, measureWords(b.measure, q.lang), b.issuer)];
  if (a.measure !== b.measure) caveats.push(w.differ);
  if (a.issuer !== b.issuer) caveats.push(w.issuers);
  const comparison = comparePeriods({ a: { count: a.value, days: q.a.days, label: q.a.label }, b: { count: b.value, days: q.b.days, label: q.b.label } }, { lang: q.lang });
  return { a, b, comparison, caveats };
}
