/** `reported`: figures officials and analysts stated (not events) whose period and places overlap the question's. */
import { z } from "zod";
import { messages } from "../messages/index.ts";
import type { ReportedFigure } from "../reported/index.ts";
import { actorField, countriesField, langField, periodField } from "./fields.ts";
import { defineQuestion } from "./question.ts";
import { resolveActor } from "./scope.ts";

const Input = z.strictObject({
  actor: actorField.optional(),
  country: countriesField.optional(),
  period: periodField.optional(),
  lang: langField,
});

const Output = z.object({
  warnings: z.array(z.string()),
  figures: z.array(z.custom<ReportedFigure & { measure_words: string }>()).describe("each figure with what it counts in words"),
});

export const reportedQuestion = defineQuestion({
  name: "reported",
  summary: "Figures officials and analysts stated, whose period and places overlap the query's",
  input: Input,
  output: Output,
  cacheable: true,
  async run(q, { store, registry }) {
    const resolved = q.actor !== undefined ? await resolveActor(registry, q.actor, store, q.lang === "nl" ? "nl" : "en") : null;
    const figures = await store.reported({ actorIds: resolved ? [resolved.actor.id] : undefined, countries: q.country, start: q.period?.start, end: q.period?.end });
    return { warnings: resolved?.warnings ?? [], figures: figures.map((f) => ({ ...f, measure_words: messages(q.lang).reconcile.measures[f.measure] ?? f.measure })) };
  },
});
