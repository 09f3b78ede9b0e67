import { describe, expect, it } from "vitest";
import { UsageError } from "../../../errors.ts";
import { monthRange } from "../series.ts";
import { createRng } from "../stats/random.ts";
import type { OnlineMethod } from "./method.ts";
import { defaultMethods } from "./methods.ts";
import { backtest, replay } from "./replay.ts";

function risingSeries(seed: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: 96 }, (_, t) => rng.negBin(t < 60 ? 8 : 24, 5));
}

describe("replay", () => {
  it("hands each step exactly the months so far, frozen", () => {
    const seen: (readonly number[])[] = [];
    const spy: OnlineMethod = { name: "spy", start: () => (c) => (seen.push(c), false) };
    const counts = [4, 8, 15, 16, 23, 42];
    replay(counts, spy);
    expect(seen.map((c) => c.length)).toEqual([1, 2, 3, 4, 5, 6]);
    seen.forEach((c, t) => expect(c).toEqual(counts.slice(0, t + 1)));
    expect(seen.every((c) => Object.isFrozen(c))).toBe(true);
  });

  it("cannot look ahead: rewriting the future leaves every earlier alarm of every method unchanged", () => {
    const counts = risingSeries(12);
    const rewritten = [...counts.slice(0, 70), ...counts.slice(70).map((y) => y * 5 + 3)];
    for (const method of defaultMethods()) {
      const before = replay(counts, method).filter((t) => t < 70);
      const after = replay(rewritten, method).filter((t) => t < 70);
      expect(after, method.name).toEqual(before);
    }
  });
});

describe("backtest", () => {
  it("reports each method's alarm months, the first one included, from the monitoring month on", () => {
    const months = monthRange("2010-01", "2017-12");
    const results = backtest({ months, counts: risingSeries(12) }, { fromMonth: "2012-01" });
    const cusum = results.find((r) => r.method === "nb-cusum-arl60");
    expect(cusum?.firstAlarm).toBe(cusum?.alarms[0] ?? null);
    expect(cusum?.alarms.some((m) => m >= "2015-01" && m <= "2015-06")).toBe(true);
    expect(results.every((r) => r.alarms.every((m) => m >= "2012-01"))).toBe(true);
  });

  it("rejects a monitoring month outside the series", () => {
    expect(() => backtest({ months: ["2010-01"], counts: [1] }, { fromMonth: "2011-01" })).toThrow(UsageError);
  });
});
