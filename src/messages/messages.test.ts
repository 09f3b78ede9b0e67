/** The catalogue: Dutch has every English message (the type says so) and none of them left in English. */
import { describe, expect, it } from "vitest";
import { messages } from "./index.ts";

type Leaf = string | ((...args: never[]) => string);

/** Every message as text: strings as they are, functions called with sample arguments. */
function leaves(node: unknown, path = ""): Array<[string, string]> {
  if (typeof node === "string") return [[path, node]];
  if (typeof node === "function") return [[path, (node as (...a: unknown[]) => string)("A", "B", "C", "D", "E", "F")]];
  return Object.entries(node as Record<string, Leaf>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe("messages", () => {
  it("has the same messages in Dutch as in English", () => {
    expect(leaves(messages("nl")).map(([k]) => k)).toEqual(leaves(messages("en")).map(([k]) => k));
  });

  it("leaves no English message untranslated in Dutch", () => {
    const en = new Map(leaves(messages("en")));
    const same = leaves(messages("nl")).filter(([k, v]) => en.get(k) === v);
    expect(same).toEqual([]);
  });
});

describe("the regrouping verdict in Dutch", () => {
  it("explains an episode with Dutch words and decimal commas, and a rise from no events without an infinite ratio", async () => {
    const { classifyRegrouping } = await import("../analysis/detect/index.ts");
    const regime = (start: string, end: string, months: number, rate: number, ci: [number, number]) => ({ start, end, months, rate, ci, total: Math.round(rate * months) });
    const regimes = [regime("2008-01", "2010-12", 36, 30, [27, 33]), regime("2011-01", "2012-12", 24, 0, [0, 0.2]), regime("2013-01", "2014-12", 24, 12.5, [11, 14])];
    const nl = classifyRegrouping(regimes, { minLowMonths: 12, minRatio: 2, requirePriorDecline: true, lang: "nl" });
    expect(nl.found && nl.explanation).toBe("Na 24 maanden op 0,0 gebeurtenissen per maand (95%-BI 0,0–0,2, 2011-01 tot 2012-12) steeg de activiteit vanaf 2013-01 naar 13 per maand (11–14, 2013-01 tot 2014-12), vanuit niets in het dal.");
    const en = classifyRegrouping(regimes, { minLowMonths: 12, minRatio: 2, requirePriorDecline: true });
    expect(en.found && en.explanation).not.toMatch(/Infinity/);
  });
});
