import { describe, expect, it } from "vitest";
import { evaluateScenario } from "./evaluate.ts";
import type { OnlineMethod } from "./method.ts";
import { formatBacktestTable } from "./table.ts";

// Fires at fixed months, whatever the data: the metrics can then be computed by hand.
const firesAt = (months: number[]): OnlineMethod => ({ name: "fixed", start: () => (c) => months.includes(c.length - 1) });

describe("evaluateScenario", () => {
  it("scores delay, detection and false alarms by hand-checkable rules", () => {
    const series = [
      { counts: new Array<number>(120).fill(1), changeAt: 60, baseRate: 1 },
      { counts: new Array<number>(120).fill(1), changeAt: 90, baseRate: 1 },
    ];
    const [row] = evaluateScenario({ name: "2x", factor: 2, alpha: 0 }, series, [firesAt([10, 30, 62, 95, 110])]);
    // Series 1: alarm 30 is false (month 10 is before monitoring), 62 detects with delay 2.
    // Series 2: alarms 30 and 62 are false, 95 detects with delay 5. 3 false alarms in 36 + 66 quiet months.
    expect(row).toMatchObject({ detectionRate: 1, medianDelay: 2, p90Delay: 5 });
    expect(row?.falseAlarmsPerYear).toBeCloseTo((3 / 102) * 12, 12);
  });

  it("does not count an alarm more than 12 months after the change as a detection", () => {
    const series = [{ counts: new Array<number>(120).fill(1), changeAt: 60, baseRate: 1 }];
    const [row] = evaluateScenario({ name: "2x", factor: 2, alpha: 0 }, series, [firesAt([72])]);
    expect(row).toMatchObject({ detectionRate: 0, medianDelay: null });
  });

  it("counts every monitored month of a null series as quiet", () => {
    const series = [{ counts: new Array<number>(120).fill(1), changeAt: null, baseRate: 1 }];
    const [row] = evaluateScenario({ name: "null", factor: null, alpha: 0 }, series, [firesAt([50, 100])]);
    expect(row).toMatchObject({ detectionRate: null, falseAlarmsPerYear: 0.25 });
  });
});

describe("formatBacktestTable", () => {
  it("prints one aligned Markdown row per method and scenario", () => {
    const text = formatBacktestTable([
      { scenario: "2x poisson", method: "nb-cusum-arl60", series: 200, detectionRate: 0.995, medianDelay: 1, p90Delay: 3, falseAlarmsPerYear: 0.1234 },
      { scenario: "null poisson", method: "hdx-12m", series: 200, detectionRate: null, medianDelay: null, p90Delay: null, falseAlarmsPerYear: 0.5 },
    ]);
    const lines = text.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain("| 100%");
    expect(lines[2]).toContain("| 0.123");
    expect(lines[3]).toContain("| –");
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });
});
