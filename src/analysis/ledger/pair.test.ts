/**
 * The ledger as a fallback comparison, on the bundled real ledger (CENTCOM's statements and the anonymous
 * official's 121). Expected numbers: the figures as the ledger file states them, and the exact interval for
 * 153 in 182 days vs 121 in 365 days computed outside the project (scipy, see analysis/compare/exact/rate-ratio-golden.ts).
 */
import { describe, expect, it } from "vitest";
import { bundledRegistry } from "../../actors/index.ts";
import { join } from "node:path";
import { DEMO } from "../../../test/helpers/paths.ts";
import { parsePeriod } from "../../periods/index.ts";
import { importLedger } from "../../reported/index.ts";
import type { ReportedFigure } from "../../reported-figure.ts";
import { ledgerComparison } from "./pair.ts";

const ledger = importLedger(join(DEMO, "reported", "centcom_statements.csv"), bundledRegistry(), "is");
const q = { a: parsePeriod("2024-H1"), b: parsePeriod("2023"), actorIds: ["is"], countries: ["IRQ", "SYR"], lang: "en" as const };

describe("ledgerComparison", () => {
  it("pairs CENTCOM's 153 claimed attacks in 2024-H1 with the official's 121 attacks in 2023, with the exact arithmetic", () => {
    const l = ledgerComparison(ledger, q)!;
    expect([l.a.value, l.a.measure, l.b.value, l.b.measure]).toEqual([153, "claimed_attacks", 121, "attacks"]);
    expect(l.comparison.rateRatio).toBeCloseTo((153 / 182) / (121 / 365), 10);
    expect(l.comparison.ci!.lower).toBeCloseTo(1.984820515673526, 9);
    expect(l.comparison.ci!.upper).toBeCloseTo(3.2458946573132055, 9);
  });

  it("says that the two figures count different things and come from different issuers", () => {
    const caveats = ledgerComparison(ledger, q)!.caveats.join(" ");
    expect(caveats).toMatch(/count different things/);
    expect(caveats).toMatch(/different issuers/);
    expect(caveats).toMatch(/153 for 2024-H1 counts attacks the group itself claimed \(US Central Command/);
  });

  it("never uses operations against the group, and answers null when a period has no countable figure", () => {
    // 2024-Q1 has only CENTCOM's missions, killed and detained: none counts the group's attacks.
    expect(ledgerComparison(ledger, { ...q, a: parsePeriod("2024-Q1") })).toBeNull();
    expect(ledgerComparison(ledger, { ...q, countries: ["IRQ"] })).toBeNull();
  });

  it("prefers two figures that count the same thing from the same issuer", () => {
    const same: ReportedFigure = { ...ledger.find((f) => f.value === 121)!, id: "x", issuer: "US Central Command (statement)", measure: "claimed_attacks", value: 100 };
    const l = ledgerComparison([...ledger, same], q)!;
    expect([l.b.value, l.b.measure]).toEqual([100, "claimed_attacks"]);
    expect(l.caveats.join(" ")).not.toMatch(/different/);
  });

  it("writes its caveats in Dutch", () => {
    expect(ledgerComparison(ledger, { ...q, lang: "nl" })!.caveats.join(" ")).toMatch(/aanslagen die de groep zelf opeiste/);
  });
});
