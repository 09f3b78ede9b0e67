import { describe, expect, it } from "vitest";
import { backoffMs, DEFAULT_RETRY, retryAfterMs } from "./retry.ts";

describe("backoffMs", () => {
  it("doubles from the base up to the cap", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffMs(DEFAULT_RETRY, n))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });
});

describe("retryAfterMs", () => {
  const now = new Date("2026-11-29T12:00:00Z");
  it("reads delta-seconds and HTTP dates, and ignores what it cannot read", () => {
    expect(retryAfterMs("7", now)).toBe(7000);
    expect(retryAfterMs("Sun, 29 Nov 2026 12:00:30 GMT", now)).toBe(30_000);
    expect(retryAfterMs("Sun, 29 Nov 2026 11:00:00 GMT", now)).toBe(0);
    expect(retryAfterMs("soon", now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});
