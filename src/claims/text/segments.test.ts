import { describe, expect, it } from "vitest";
import { fold } from "./fold.ts";
import { splitSentences } from "./segments.ts";

function sentences(text: string): string[] {
  return splitSentences(text, fold(text)).map((s) => text.slice(s.start, s.end));
}

function clauses(text: string): string[] {
  const [first] = splitSentences(text, fold(text));
  return (first?.clauses ?? []).map((c) => text.slice(c.start, c.end).trim());
}

describe("splitSentences", () => {
  it("splits at a full stop before a capital", () => {
    expect(sentences("Er waren 20 aanslagen. Vorig jaar waren het er 10.")).toEqual(["Er waren 20 aanslagen.", "Vorig jaar waren het er 10."]);
  });
  it("does not split inside numbers with thousands dots or decimal commas", () => {
    expect(sentences("Er vielen 20.000 doden en 2,7 miljoen ontheemden. Daarna niet.")).toHaveLength(2);
  });
  it("does not split after abbreviations such as U.S. and Nov.", () => {
    expect(sentences("The U.S. Central Command said on Nov. 15 that 30 attacks happened. Then more.")).toHaveLength(2);
  });
  it("treats a blank line as a paragraph break", () => {
    const text = "Eerste zin\n\nTweede zin";
    const ss = splitSentences(text, fold(text));
    expect(ss.map((s) => s.paragraph)).toEqual([0, 1]);
  });
  it("keeps a closing quote with its sentence", () => {
    expect(sentences("« Il y a eu 30 attaques. » Ensuite rien.")).toEqual(["« Il y a eu 30 attaques. »", "Ensuite rien."]);
  });
});

describe("clauses", () => {
  it("breaks at commas but not at decimal commas", () => {
    expect(clauses("In 2020 waren het er 2,5 keer zoveel, dit jaar al 334.")).toEqual(["In 2020 waren het er 2,5 keer zoveel", "dit jaar al 334."]);
  });
  it("breaks at spaced dashes and parentheses", () => {
    expect(clauses("ISIS grew — with 8 attacks (in 2023) per month")).toEqual(["ISIS grew", "with 8 attacks", "in 2023", "per month"]);
  });
});

describe("clauses at contrastive conjunctions", () => {
  it.each([
    ["en", "In May the group claimed 12 attacks while in June it claimed 20", 2],
    ["nl", "In mei eiste de groep 12 aanslagen op terwijl het er in juni 20 waren", 2],
    ["fr", "En mai le groupe a revendiqué 12 attaques alors qu'en juin il en a revendiqué 20", 2],
    ["fr", "En mai le groupe a revendiqué 12 attaques tandis que en juin il en a revendiqué 20", 2],
    ["de", "Im Mai reklamierte die Gruppe 12 Anschläge für sich, wohingegen es im Juni 20 waren", 2],
  ])("[%s] opens a clause at the conjunction: %s", (_lang, text, n) => {
    expect(clauses(text)).toHaveLength(n);
  });
});
