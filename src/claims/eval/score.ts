/**
 * Scoring an extractor on evaluation cases: claim-level precision, recall and F1 (micro-averaged) per
 * language and overall, and per-field accuracy over matched pairs (see match.ts for the matching rule).
 */
import type { Claim } from "../claim.ts";
import type { Lang } from "../lang.ts";
import { caseText, type DevCase } from "./dev-case.ts";
import { FIELDS, pair } from "./match.ts";

/** Counts and rates of one group of cases. */
export interface Tally {
  cases: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

/** What happened on one case, for reading the misses. */
export interface CaseResult {
  id: string;
  language: Lang;
  detected?: Lang;
  predicted: Claim[];
  missed: DevCase["gold"]["claims"];
  extra: Claim[];
  fieldMisses: Array<{ field: string; predicted: unknown; gold: unknown }>;
}

/** The scores of a run. */
export interface Report {
  overall: Tally;
  byLanguage: Partial<Record<Lang, Tally>>;
  fields: Record<string, { correct: number; total: number; accuracy: number }>;
  languageDetection?: { correct: number; total: number };
  cases: CaseResult[];
}

/** An extractor under evaluation. */
export type Extractor = (text: string, c: DevCase) => { claims: Claim[]; detected?: Lang };

function tally(cases: number, gold: number, predicted: number, matched: number): Tally {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
  const recall = gold === 0 ? 1 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { cases, gold, predicted, matched, precision, recall, f1 };
}

const FIELD_VALUE: Record<string, (c: Claim) => unknown> = {
  actor: (c) => c.actor, countries: (c) => [...c.countries, ...(c.region ? [c.region] : [])], period_start: (c) => c.period_start,
  period_end: (c) => c.period_end, qualifier: (c) => c.qualifier, comparison: (c) => c.comparison && `${c.comparison.type}/${c.comparison.direction}/${c.comparison.value}`,
  attributed_source: (c) => c.attributed_source,
};

/** Runs the extractor on every case and scores it. */
export function score(cases: DevCase[], extractor: Extractor): Report {
  const sums = new Map<Lang | "all", { cases: number; gold: number; predicted: number; matched: number }>();
  const fields: Report["fields"] = Object.fromEntries(Object.keys(FIELDS).map((f) => [f, { correct: 0, total: 0, accuracy: 0 }]));
  const results: CaseResult[] = [];
  let detectedRight = 0;
  let detectedTotal = 0;
  for (const c of cases) {
    const { claims, detected } = extractor(caseText(c), c);
    const golds = c.gold.claims;
    const { pairs, extra, missed } = pair(claims, golds);
    for (const key of [c.language, "all"] as const) {
      const s = sums.get(key) ?? { cases: 0, gold: 0, predicted: 0, matched: 0 };
      s.cases++;
      s.gold += golds.length;
      s.predicted += claims.length;
      s.matched += pairs.length;
      sums.set(key, s);
    }
    const fieldMisses: CaseResult["fieldMisses"] = [];
    for (const [pi, gi] of pairs) {
      const pred = claims[pi] as Claim;
      const gold = golds[gi] as DevCase["gold"]["claims"][number];
      for (const [name, ok] of Object.entries(FIELDS)) {
        const f = fields[name] as { correct: number; total: number; accuracy: number };
        f.total++;
        if (ok(pred, gold)) f.correct++;
        else fieldMisses.push({ field: name, predicted: FIELD_VALUE[name]?.(pred), gold: (gold as Record<string, unknown>)[name === "qualifier" ? "quantity_qualifier" : name] });
      }
    }
    if (detected) {
      detectedTotal++;
      if (detected === c.language) detectedRight++;
    }
    results.push({
      id: c.id, language: c.language, detected, predicted: claims,
      missed: missed.map((i) => golds[i] as DevCase["gold"]["claims"][number]), extra: extra.map((i) => claims[i] as Claim), fieldMisses,
    });
  }
  for (const f of Object.values(fields)) f.accuracy = f.total === 0 ? 0 : f.correct / f.total;
  const t = (k: Lang | "all"): Tally | undefined => {
    const s = sums.get(k);
    return s ? tally(s.cases, s.gold, s.predicted, s.matched) : undefined;
  };
  const byLanguage: Report["byLanguage"] = {};
  for (const l of ["nl", "en", "de", "fr"] as const) {
    const v = t(l);
    if (v) byLanguage[l] = v;
  }
  return {
    overall: t("all") ?? tally(0, 0, 0, 0), byLanguage, fields, cases: results,
    languageDetection: detectedTotal > 0 ? { correct: detectedRight, total: detectedTotal } : undefined,
  };
}
