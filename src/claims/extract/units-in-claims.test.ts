import { describe, expect, it } from "vitest";
import { claimsOf } from "../../../test/claims/claims-of.ts";
import type { Lang } from "../lang.ts";

describe("extractClaims: nouns that are never attacks or deaths make no claim", () => {
  it.each<[Lang, string]>([
    ["en", "Al-Shabaab released 40 hostages in Somalia in 2020."],
    ["nl", "Al-Shabaab liet in 2020 in Somalië 40 gijzelaars vrij."],
    ["de", "Al-Shabaab ließ 2020 in Somalia 40 Geiseln frei."],
    ["fr", "Les shebab ont libéré 40 otages en Somalie en 2020."],
  ])("[%s] hostages: %s", (lang, text) => {
    expect(claimsOf(text, lang, "2021-05-15")).toEqual([]);
  });
});

describe("extractClaims: plots and incursions are counted units", () => {
  it.each<[Lang, string, string]>([
    ["en", "The group inspired at least 9 plots against targets in Australia in 2020.", "plots"],
    ["nl", "De groep inspireerde in 2020 minstens 9 complotten tegen doelen in Australië.", "plots"],
    ["de", "Die Gruppe inspirierte 2020 mindestens 9 Komplotte gegen Ziele in Australien.", "plots"],
    ["fr", "Le groupe a inspiré au moins 9 complots contre des cibles en Australie en 2020.", "plots"],
    ["fr", "Le groupe a mené 9 incursions au Cameroun en 2020.", "attacks"],
  ])("[%s] %s", (lang, text, unit) => {
    expect(claimsOf(text, lang, "2021-05-15")).toMatchObject([{ quantity: 9, unit, period_start: "2020-01-01" }]);
  });
});

describe("extractClaims: 'since' a long event phrase dated at its end", () => {
  it("[fr] runs from the event's year to the publication", () => {
    const text = "Depuis le début des attaques du groupe sur le sol camerounais en 2013, on a dénombré 300 incursions de Boko Haram.";
    expect(claimsOf(text, "fr", "2016-01-15")[0]).toMatchObject({ quantity: 300, period_start: "2013-01-01", period_end: "2016-01-15" });
  });
});
