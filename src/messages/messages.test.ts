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

describe("the reconciliation in Dutch", () => {
  it("states a figure, its measure and the dataset's definition in Dutch, with Dutch number formats", async () => {
    const { explain } = await import("../analysis/reconcile/explain.ts");
    const figure = { id: "x", issuer: "CENTCOM", statement_date: "2024-07-16", period_start: "2024-01-01", period_end: "2024-06-30", period_label: "2024-H1", countries: ["IRQ", "SYR"], actor_id: "is", measure: "claimed_attacks" as const, value: 1530, basis: null, source_url: null, provenance: "test" };
    const period = { spec: "2024-H1", start: "2024-01-01", end: "2024-06-30", label: "2024-H1", days: 182 };
    const lines = explain({ actor: { id: "is", name: "Islamitische Staat" }, countries: ["IRQ", "SYR"], period, datasets: [], reported: [{ figure, period: "same", places: "same" }], matches: [] }, "nl");
    expect(lines[0]).toBe("CENTCOM noemde 1.530 aanslagen die de groep zelf opeiste in Irak en Syrië voor 2024-H1 (voor precies deze periode; gezegd op 2024-07-16).");
    expect(lines.join(" ")).not.toMatch(/\b(stated|claimed attack|counts)\b/);
  });
});

describe("englishSentences (the test helper)", () => {
  it("lists the fixed words of English sentences, and skips what Dutch says the same way", async () => {
    const { englishSentences, englishIn } = await import("./testing/sentences.ts");
    const all = englishSentences();
    expect(all).toContain("the two figures come from different issuers and count different things");
    expect(all).toContain("operations against the group");
    // Names and symbols the Dutch catalogue shares are not English sentences.
    expect(all.some((s) => s === "UCDP GED" || s === "95%")).toBe(false);
    expect(englishIn("Attacks rose 2.54× by officials' figures (153 in 2024-H1 vs 121\nin 2023, annualised)")).toEqual(expect.arrayContaining(["by officials' figures"]));
  });
});

describe("a claim's words in the reader's language", () => {
  it("says a rate's unit, a qualifier and a region in Dutch, and nothing for an exact figure", async () => {
    const { qualifierWords, regionName, unitWords } = await import("./index.ts");
    const nl = messages("nl");
    expect(unitWords(nl, "attacks_per_month")).toBe("aanslagen per maand");
    expect(unitWords(nl, "civilian_deaths_per_day")).toBe("burgerdoden per dag");
    expect(unitWords(messages("en"), "attacks_per_week")).toBe("attacks a week");
    expect(qualifierWords(nl, "more_than")).toBe("meer dan");
    expect(qualifierWords(nl, "exact")).toBe("");
    expect(qualifierWords(nl, null)).toBe("");
    expect(regionName(nl, "West Africa")).toBe("West-Afrika");
    expect(regionName(nl, "World")).toBe("de wereld");
    expect(regionName(nl, "Atlantis")).toBe("Atlantis");
  });

  it("names every region the claim reader can find", async () => {
    const { findPlaces } = await import("../claims/lexicon/index.ts");
    const { fold } = await import("../claims/text/fold.ts");
    const samples = "worldwide, the Sahel, West Africa, East Africa, North Africa, sub-Saharan Africa, Africa, the Middle East, Europe, Western Europe, Lake Chad, Liptako-Gourma";
    const regions = new Set(findPlaces(samples, fold(samples), 0, samples.length).map((p) => p.region).filter((r): r is string => r !== undefined));
    expect(regions.size).toBe(12);
    for (const r of regions) expect(Object.keys(messages("nl").check.regions)).toContain(r);
  });
});

describe("quarantine reasons", () => {
  it("reads every English reason back into Dutch, the values kept, whatever they hold", async () => {
    const { reasonWords } = await import("./index.ts");
    const en = messages("en").rejectReasons as unknown as Record<string, (...a: string[]) => string>;
    const nl = messages("nl").rejectReasons as unknown as Record<string, (...a: string[]) => string>;
    const samples = ["date_end", '"2016-13-01"', "date_start", '"a value with spaces, is not a whole number"', "7"];
    for (const key of Object.keys(en)) {
      const args = samples.slice(0, en[key]!.length);
      expect(reasonWords(messages("nl"), en[key]!(...args)), key).toBe(nl[key]!(...args));
    }
  });

  it("says a JSON value's kind in the reason in Dutch too", async () => {
    const { reasonWords } = await import("./index.ts");
    expect(reasonWords(messages("nl"), "record is an array, not an object")).toBe("record is een lijst, geen object");
    expect(reasonWords(messages("nl"), "country is an object, not a single value")).toBe("country is een object, geen enkele waarde");
  });

  it("leaves a reason no template wrote, and every reason in English, as it is", async () => {
    const { reasonWords } = await import("./index.ts");
    expect(reasonWords(messages("nl"), "invalid unicode: byte sequence mismatch")).toBe("invalid unicode: byte sequence mismatch");
    expect(reasonWords(messages("en"), "id \"x\" is not a whole number")).toBe("id \"x\" is not a whole number");
  });
});
