/** The working record of a claim while the passage is read; `finish.ts` turns it into a `Claim`. */
import type { ActorHit } from "../actors.ts";
import type { Place } from "../lexicon/index.ts";
import type { Qualifier } from "../numbers/index.ts";
import type { DayRange, PeriodMention } from "../periods/index.ts";

/** A comparison as it is being assembled. */
export interface ComparisonDraft {
  type: "ratio" | "percent_change" | "direction" | "greater_than" | "rank";
  direction: "increase" | "decrease" | null;
  value: number | null;
  start: number;
  end: number;
  ref?: DayRange;
  /** The reference period stands before the word of change ("het totaal van vorig jaar te verdubbelen"). */
  refBefore?: boolean;
  refQuantity: number | null;
  projected: boolean;
}

/** A claim being drafted. */
export interface Draft {
  sentence: number;
  start: number;
  end: number;
  /** Where the claim sits, for choosing the nearest period, place and actor. */
  anchor: number;
  type: "count" | "rate" | "share" | "comparison";
  quantity: number | null;
  quantityStart: number;
  quantityEnd: number;
  qualifier: Qualifier | null;
  unit: string;
  comparison?: ComparisonDraft;
  period?: PeriodMention;
  periodText?: string;
  places?: Place[];
  actor?: ActorHit;
  /** The sentence says the figure is no one group's (a total over groups, worldwide): no actor is carried to it. */
  noActor?: boolean;
  source?: string;
  projected: boolean;
  /** "nog maar drie", "only 3": a low figure a later one is contrasted with. */
  restrictive: boolean;
  /** "al 516", "already 516": a figure contrasted with an earlier low one. */
  already: boolean;
}
