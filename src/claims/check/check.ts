/**
 * `check`: every claim of an article, checked against the store and the reported-figures ledger, each with a
 * verdict (consistent, inconsistent, not comparable, no data) and the evidence behind it.
 */
import { nameOfId, type Registry } from "../../actors/index.ts";
import { messages, type MessageLang, type Messages } from "../../messages/index.ts";
import type { Store } from "../../store/index.ts";
import type { Claim } from "../claim.ts";
import { extractClaims } from "../index.ts";
import { detectLanguage } from "../language.ts";
import { checkComparison, pairFor } from "./comparison.ts";
import { checkCount } from "./count.ts";
import type { CheckReport, ClaimVerdict } from "./types.ts";

export interface CheckOptions {
  published?: string;
  lang?: "auto" | "nl" | "en" | "de" | "fr";
  /** The language of the new sentences (from `src/messages`); unless asked, the article's when the catalogue has it, else English. */
  messageLang?: MessageLang;
}

/** The language a report on an article in `lang` is written in: the article's when the catalogue has it (a Dutch article gets a Dutch report), else English. */
export function replyLang(lang: string): MessageLang {
  return lang === "nl" ? "nl" : "en";
}

/** A period the text gives only relative to its publication ("vorig jaar"), left open because no date was given. */
const unresolved = (c: Claim) => !c.period_start && c.period_expression != null;

/**
 * A count that carries its own comparison ("300 attacks, a threefold increase on the 100 of 2016"): the factor
 * is checked on the two figures like a separate comparison claim, and a factor that does not hold makes the
 * claim inconsistent whatever the count's own verdict.
 */
function withOwnComparison(checked: ClaimVerdict, m: Messages): ClaimVerdict {
  const c = checked.claim;
  const cmp = c.comparison;
  if (!cmp || (cmp.type !== "ratio" && cmp.type !== "percent_change") || cmp.ref_quantity == null || !cmp.ref_period_start || !cmp.ref_period_end) return checked;
  const reference: Claim = { ...c, quantity: cmp.ref_quantity, period_start: cmp.ref_period_start, period_end: cmp.ref_period_end, period_expression: null, comparison: null };
  const factor = checkComparison(c, checked.quote, [c, reference], m);
  return {
    ...checked,
    verdict: factor.verdict === "inconsistent" ? "inconsistent" : checked.verdict,
    summary: `${checked.summary} ${factor.summary}`,
    evidence: [...checked.evidence, ...factor.evidence],
  };
}

/**
 * Checks every claim of `text`. Without a publication date, claims whose period is relative are not checked
 * one by one: the report says once, in `notes`, that relative periods need it.
 *
 * @example
 * const r = await checkText(store, registry, "IS pleegde vorig jaar 121 aanslagen in Irak.", { published: "2024-07" });
 */
export async function checkText(store: Store, registry: Registry, text: string, opts: CheckOptions = {}): Promise<CheckReport> {
  const lang = !opts.lang || opts.lang === "auto" ? detectLanguage(text) : opts.lang;
  const m = messages(opts.messageLang ?? replyLang(lang));
  const claims = extractClaims(text, { lang, published: opts.published });
  const counts = claims.filter((c) => c.claim_type === "count");
  const open = opts.published ? [] : claims.filter(unresolved);
  const out: ClaimVerdict[] = [];
  for (const c of claims) {
    const quote = text.slice(c.span[0], c.span[1]);
    const waiting: ClaimVerdict = { claim: c, quote, verdict: "unchecked", summary: m.check.needsPublishedClaim, evidence: [], needsPublished: true };
    if (open.includes(c)) out.push(waiting);
    else if (c.claim_type === "comparison") {
      // A comparison left without two figures because its figures' periods are open waits for the date too.
      const figuresOpen = !pairFor(c, counts) && open.some((o) => o.actor_id === c.actor_id && o.unit === c.unit);
      out.push(figuresOpen ? waiting : checkComparison(c, quote, counts, m));
    }
    else if (c.claim_type === "count") out.push(withOwnComparison(await checkCount(store, registry, c, quote, m), m));
    else out.push({ claim: c, quote, verdict: "unchecked", summary: m.check.otherType(m.check.claimTypes[c.claim_type] ?? c.claim_type), evidence: [] });
  }
  const expressions = [...new Set(open.map((c) => `'${c.period_expression!.trim()}'`))];
  const notes = expressions.length ? [m.check.needsPublished(expressions.join(", "))] : [];
  const messageLang = opts.messageLang ?? replyLang(lang);
  // The group as the report's reader names it: the registry's Dutch name in a Dutch report.
  const claimsOut = out.map((x) => ({ ...x, actorName: x.claim.actor_id ? nameOfId(registry, x.claim.actor_id, messageLang) : x.claim.actor }));
  return { published: opts.published ?? null, lang, messageLang, notes, claims: claimsOut };
}
