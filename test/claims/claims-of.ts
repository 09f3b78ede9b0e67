/**
 * Shared helpers for the claim extractor's sentence tests: run the extractor and keep the fields a test
 * checks, so a test reads as the sentence and the claims a reader takes from it.
 */
import { extractClaims, type Claim, type Lang } from "../../src/claims/index.ts";

/** The claims of a text in a known language, published on the given date. */
export function claimsOf(text: string, lang: Lang, published?: string): Claim[] {
  return extractClaims(text, { lang, published });
}

/** The only claim of a text; fails the test when there is not exactly one. */
export function onlyClaim(text: string, lang: Lang, published?: string): Claim {
  const claims = claimsOf(text, lang, published);
  if (claims.length !== 1) throw new Error(`expected one claim, got ${claims.length}: ${JSON.stringify(claims.map((c) => [c.claim_type, c.quantity, c.unit]))}`);
  return claims[0] as Claim;
}
