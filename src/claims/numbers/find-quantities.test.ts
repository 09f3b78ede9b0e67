import { describe, expect, it } from "vitest";
import type { Lang } from "../lang.ts";
import { fold } from "../text/fold.ts";
import { findQuantities } from "./find-quantities.ts";

function figures(text: string, lang: Lang): Array<[number, string, string]> {
  const f = fold(text);
  return findQuantities(f, 0, f.length, lang).map((q) => [q.value, q.qualifier, text.slice(q.start, q.end)]);
}

describe("findQuantities in Dutch", () => {
  it("reads qualifiers and number words", () => {
    expect(figures("ruim tweehonderd aanslagen", "nl")).toEqual([[200, "more_than", "ruim tweehonderd"]]);
    expect(figures("meer dan honderd doden", "nl")).toEqual([[100, "more_than", "meer dan honderd"]]);
    expect(figures("bijna 40 aanvallen", "nl")).toEqual([[40, "nearly", "bijna 40"]]);
    expect(figures("zo'n 300 slachtoffers", "nl")).toEqual([[300, "approximately", "zo'n 300"]]);
    expect(figures("onder de duizend", "nl")).toEqual([[1000, "fewer_than", "onder de duizend"]]);
    expect(figures("honderddrieënvijftig aanslagen", "nl")).toEqual([[153, "exact", "honderddrieënvijftig"]]);
  });
  it("reads thousands dots, decimal commas and millions", () => {
    expect(figures("20.000 doden en 2,7 miljoen ontheemden", "nl")).toEqual([
      [20000, "exact", "20.000"],
      [2700000, "exact", "2,7 miljoen"],
    ]);
  });
  it("reads an approximate noun as approximately", () => {
    expect(figures("een tiental aanslagen", "nl")).toEqual([[10, "approximately", "een tiental"]]);
  });
});

describe("findQuantities in English", () => {
  it("reads qualifiers", () => {
    expect(figures("more than a hundred attacks", "en")).toEqual([[100, "more_than", "more than a hundred"]]);
    expect(figures("at least 587 attacks", "en")).toEqual([[587, "at_least", "at least 587"]]);
    expect(figures("nearly 1,400 deaths", "en")).toEqual([[1400, "nearly", "nearly 1,400"]]);
    expect(figures("about 30 attacks", "en")).toEqual([[30, "approximately", "about 30"]]);
    expect(figures("over 50 attacks", "en")).toEqual([[50, "more_than", "over 50"]]);
    expect(figures("fewer than ten attacks", "en")).toEqual([[10, "fewer_than", "fewer than ten"]]);
  });
  it("reads a percentage and skips ordinals, ages and model names", () => {
    expect(figures("55% higher in the 4th month", "en")).toEqual([[55, "exact", "55%"]]);
    expect(figures("a 36-year-old and an F-16", "en")).toEqual([]);
  });
  it("reads 100 or more as at least", () => {
    expect(figures("100 or more attacks", "en")).toEqual([[100, "at_least", "100 or more"]]);
  });
});

describe("findQuantities in German", () => {
  it("reads qualifiers and spaced thousands", () => {
    expect(figures("gut 90 dieser Fälle", "de")).toEqual([[90, "approximately", "gut 90"]]);
    expect(figures("fast 18 500 Menschen", "de")).toEqual([[18500, "nearly", "fast 18 500"]]);
    expect(figures("auf mehr als 4500", "de")).toEqual([[4500, "more_than", "mehr als 4500"]]);
    expect(figures("rund 3380", "de")).toEqual([[3380, "approximately", "rund 3380"]]);
    expect(figures("etwa dreiundzwanzig Angriffe", "de")).toEqual([[23, "approximately", "etwa dreiundzwanzig"]]);
  });
  it("reads Prozent as a percentage", () => {
    const [q] = (() => {
      const f = fold("um 60 Prozent");
      return findQuantities(f, 0, f.length, "de");
    })();
    expect(q?.percent).toBe(true);
    expect(q?.value).toBe(60);
  });
});

describe("findQuantities in French", () => {
  it("reads qualifiers, spaced thousands and compound words", () => {
    expect(figures("au moins 3 500 victimes", "fr")).toEqual([[3500, "at_least", "au moins 3 500"]]);
    expect(figures("plus d'une centaine d'attaques", "fr")).toEqual([[100, "more_than", "plus d'une centaine"]]);
    expect(figures("moins de dix par mois", "fr")).toEqual([[10, "fewer_than", "moins de dix"]]);
    expect(figures("trente-neuf attaques", "fr")).toEqual([[39, "exact", "trente-neuf"]]);
    expect(figures("près de 200 morts", "fr")).toEqual([[200, "nearly", "près de 200"]]);
    expect(figures("environ soixante et onze attentats", "fr")).toEqual([[71, "approximately", "environ soixante et onze"]]);
  });
  it("reads 'pas moins de' as at least", () => {
    expect(figures("pas moins de 40 attaques", "fr")).toEqual([[40, "at_least", "pas moins de 40"]]);
  });
});

describe("findQuantities: a qualifier after an elided French article", () => {
  it("reads 'd'au moins 300' as at least, and keeps 'plus d'une centaine' as more than", () => {
    const at = (text: string) => findQuantities(fold(text), 0, text.length, "fr").map((q) => [q.value, q.qualifier]);
    expect(at("la mort d'au moins 300 civils")).toEqual([[300, "at_least"]]);
    expect(at("plus d'une centaine d'attaques")).toEqual([[100, "more_than"]]);
  });
});

describe("findQuantities: a bare plural scale is no figure", () => {
  it.each<[Lang, string]>([
    ["de", "und Millionen in die Flucht getrieben"],
    ["nl", "en miljoenen mensen ontheemd"],
    ["fr", "et des millions de déplacés"],
    ["en", "and millions displaced"],
  ])("[%s] %s", (lang, text) => {
    expect(figures(text, lang)).toEqual([]);
  });
  it("still reads a scale with its number", () => {
    expect(figures("zwei Millionen Menschen", "de").map((f) => f[0])).toEqual([2e6]);
  });
});
