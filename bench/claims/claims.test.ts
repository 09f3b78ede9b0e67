import { describe, expect, it } from "vitest";
import { runClaimsBench } from "./claims.ts";

describe("runClaimsBench", () => {
  it("reports how many passages it read and at what rate", () => {
    const r = runClaimsBench({ minMs: 50, warmMs: 50, coldMs: 50 });
    expect(r.passages).toBeGreaterThan(0);
    expect(r.passagesPerSecond).toBeGreaterThan(0);
    expect(r.coldPassagesPerSecond).toBeGreaterThan(0);
  });
});
