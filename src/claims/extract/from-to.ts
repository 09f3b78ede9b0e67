/**
 * The words before the two figures of a change "from X to Y" ("van 300 naar 900", "von 300 auf 900", "de 300 à 900"):
 * read by the comparisons (which figure is the reference) and by the periods (which end of a range of years each
 * figure belongs to).
 */
import type { Lang } from "../lang.ts";

/** Before the figure a change goes to. */
export const TO_BEFORE: Record<Lang, RegExp> = {
  nl: /(?<![\p{L}])(?:naar|tot|op)\s+(?:\p{L}+\s+){0,3}$/u,
  en: /(?<![\p{L}])(?:to|into)\s+(?:\p{L}+\s+){0,3}$/u,
  de: /(?<![\p{L}])(?:auf|bis)\s+(?:\p{L}+\s+){0,3}$/u,
  fr: /(?<![\p{L}])(?:a|au|jusqu'a)\s+(?:\p{L}+\s+){0,3}$/u,
};
/** Before the figure a change comes from. */
export const FROM_BEFORE = /(?<![\p{L}])(?:from|van|von|de)\s+(?:a high of\s+|a low of\s+|\p{L}+\s+){0,3}$/u;
