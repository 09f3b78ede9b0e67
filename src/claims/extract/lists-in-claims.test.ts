import { describe, expect, it } from "vitest";
import { claimsOf } from "../../../test/claims/claims-of.ts";
import type { Lang } from "../lang.ts";

describe("extractClaims: 'since' an event dated later in the phrase runs to the publication", () => {
  it.each<[Lang, string]>([
    ["fr", "Depuis le coup d'État de mai 2021, près de 900 personnes ont été tuées au Tchad."],
    ["en", "Since the coup in May 2021, nearly 900 people have been killed in Chad."],
    ["de", "Seit dem Putsch im Mai 2021 wurden im Tschad fast 900 Menschen getötet."],
    ["nl", "Sinds de staatsgreep in mei 2021 zijn in Tsjaad bijna 900 mensen gedood."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2023-10-15").find((c) => c.quantity === 900)).toMatchObject({ period_start: "2021-05-01", period_end: "2023-10-15", unit: "deaths" });
  });

  it("keeps a year after 'since then' and a figure its own", () => {
    expect(claimsOf("Since then, 70 attacks were recorded in Chad in 2022.", "en", "2023-10-15")[0]).toMatchObject({ period_start: "2022-01-01", period_end: "2022-12-31" });
  });
});

describe("extractClaims: a bare figure in a list repeats the previous figure's unit and takes its own place", () => {
  it.each<[Lang, string]>([
    ["en", "Last year more than 400 people were killed in attacks in Niger; 1,300 in Mali and nearly 700 in Chad."],
    ["fr", "L'an dernier, plus de 400 personnes ont été tuées dans des attaques au Niger ; 1 300 au Mali et près de 700 au Tchad."],
    ["nl", "Vorig jaar werden bij aanslagen in Niger ruim 400 mensen gedood; 1300 in Mali en bijna 700 in Tsjaad."],
    ["de", "Im vergangenen Jahr wurden bei Anschlägen in Niger mehr als 400 Menschen getötet; 1300 in Mali und fast 700 im Tschad."],
  ])("[%s] %s", (lang, text) => {
    const claims = claimsOf(text, lang, "2023-10-15");
    expect(claims.find((c) => c.quantity === 1300)).toMatchObject({ unit: "deaths", countries: ["MLI"] });
    expect(claims.find((c) => c.quantity === 700)).toMatchObject({ unit: "deaths", countries: ["TCD"] });
  });
});

describe("extractClaims: killing verbs in their inflected forms make people deaths", () => {
  it.each<[Lang, string]>([
    ["nl", "Al-Shabaab doodde vorig jaar 55 mensen in Somalië."],
    ["en", "Al-Shabaab massacred 55 people in Somalia last year."],
    ["de", "Al-Shabaab hat im vergangenen Jahr in Somalia 55 Menschen erschossen."],
    ["fr", "Les Shebab ont abattu 55 personnes en Somalie l'an dernier."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2023-10-15").find((c) => c.quantity === 55)).toMatchObject({ unit: "deaths", countries: ["SOM"] });
  });
});

describe("extractClaims: a list that opens with a place pairs each place with the figure after it", () => {
  it.each<[Lang, string]>([
    ["nl", "In Tsjaad vielen vorig jaar 2.300 doden, in Mali 900 en in Niger 700."],
    ["de", "Im Tschad starben im vergangenen Jahr 2300 Menschen, in Mali 900 und in Niger 700."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2021-03-10").map((c) => [c.quantity, c.countries])).toEqual([[2300, ["TCD"]], [900, ["MLI"]], [700, ["NER"]]]);
  });
});
