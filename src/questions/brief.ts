/**
 * `brief`: everything a one-to-two-page briefing shows (headline, monthly chart, map, comparison, detection,
 * reconciliation, caveats, sources), built once by report/buildBriefing with the same counting as `compare`.
 * Markdown, HTML and PDF are renderings of this answer.
 */
import { z } from "zod";
import { buildBriefing, type BriefingData } from "../report/index.ts";
import { comparisonFields } from "./fields.ts";
import { defineQuestion } from "./question.ts";
import { resolveActor, ruleFrom } from "./scope.ts";

const Input = z.strictObject(comparisonFields);

export const briefQuestion = defineQuestion({
  name: "brief",
  summary: "A one-to-two-page briefing (headline, chart, map, comparison, caveats, sources) as data; md, html and pdf render it",
  input: Input,
  output: z.custom<BriefingData>().describe("the briefing's data"),
  // The answer carries the day it was generated on.
  cacheable: false,
  async run(q, { store, registry, now }) {
    // A mistyped actor is refused here as in every other question ("did you mean …?").
    await resolveActor(registry, q.actor, store);
    return buildBriefing({ actor: q.actor, countries: q.country ?? [], period: q.period, vs: q.vs, rule: ruleFrom(q), lang: q.lang }, { store, registry, now });
  },
});
