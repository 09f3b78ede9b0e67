import { describe, expect, it } from "vitest";
import { claimsOf, onlyClaim } from "../../../test/claims/claims-of.ts";
import type { Claim } from "../index.ts";
import type { Lang } from "../lang.ts";

type Row = [Lang, string, string, string, string];

describe("extractClaims resolves a claim's period against the publication date", () => {
  it.each<Row>([
    ["nl", "IS pleegde in de eerste zes maanden van dit jaar al 153 aanslagen in Irak.", "2024-07", "2024-01-01", "2024-06-30"],
    ["nl", "IS pleegde vorig jaar 121 aanslagen in Irak.", "2024-07", "2023-01-01", "2023-12-31"],
    ["nl", "Sinds januari pleegde IS 45 aanslagen in Syrië.", "2024-05-15", "2024-01-01", "2024-05-15"],
    ["nl", "IS pleegde de afgelopen drie maanden 30 aanslagen in Syrië.", "2024-05-15", "2024-02-16", "2024-05-15"],
    ["nl", "IS pleegde in het tweede kwartaal van 2020 808 aanslagen in Irak.", "2022", "2020-04-01", "2020-06-30"],
    ["en", "ISIS has carried out 45 attacks in Syria since January.", "2024-05-15", "2024-01-01", "2024-05-15"],
    ["en", "ISIS carried out 30 attacks in Syria in the past month.", "2024-05-15", "2024-04-16", "2024-05-15"],
    ["en", "ISIS carried out 121 attacks in Syria last year.", "2024-07", "2023-01-01", "2023-12-31"],
    ["en", "ISIS claimed 153 attacks in Syria in the first six months of 2024.", "2024-07-17", "2024-01-01", "2024-06-30"],
    ["en", "So far this year, ISIS has carried out 587 attacks in Syria.", "2024-11-05", "2024-01-01", "2024-11-05"],
    ["de", "Im Irak gab es 2025 bisher nur vier Angriffe des IS.", "2025-06", "2025-01-01", "2025-06-30"],
    ["de", "Der IS verübte im vergangenen Jahr 61 Anschläge im Irak.", "2025-06", "2024-01-01", "2024-12-31"],
    ["de", "Seit Jahresbeginn verübte der IS 38 Anschläge in Syrien.", "2025-06-10", "2025-01-01", "2025-06-10"],
    ["de", "In den ersten fünf Monaten 2025 verübte der IS 38 Anschläge in Syrien.", "2025-06", "2025-01-01", "2025-05-31"],
    ["de", "In den vergangenen drei Monaten verübte der IS 38 Anschläge in Syrien.", "2025-06-10", "2025-03-11", "2025-06-10"],
    ["fr", "Depuis le début de l'année, Boko Haram a mené 40 attaques au Nigeria.", "2015-09-30", "2015-01-01", "2015-09-30"],
    ["fr", "L'an dernier, Boko Haram a mené 40 attaques au Nigeria.", "2016-03", "2015-01-01", "2015-12-31"],
    ["fr", "Boko Haram a mené 40 attaques au Nigeria de janvier à juin.", "2016-08-07", "2016-01-01", "2016-06-30"],
    ["fr", "Boko Haram a mené 40 attaques au Nigeria au cours des six derniers mois.", "2016-06-30", "2016-01-01", "2016-06-30"],
    ["fr", "Boko Haram a mené 40 attaques au Nigeria au premier semestre 2016.", "2016-08", "2016-01-01", "2016-06-30"],
  ])("[%s] %s (published %s)", (lang, text, published, period_start, period_end) => {
    expect(onlyClaim(text, lang, published)).toMatchObject({ period_start, period_end });
  });

  it("carries a period to the next sentence's figure", () => {
    const claims = onlyClaimPair("IS pleegde in 2020 60 aanslagen in Afghanistan. Daarbij vielen 300 doden.", "nl");
    expect(claims[1]).toMatchObject({ quantity: 300, unit: "deaths", period_start: "2020-01-01", period_end: "2020-12-31" });
  });

  it("clips a year that is still running to the publication date", () => {
    expect(onlyClaim("In 2018 the PKK planned 677 attacks in Turkey.", "en", "2018-11-15")).toMatchObject({ period_start: "2018-01-01", period_end: "2018-11-15" });
  });

  it("leaves relative periods unresolved without a publication date", () => {
    expect(onlyClaim("IS pleegde vorig jaar 121 aanslagen in Irak.", "nl")).toMatchObject({ period_start: null, period_end: null, period_expression: "vorig jaar" });
  });

  it("reads 'the same period last year' as the same months a year earlier", () => {
    const claims = onlyClaimPair("ISIS has carried out 45 attacks so far this year, compared with 33 in the same period last year.", "en", "2021-06-30");
    expect(claims[1]).toMatchObject({ quantity: 33, period_start: "2020-01-01", period_end: "2020-06-30" });
  });
});

function onlyClaimPair(text: string, lang: Lang, published = "2024-01"): Claim[] {
  const claims = claimsOf(text, lang, published);
  expect(claims).toHaveLength(2);
  return claims;
}

describe("extractClaims: comparison words are whole words", () => {
  it.each<[Lang, string]>([
    ["fr", "L'État islamique a revendiqué 120 attaques au Mozambique l'an dernier."],
    ["nl", "IS eiste vorig jaar in Soedan 120 aanslagen op."],
    ["en", "IS claimed 120 attacks in Sudan last year."],
    ["de", "Der IS reklamierte im vergangenen Jahr im Sudan 120 Anschläge."],
  ])("[%s] a name ending in 'que'/'dan' does not make the period a reference: %s", (lang, text) => {
    expect(claimsOf(text, lang, "2021-05-15").find((c) => c.quantity === 120)).toMatchObject({ period_start: "2020-01-01", period_end: "2020-12-31" });
  });

  it("reads a separable Dutch killing verb around the figure", () => {
    expect(claimsOf("In Afghanistan kwamen in 2020 bij aanslagen 800 burgers om.", "nl", "2021-05-15")[0]).toMatchObject({ quantity: 800, unit: "civilian_deaths" });
  });

  it("does not read a French plural noun after a number word as a verb", () => {
    expect(claimsOf("Depuis janvier, le groupe a mené 40 attaques dans la zone des trois frontières.", "fr", "2021-05-15").map((c) => c.quantity)).toEqual([40]);
  });
});
