import { describe, expect, it } from "vitest";
import { claimsOf } from "../../../test/claims/claims-of.ts";
import type { Lang } from "../lang.ts";

describe("extractClaims reads shares of a unit, with modifiers and a number between", () => {
  it.each<[Lang, string, number, string]>([
    ["en", "The region accounted for 43% of all recorded terrorism deaths in 2021.", 0.43, "deaths"],
    ["nl", "De regio was in 2021 goed voor 43 procent van alle geregistreerde doden.", 0.43, "deaths"],
    ["de", "Auf die Region entfielen 2021 rund 43 Prozent aller registrierten Toten.", 0.43, "deaths"],
    ["fr", "La région a concentré en 2021 près de la moitié des 3 200 décès recensés.", 0.5, "deaths"],
    ["nl", "In 2021 vond de helft van de aanslagen in het noorden plaats.", 0.5, "attacks"],
    ["de", "Im Jahr 2021 ereignete sich die Hälfte der Anschläge im Norden.", 0.5, "attacks"],
  ])("[%s] %s", (lang, text, quantity, unit) => {
    expect(claimsOf(text, lang, "2022-03").find((c) => c.claim_type === "share")).toMatchObject({ quantity, unit, period_start: "2021-01-01" });
  });

  it.each<[Lang, string]>([
    ["en", "Half of the displaced people returned home in 2021."],
    ["fr", "La moitié des réfugiés sont rentrés en 2021."],
  ])("[%s] makes no share of a noun that is never a unit: %s", (lang, text) => {
    expect(claimsOf(text, lang, "2022-03").filter((c) => c.claim_type === "share")).toEqual([]);
  });

  it("keeps a fraction of change a change, not a share", () => {
    expect(claimsOf("Het aantal aanslagen daalde in 2021 met een kwart.", "nl", "2022-03").filter((c) => c.claim_type === "share")).toEqual([]);
  });
});

describe("extractClaims keeps a comparison's reference period apart from the claim's", () => {
  it.each<[Lang, string]>([
    ["en", "In 2021 the group carried out 40 attacks in Mali, as in 2019 the most of any group."],
    ["nl", "De groep pleegde in 2021, net als in 2019, 40 aanslagen in Mali."],
    ["de", "Die Gruppe verübte 2021, wie im Jahr 2019, 40 Anschläge in Mali."],
    ["fr", "En 2021, comme en 2019, le groupe a commis 40 attaques au Mali."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2022-03").find((c) => c.quantity === 40)).toMatchObject({ period_start: "2021-01-01", period_end: "2021-12-31" });
  });

  it.each<[Lang, string]>([
    ["nl", "Ten opzichte van 2019 steeg het aantal aanslagen tot 80. Dat bleek uit cijfers over vorig jaar."],
    ["en", "Compared with 2019 the number of attacks rose to 80. That is what figures for last year show."],
    ["de", "Im Vergleich zu 2019 stieg die Zahl der Anschläge auf 80. Das zeigen Zahlen aus dem vergangenen Jahr."],
    ["fr", "Par rapport à 2019, le nombre d'attaques est monté à 80. C'est ce que montrent les chiffres de l'an dernier."],
  ])("[%s] takes a later sentence's period when the figure's sentence names only the reference: %s", (lang, text) => {
    expect(claimsOf(text, lang, "2021-06").find((c) => c.quantity === 80)).toMatchObject({ period_start: "2020-01-01", period_end: "2020-12-31" });
  });
});

describe("extractClaims reads a series of shares ('up from', 'tegen', 'gegenüber', 'contre')", () => {
  it.each<[Lang, string]>([
    ["en", "The region accounted for 40% of all deaths in 2021, up from 30% in 2020."],
    ["nl", "De regio was in 2021 goed voor 40 procent van alle doden, tegen 30 procent in 2020."],
    ["de", "Auf die Region entfielen 2021 40 Prozent aller Toten, gegenüber 30 Prozent im Jahr 2020."],
    ["fr", "La région a concentré 40 % des morts en 2021, contre 30 % en 2020."],
  ])("[%s] %s", (lang, text) => {
    const shares = claimsOf(text, lang, "2022-03").map((c) => [c.claim_type, c.quantity, c.unit, c.period_start]);
    expect(shares).toEqual([["share", 0.4, "deaths", "2021-01-01"], ["share", 0.3, "deaths", "2020-01-01"]]);
  });
});

describe("extractClaims: 'first half' is a period, never a share of one half", () => {
  it.each<[Lang, string]>([
    ["nl", "In de eerste helft van 2024 zijn 300 aanslagen gepleegd in Niger."],
    ["en", "In the first half of 2024 the group carried out 300 attacks in Niger."],
    ["de", "In der ersten Hälfte des Jahres 2024 verübte die Gruppe 300 Anschläge in Niger."],
    ["fr", "Au cours de la première moitié de 2024, le groupe a commis 300 attaques au Niger."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2024-09-15")).toMatchObject([{ claim_type: "count", quantity: 300, period_start: "2024-01-01", period_end: "2024-06-30", comparison: null }]);
  });
});

describe("extractClaims: a percentage after a subset word is a share of the count before it, and its group acts only there", () => {
  it.each<[Lang, string]>([
    ["nl", "Vorig jaar werden in Tillabéri 2.400 aanvallen gepleegd, waarvan 40 procent door IS."],
    ["en", "Last year 2,400 attacks were carried out in Tillabéri, of which 40 percent by ISIS."],
    ["de", "Im vergangenen Jahr wurden in Tillabéri 2400 Angriffe verübt, davon 40 Prozent vom IS."],
    ["fr", "L'an dernier, 2 400 attaques ont été perpétrées à Tillabéri, dont 40 % par l'EI."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2021-03-10").map((c) => [c.claim_type, c.quantity, c.unit, c.actor_id])).toEqual([
      ["count", 2400, "attacks", null], ["share", 0.4, "attacks", "is"],
    ]);
  });
});
