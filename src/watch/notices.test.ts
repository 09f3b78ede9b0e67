import { describe, expect, it } from "vitest";
import type { OutputOf, detectQuestion } from "../questions/index.ts";
import { renderNotice } from "./messages.ts";
import { noticesOf } from "./notices.ts";

type Detect = OutputOf<typeof detectQuestion>;

/** A detect answer with alarms in the given months of 2024 (1-based) and an optional regrouping. */
function answer(alarmMonths: number[], regrouping = false): Detect {
  const months = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`);
  const counts = months.map((_, i) => (alarmMonths.includes(i + 1) ? 30 : 5));
  return {
    actor: { id: "is", name: "Islamic State", known: true },
    countries: ["IRQ"],
    places: ["IRQ"],
    rule_text: "Counting rule: test",
    months,
    counts,
    alarms: months.map((month, i) => ({ month, count: counts[i]!, baseline: 6, statistic: 0, threshold: 4, alarm: alarmMonths.includes(i + 1) })),
    regrouping: regrouping
      ? { found: true, riseStart: "2024-09", ratio: 5, separated: true, explanation: "rose", low: { rate: 6 }, high: { rate: 30 }, episodes: [] }
      : { found: false, reason: "none" },
  } as unknown as Detect;
}

describe("noticesOf", () => {
  it("dates an alarm run reaching into the last three months by its first month", () => {
    const [n, ...rest] = noticesOf(answer([9, 10, 11]), "http://x/");
    expect(rest).toEqual([]);
    expect(n).toMatchObject({ id: "is/IRQ/alarm/2024-09", kind: "alarm", month: "2024-09", data_to: "2024-12", ratio: 5, baseline: 6 });
  });
  it("keeps the same id while the run goes on, so the state sends it once", () => {
    expect(noticesOf(answer([9, 10]), "http://x/")[0]!.id).toBe(noticesOf(answer([9, 10, 11, 12]), "http://x/")[0]!.id);
  });
  it("says nothing of an alarm run that ended before the last three months", () => {
    expect(noticesOf(answer([3, 4, 5]), "http://x/")).toEqual([]);
  });
  it("adds a regrouping notice dated by the start of the rise", () => {
    const ns = noticesOf(answer([], true), "http://x/");
    expect(ns.map((n) => n.id)).toEqual(["is/IRQ/regrouping/2024-09"]);
  });
});

describe("renderNotice", () => {
  it("writes the evidence in Dutch with Dutch numbers and month names", () => {
    const [n] = noticesOf(answer([10, 11, 12]), "http://x/", "nl");
    const { subject, text } = renderNotice(n!, "nl");
    expect(subject).toBe("Alarm: Islamic State neemt toe in IRQ sinds oktober 2024");
    expect(text).toContain("Vorige maand 5× het normale tempo van 6/maand");
    expect(text).toContain("Telregel: Counting rule: test");
    expect(text).toContain("Dashboard: http://x/?actor=Islamic+State&country=IRQ&lang=nl");
  });
});
