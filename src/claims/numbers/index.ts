/**
 * Numbers in news text, in Dutch, English, German and French: digits by each language's separators,
 * number words (compounds included), approximate nouns, fractions, and the qualifiers that say how exact a
 * figure is.
 */
export { findQuantities, type Quantity } from "./find-quantities.ts";
export { findFractions, type Fraction } from "./fractions.ts";
export { parseDigits } from "./digits.ts";
export { parseNumberWords, approxNounValue } from "./number-words.ts";
export { qualifierBefore, qualifierAfter, type Qualifier, type QualifierHit } from "./qualifier.ts";
