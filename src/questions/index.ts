/**
 * Questions: each answer the product gives, declared once (input schema with defaults and the counting rule,
 * output schema, one function over a Store). The CLI, the API, the dashboard and the briefings only parse
 * into these and present what they return; none decides a span, a pooling, a threshold or a citation.
 *
 * @example
 * const answerer = new Answerer({ store, registry, now: () => new Date() });
 * const a = await answerer.answer(compareQuestion, compareQuestion.input.parse({ actor: "IS", period: "2017", vs: "2018" }));
 */
export { defineQuestion, type InputOf, type OutputOf, type Question, type QuestionEnv } from "./question.ts";
export { Answerer, AnswerCache } from "./cache.ts";
export { isFlag, DATASETS } from "./fields.ts";
export { FieldError, issueText, issueWords } from "./issues.ts";
export { LIMITS } from "./limits.ts";
export { MAX_BUCKETS } from "./series.ts";
export { actorsQuestion } from "./actors.ts";
export { alertsQuestion } from "./alerts.ts";
export { briefQuestion } from "./brief.ts";
export { checkQuestion } from "./check.ts";
export { claimsQuestion } from "./claims.ts";
export { compareQuestion } from "./compare.ts";
export { compareCountsQuestion } from "./compare-counts.ts";
export { detectQuestion } from "./detect.ts";
export { eventsQuestion } from "./events.ts";
export { mapQuestion } from "./map.ts";
export { reconcileQuestion } from "./reconcile.ts";
export { reportedQuestion } from "./reported.ts";
export { seriesQuestion } from "./series.ts";
export { statusQuestion } from "./status.ts";
export { resolveActor, type ResolvedActor } from "./scope.ts";
export { forecastQuestion } from "./forecast.ts";
