/** What checking a claim produces: a verdict, never bare, always with the evidence behind it. */
import type { MessageLang } from "../../messages/index.ts";
import type { Claim } from "../claim.ts";

export const verdicts = ["consistent", "inconsistent", "not_comparable", "no_data", "unchecked"] as const;
export type Verdict = (typeof verdicts)[number];

export interface Evidence {
  kind: "ledger" | "dataset" | "arithmetic";
  /** Who or what: an issuer, a dataset, "the article's own figures". */
  source: string;
  /** The number this evidence offers, when it has one. */
  value: number | null;
  /** One plain sentence. */
  text: string;
  /** True when it counts the same thing the claim counts. */
  comparable: boolean;
  url?: string | null;
}

/** A claim's verdict as the checks reach it. */
export interface ClaimVerdict {
  claim: Claim;
  /** The words of the article the claim was read from. */
  quote: string;
  verdict: Verdict;
  /** Why this verdict, in one or two sentences. */
  summary: string;
  evidence: Evidence[];
  /** Set when the claim's period is relative ("vorig jaar") and no publication date was given. */
  needsPublished?: true;
}

/** A checked claim as the report gives it. */
export interface CheckedClaim extends ClaimVerdict {
  /** The claim's group as the report's reader names it ("Islamitische Staat"), or null when it names none. */
  actorName: string | null;
}

export interface CheckReport {
  published: string | null;
  /** The article's language. */
  lang: string;
  /** The language of the report's sentences (the article's when the catalogue has it, unless asked otherwise). */
  messageLang: MessageLang;
  /** Lines about the whole text, e.g. that relative periods need the publication date. */
  notes: string[];
  claims: CheckedClaim[];
}
