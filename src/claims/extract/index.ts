/**
 * The claim extractor: reads a passage once (`analysis.ts`), drafts the figures that are claims
 * (`figures.ts`), reads comparisons (`comparisons.ts`), then gives every draft its context and turns it
 * into a claim (`finish.ts`).
 */
import type { Claim } from "../claim.ts";
import type { Lang } from "../lang.ts";
import type { Published } from "../periods/index.ts";
import { analyse } from "./analysis.ts";
import { applyComparisons, settlePending, type ComparisonResult } from "./comparisons.ts";
import { periodInSentence } from "./context.ts";
import type { Draft } from "./draft.ts";
import { figureDrafts } from "./figures.ts";
import { finish } from "./finish.ts";
import { pairRespectively } from "./respectively.ts";

/** The claims of a passage in a known language, with relative periods resolved against `published`. */
export function extract(text: string, lang: Lang, published: Published | undefined): Claim[] {
  const p = analyse(text, lang, published);
  const drafts: Draft[] = [];
  let pending: ComparisonResult["pending"];
  p.sentences.forEach((facts, i) => {
    const figures = figureDrafts(p, facts, drafts, p.sentences.slice(0, i));
    for (const d of figures) d.period = periodInSentence(p, facts, d);
    pairRespectively(p, facts, figures);
    if (pending) {
      const pendingFacts = p.sentences[pending.sentence];
      const alone = pendingFacts ? settlePending(facts, figures, pending, pendingFacts, false) : undefined;
      if (alone && pendingFacts) {
        alone.period = periodInSentence(p, pendingFacts, alone);
        drafts.push(alone);
      }
      pending = undefined;
    }
    const result = applyComparisons(p, facts, figures, drafts, undefined);
    for (const d of result.standalone) d.period = periodInSentence(p, facts, d);
    drafts.push(...figures, ...result.standalone);
    pending = result.pending;
  });
  if (pending) {
    const pendingFacts = p.sentences[pending.sentence];
    const alone = pendingFacts ? settlePending(undefined, [], pending, pendingFacts, false) : undefined;
    if (alone && pendingFacts) {
      alone.period = periodInSentence(p, pendingFacts, alone);
      drafts.push(alone);
    }
  }
  return finish(p, drafts);
}
