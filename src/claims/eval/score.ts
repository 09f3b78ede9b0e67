/**
 * Scoring an extractor on evaluation cases as the project is judged (judge.ts, a port of score.py): full and
 * core precision, recall and F1, micro-averaged per language and overall; full F1 per outlet fold and its
 * mean over the held-out folds (folds.ts); per-field accuracy over pairs matched on the core.
 */
import type { Claim } from "../claim.ts";
import type { Lang } from "../lang.ts";
import { caseText, type DevCase, type GoldClaim } from "./dev-case.ts";
import { assignFolds, FOLDS, HELD_OUT_FOLDS } from "./folds.ts";
import { coreMatch, fullMatch, judgedPublished, maxMatching } from "./judge.ts";
import { FIELDS } from "./match.ts";

/** Precision, recall and F1 as score.py computes them (0 when there is nothing to divide by). */
export interface Rates {
  precision: number;
  recall: number;
  f1: number;
}

/** Counts of one group of cases, with its full and core rates. */
export interface Tally {
  cases: number;
  gold: number;
  predicted: number;
  full: Rates & { matched: number };
  core: Rates & { matched: number };
}

/** What happened on one case, for reading the misses. */
export interface CaseResult {
  id: string;
  language: Lang;
  fold: number;
  heldOut: boolean;
  text: string;
  published: string | undefined;
  predicted: Claim[];
  /** Gold claims with no full match, and why not: "core" when no prediction even matched the core. */
  missed: Array<{ gold: GoldClaim; reason: "core" | "full" }>;
  /** Predictions with no full match. */
  extra: Claim[];
  fieldMisses: Array<{ field: string; predicted: unknown; gold: unknown }>;
}

/** The scores of a run. */
export interface Report {
  overall: Tally;
  byLanguage: Partial<Record<Lang, Tally>>;
  /** The held-out folds' cases pooled, per language and overall ("all"). */
  heldOutByLanguage: Partial<Record<Lang | "all", Tally>>;
  /** Fold number → its tally; `heldOut` marks the folds kept out of development. */
  folds: Array<Tally & { fold: number; heldOut: boolean }>;
  /** The mean full F1 over the held-out folds, and over all folds. */
  crossValidated: { heldOutMeanF1: number; allFoldsMeanF1: number; heldOut: readonly number[] };
  fields: Record<string, { correct: number; total: number; accuracy: number }>;
  cases: CaseResult[];
}

/** An extractor under evaluation: text, language and publication date (as score.py passes them). */
export type Extractor = (text: string, lang: Lang, published: string | undefined) => Claim[];

interface Sum {
  cases: number;
  gold: number;
  predicted: number;
  full: number;
  core: number;
}

function rates(matched: number, predicted: number, gold: number): Rates & { matched: number } {
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  return { matched, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const tally = (s: Sum): Tally => ({ cases: s.cases, gold: s.gold, predicted: s.predicted, full: rates(s.full, s.predicted, s.gold), core: rates(s.core, s.predicted, s.gold) });
const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

const FIELD_VALUE: Record<string, (c: Claim) => unknown> = {
  actor: (c) => c.actor_id ?? c.actor, countries: (c) => c.countries, region: (c) => c.region, period_start: (c) => c.period_start,
  period_end: (c) => c.period_end, qualifier: (c) => c.qualifier, comparison: (c) => c.comparison && `${c.comparison.type}/${c.comparison.direction}/${c.comparison.value}`,
  attributed_source: (c) => c.attributed_source,
};
const GOLD_FIELD: Record<string, string> = { qualifier: "quantity_qualifier", actor: "actor" };

/** Runs the extractor on every case and scores it. */
export function score(cases: DevCase[], extractor: Extractor, heldOut: readonly number[] = HELD_OUT_FOLDS): Report {
  const foldOf = assignFolds(cases);
  const sums = new Map<string, Sum>();
  const add = (key: string, s: Omit<Sum, "cases">): void => {
    const t = sums.get(key) ?? { cases: 0, gold: 0, predicted: 0, full: 0, core: 0 };
    t.cases++;
    t.gold += s.gold;
    t.predicted += s.predicted;
    t.full += s.full;
    t.core += s.core;
    sums.set(key, t);
  };
  const fields: Report["fields"] = Object.fromEntries(Object.keys(FIELDS).map((f) => [f, { correct: 0, total: 0, accuracy: 0 }]));
  const results: CaseResult[] = [];
  for (const c of cases) {
    const text = caseText(c);
    const published = judgedPublished(c.publication_date);
    const claims = extractor(text, c.language, published);
    const golds = c.gold.claims;
    const full = maxMatching(golds, claims, fullMatch);
    const core = maxMatching(golds, claims, coreMatch);
    const fold = foldOf.get(c.id) ?? 1;
    const keys = [c.language, "all", `fold${fold}`, ...(heldOut.includes(fold) ? [`held:${c.language}`, "held:all"] : [])];
    for (const key of keys) add(key, { gold: golds.length, predicted: claims.length, full: full.size, core: core.size });
    const fieldMisses: CaseResult["fieldMisses"] = [];
    for (const [pi, gi] of core) {
      const pred = claims[pi] as Claim;
      const gold = golds[gi] as GoldClaim;
      for (const [name, ok] of Object.entries(FIELDS)) {
        const f = fields[name] as { correct: number; total: number; accuracy: number };
        f.total++;
        if (ok(pred, gold)) f.correct++;
        else fieldMisses.push({ field: name, predicted: FIELD_VALUE[name]?.(pred), gold: (gold as Record<string, unknown>)[GOLD_FIELD[name] ?? name] });
      }
    }
    const fullGold = new Set(full.values());
    const coreGold = new Set(core.values());
    results.push({
      id: c.id, language: c.language, fold, heldOut: heldOut.includes(fold), text, published, predicted: claims,
      missed: golds.flatMap((g, gi) => (fullGold.has(gi) ? [] : [{ gold: g, reason: coreGold.has(gi) ? ("full" as const) : ("core" as const) }])),
      extra: claims.filter((_, i) => !full.has(i)), fieldMisses,
    });
  }
  for (const f of Object.values(fields)) f.accuracy = f.total === 0 ? 0 : f.correct / f.total;
  const t = (k: string): Tally => tally(sums.get(k) ?? { cases: 0, gold: 0, predicted: 0, full: 0, core: 0 });
  const byLanguage: Report["byLanguage"] = {};
  for (const l of ["nl", "en", "de", "fr"] as const) if (sums.has(l)) byLanguage[l] = t(l);
  const heldOutByLanguage: Report["heldOutByLanguage"] = {};
  for (const l of ["nl", "en", "de", "fr", "all"] as const) if (sums.has(`held:${l}`)) heldOutByLanguage[l] = t(`held:${l}`);
  const folds = Array.from({ length: FOLDS }, (_, i) => ({ fold: i + 1, heldOut: heldOut.includes(i + 1), ...t(`fold${i + 1}`) }));
  return {
    overall: t("all"), byLanguage, heldOutByLanguage, folds, fields, cases: results,
    crossValidated: { heldOutMeanF1: mean(folds.filter((f) => f.heldOut).map((f) => f.full.f1)), allFoldsMeanF1: mean(folds.map((f) => f.full.f1)), heldOut },
  };
}
