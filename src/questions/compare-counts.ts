/**
 * `compare --counts`: the same arithmetic as `compare` on two figures given by hand (a news claim's, an
 * official's), COUNT@PERIOD each. It never opens the store.
 */
import { z } from "zod";
import { comparePeriods, parseCountsSpec, type Comparison, type CountsSpec } from "../analysis/compare/index.ts";
import type { Period } from "../periods/index.ts";
import { langField, viaParser } from "./fields.ts";
import { messages } from "../messages/index.ts";
import { defineQuestion } from "./question.ts";

const countsField = z.string().max(64).describe("COUNT@PERIOD, e.g. 153@2024-H1").transform(viaParser<CountsSpec>(parseCountsSpec));

const Input = z.strictObject({
  a: countsField.describe("the period of interest: COUNT@PERIOD, e.g. 153@2024-H1"),
  b: countsField.describe("the reference: COUNT@PERIOD, e.g. 121@2023"),
  lang: langField,
});

const Given = z.object({ count: z.number().int().nonnegative(), period: z.custom<Period>() });

const Output = z.object({
  source: z.literal("figures as given"),
  a: Given,
  b: Given,
  comparison: z.custom<Comparison>().describe("annualised rates, rate ratio with exact 95% CI and test, the sentence"),
  rule_text: z.string(),
});

export const compareCountsQuestion = defineQuestion({
  name: "compare-counts",
  summary: "The same arithmetic as compare on two given figures (e.g. a news claim's)",
  input: Input,
  output: Output,
  cacheable: false,
  readsStore: false,
  async run({ a, b, lang }) {
    const comparison = comparePeriods({ a: { count: a.count, days: a.period.days, label: a.period.label }, b: { count: b.count, days: b.period.days, label: b.period.label } }, { lang });
    return {
      source: "figures as given" as const,
      a,
      b,
      comparison,
      rule_text: messages(lang).rule.givenFigures,
    };
  },
});
