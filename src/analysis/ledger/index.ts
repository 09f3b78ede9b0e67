/** The ledger of officials' figures as a fallback comparison: when no events are stored for the periods. */
export { ledgerComparison, measureWords, type LedgerComparison } from "./pair.ts";
