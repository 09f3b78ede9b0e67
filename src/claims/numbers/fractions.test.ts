import { describe, expect, it } from "vitest";
import type { Lang } from "../lang.ts";
import { fold } from "../text/fold.ts";
import { findFractions } from "./fractions.ts";

const values = (text: string, lang: Lang): number[] => {
  const f = fold(text);
  return findFractions(f, 0, f.length, lang).map((x) => Math.round(x.value * 1000) / 1000);
};

describe("findFractions", () => {
  it("reads a third in each language", () => {
    expect(values("fell by a third", "en")).toEqual([0.333]);
    expect(values("daalde met een derde", "nl")).toEqual([0.333]);
    expect(values("etwa ein Drittel der Vorjahreszahl", "de")).toEqual([0.333]);
    expect(values("a baissé d'un tiers", "fr")).toEqual([0.333]);
  });
  it("reads halves and two thirds", () => {
    expect(values("la moitié des attaques", "fr")).toEqual([0.5]);
    expect(values("zwei Drittel aller Angriffe", "de")).toEqual([0.667]);
    expect(values("de helft van de aanslagen", "nl")).toEqual([0.5]);
  });
  it("reads two thirds written as one word", () => {
    expect(values("tweederde van alle aanslagen", "nl")).toEqual([0.667]);
    expect(values("twee-derde van alle aanslagen", "nl")).toEqual([0.667]);
  });
});
