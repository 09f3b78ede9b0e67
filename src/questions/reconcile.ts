/** `reconcile`: every dataset's count and every reported figure for one question, side by side, with why they differ. */
import { z } from "zod";
import { describeRule } from "../analysis/counting/index.ts";
import { DEFAULT_MATCH_RULE, reconcile, type DatasetLine, type MatchSummary, type ReportedLine } from "../analysis/reconcile/index.ts";
import type { Period } from "../periods/index.ts";
import { messages } from "../messages/index.ts";
import { citationFor } from "./citation.ts";
import { actorField, countriesField, flagField, langField, periodField, ruleFields } from "./fields.ts";
import { defineQuestion } from "./question.ts";
import { resolveScope } from "./scope.ts";

const Input = z.strictObject({
  actor: actorField,
  country: countriesField.optional(),
  period: periodField,
  max_km: z.coerce.number().positive().max(500).default(DEFAULT_MATCH_RULE.maxKm).describe(`how far apart two datasets' events may be and still be the same event, in km (default ${DEFAULT_MATCH_RULE.maxKm})`),
  pairs: flagField("include the matched event pairs"),
  lang: langField,
  ...ruleFields,
});

const Output = z.object({
  actor: z.object({ id: z.string(), name: z.string() }),
  countries: z.array(z.string()),
  period: z.custom<Period>(),
  rule_text: z.string().describe("the counting rule the chosen dataset was counted under (the one compare uses)"),
  datasets: z.array(z.custom<DatasetLine>()).describe("each dataset with its coverage, counted as compare counts a period: the chosen rule's dataset under that rule, each other under its own default rule"),
  reported: z.array(z.custom<ReportedLine & { measure_words: string }>()).describe("figures in the ledger for overlapping periods and places, each with what it counts in words"),
  matches: z.array(z.custom<MatchSummary | Omit<MatchSummary, "pairs">>()),
  explanation: z.array(z.string()),
  citations: z.record(z.string(), z.string()),
  warnings: z.array(z.string()),
});

export const reconcileQuestion = defineQuestion({
  name: "reconcile",
  summary: "Every dataset's count and every reported figure for one question, side by side, with matches and why they differ",
  input: Input,
  output: Output,
  cacheable: true,
  async run(q, { store, registry }) {
    // The same scope as compare's: one view, one counting rule, whichever panel asks.
    const { actor, countries, rule, warnings } = await resolveScope(q, registry, store);
    const r = await reconcile(store, registry, { actorId: actor!.id, countries, period: q.period, matchRule: { ...DEFAULT_MATCH_RULE, maxKm: q.max_km }, lang: q.lang, rule });
    const matches = q.pairs ? r.matches : r.matches.map(({ pairs: _pairs, ...m }) => m);
    const citations: Record<string, string> = {};
    for (const d of r.datasets) {
      const c = citationFor(d.dataset);
      if (c) citations[d.dataset] = c;
    }
    const words = messages(q.lang).reconcile.measures;
    const reported = r.reported.map((x) => ({ ...x, measure_words: words[x.figure.measure] ?? x.figure.measure }));
    return { ...r, reported, rule_text: describeRule(rule, actor!.name, q.lang), matches, citations, warnings };
  },
});
