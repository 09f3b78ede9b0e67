/**
 * The words the extractor reads by, per language: what a figure counts (units, blockers), the verbs that
 * change it (killing, claiming, planning), words of change and comparison, attribution cues and places.
 */
export { nounSense, isCivilianWord, type NounSense } from "./units.ts";
export { KILL, WOUND, DISPLACED, CLAIMED, CLAIMED_LIVES, PLANNED, FOILED, COUNTER_OPERATION, AVERAGE } from "./cues.ts";
export { findTrendWords, type TrendWord } from "./trends.ts";
export { knownSource, outletIn, BEFORE_SOURCE, AFTER_SOURCE, CREDITS_PREVIOUS, SOURCE_STOP, LEADING, TRAILING, DATA_ONLY, COUNTING } from "./attribution.ts";
export { findPlaces, countryCode, type Place } from "./places.ts";
export { SCOPE_WORDS, LINKED_BEFORE, LINKED_AROUND } from "./scope.ts";
