/**
 * "Respectively" lists: "in 2018 en 2019 respectievelijk 200 en 150 aanslagen", "in Mali und Niger 40
 * beziehungsweise 25 Anschläge", "200 and 150 attacks in 2018 and 2019 respectively". When a sentence says
 * "respectively" and names as many periods (or places) as it has figures, they pair up in order.
 */
import type { Lang } from "../lang.ts";
import type { Passage, SentenceFacts } from "./analysis.ts";
import { isReference } from "./context.ts";
import type { Draft } from "./draft.ts";

const RESPECTIVELY: Record<Lang, RegExp> = {
  nl: /(?<![\p{L}])(?:respectievelijk|resp\.)(?![\p{L}])/u,
  en: /(?<![\p{L}])respectively(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:beziehungsweise|bzw\.|jeweils)(?![\p{L}])/u,
  fr: /(?<![\p{L}])respectivement(?![\p{L}])/u,
};

/** Pairs the figures of a "respectively" sentence with its periods and places, in order. */
export function pairRespectively(p: Passage, facts: SentenceFacts, figures: Draft[]): void {
  if (!RESPECTIVELY[p.lang].test(p.folded.slice(facts.sentence.start, facts.sentence.end))) return;
  const counts = figures.filter((d) => d.type === "count" || d.type === "rate");
  if (counts.length < 2) return;
  const periods = facts.periods.filter((pm) => pm.kind !== "duration" && pm.range && !isReference(p, pm));
  if (periods.length === counts.length) counts.forEach((d, i) => (d.period = periods[i]));
  const places = facts.places.filter((pl) => pl.countries.length > 0);
  if (places.length === counts.length) counts.forEach((d, i) => (d.places = [places[i] as (typeof places)[number]]));
}
