/**
 * Whether a number found elsewhere agrees with a claim's figure, given the claim's qualifier: "ruim 1400"
 * (more than) agrees with 1,450 but not with 1,400; "ongeveer 150" (approximately) with anything within 10%.
 */
import type { Claim } from "../claim.ts";

export function agrees(found: number, claimed: number, qualifier: Claim["qualifier"]): boolean {
  const q = qualifier ?? "exact";
  switch (q) {
    case "exact":
      return found === claimed;
    case "approximately":
      return Math.abs(found - claimed) <= Math.max(1, 0.1 * claimed);
    case "more_than":
      return found > claimed;
    case "at_least":
      return found >= claimed;
    case "nearly":
      return found <= claimed && found >= 0.85 * claimed;
    case "fewer_than":
      return found < claimed;
    default:
      throw new Error(`unknown qualifier ${String(q satisfies never)}`);
  }
}
