/**
 * Checking claims: each claim an article makes, against the store and the reported-figures ledger, with a
 * verdict and the evidence for it — never a bare true or false.
 */
export { checkText } from "./check.ts";
export { checkMarkdown } from "./markdown.ts";
export { agrees } from "./tolerance.ts";
export { verdicts, type Verdict, type Evidence, type CheckedClaim, type CheckReport } from "./types.ts";
