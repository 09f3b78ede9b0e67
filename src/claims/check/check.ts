/**
 * `check`: every claim of an article, checked against the store and the reported-figures ledger, each with a
 * verdict (consistent, inconsistent, not comparable, no data) and the evidence behind it.
 */
import type { Registry } from "../../actors/index.ts";
import type { Store } from "../../store/index.ts";
import { extractClaims } from "../index.ts";
import { detectLanguage } from "../language.ts";
import { checkComparison } from "./comparison.ts";
import { checkCount } from "./count.ts";
import type { CheckReport, CheckedClaim } from "./types.ts";

export async function checkText(store: Store, registry: Registry, text: string, opts: { published?: string; lang?: "auto" | "nl" | "en" | "de" | "fr" } = {}): Promise<CheckReport> {
  const lang = !opts.lang || opts.lang === "auto" ? detectLanguage(text) : opts.lang;
  const claims = extractClaims(text, { lang, published: opts.published });
  const counts = claims.filter((c) => c.claim_type === "count");
  const out: CheckedClaim[] = [];
  for (const c of claims) {
    const quote = text.slice(c.span[0], c.span[1]);
    if (c.claim_type === "comparison") out.push(checkComparison(c, quote, counts));
    else if (c.claim_type === "count") out.push(await checkCount(store, registry, c, quote));
    else out.push({ claim: c, quote, verdict: "unchecked", summary: `A ${c.claim_type} claim: resurgence checks counts and comparisons.`, evidence: [] });
  }
  return { published: opts.published ?? null, lang, claims: out };
}
