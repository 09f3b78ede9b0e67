import { describe, expect, it } from "vitest";
import { claimsOf } from "../../../test/claims/claims-of.ts";
import type { Lang } from "../lang.ts";

const brief = (text: string, lang: Lang) => claimsOf(text, lang, "2021-01-15").map((c) => [c.quantity, c.unit, c.period_start, c.countries.join(",")]);

describe("extractClaims pairs 'respectively' lists in order", () => {
  it.each<[Lang, string]>([
    ["nl", "De groep pleegde in 2017 en 2018 respectievelijk 90 en 60 aanslagen in Mali."],
    ["en", "In 2017 and 2018, the group carried out 90 and 60 attacks in Mali respectively."],
    ["de", "Die Gruppe verübte 2017 und 2018 in Mali 90 beziehungsweise 60 Anschläge."],
    ["fr", "En 2017 et 2018, le groupe a commis respectivement 90 et 60 attaques au Mali."],
  ])("[%s] periods: %s", (lang, text) => {
    expect(brief(text, lang)).toEqual([[90, "attacks", "2017-01-01", "MLI"], [60, "attacks", "2018-01-01", "MLI"]]);
  });

  it.each<[Lang, string]>([
    ["nl", "In 2019 pleegde de groep in Niger en Tsjaad respectievelijk 90 en 60 aanslagen."],
    ["de", "Im Jahr 2019 verübte die Gruppe in Niger und im Tschad 90 beziehungsweise 60 Anschläge."],
  ])("[%s] places: %s", (lang, text) => {
    expect(brief(text, lang)).toEqual([[90, "attacks", "2019-01-01", "NER"], [60, "attacks", "2019-01-01", "TCD"]]);
  });
});

describe("extractClaims: false friends of change and of death", () => {
  it.each<[Lang, string]>([
    ["de", "Seit 2012 sind in Kamerun 3000 Menschen dem Konflikt mit Boko Haram zum Opfer gefallen."],
    ["en", "Since 2012, 3000 people in Cameroon have fallen victim to the conflict with Boko Haram."],
  ])("[%s] 'fell victim' is deaths, not a decline: %s", (lang, text) => {
    expect(claimsOf(text, lang, "2021-01-15")).toMatchObject([{ quantity: 3000, unit: "deaths", comparison: null, period_start: "2012-01-01" }]);
  });

  it.each<[Lang, string]>([
    ["de", "Im Jahr 2019 zählte man in Kamerun 120 Anschläge niedriger Intensität."],
    ["nl", "In 2019 telde men in Kameroen 120 aanslagen van lage intensiteit."],
    ["en", "In 2019 there were 120 low-intensity attacks in Cameroon."],
    ["fr", "En 2019, on a compté 120 attaques de basse intensité au Cameroun."],
  ])("[%s] 'low intensity' is no decrease: %s", (lang, text) => {
    expect(claimsOf(text, lang, "2021-01-15").find((c) => c.quantity === 120)).toMatchObject({ comparison: null });
  });
});

describe("extractClaims: a respectively list of three figures shares the noun after the last", () => {
  it.each<[Lang, string]>([
    ["nl", "In Mali, Burkina Faso en Niger vielen vorig jaar respectievelijk 900, 2.300 en 700 doden."],
    ["fr", "Le Mali, le Burkina Faso et le Niger ont enregistré respectivement 900, 2 300 et 700 morts l'an dernier."],
    ["en", "Mali, Burkina Faso and Niger recorded 900, 2,300 and 700 deaths respectively last year."],
    ["de", "In Mali, Burkina Faso und Niger gab es im vergangenen Jahr 900, 2300 beziehungsweise 700 Tote."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2021-03-10").map((c) => [c.quantity, c.unit, c.countries])).toEqual([
      [900, "deaths", ["MLI"]], [2300, "deaths", ["BFA"]], [700, "deaths", ["NER"]],
    ]);
  });
});
