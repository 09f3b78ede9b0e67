import { describe, expect, it } from "vitest";
import { claimsOf, onlyClaim } from "../../../test/claims/claims-of.ts";
import type { Lang } from "../lang.ts";

type Row = [Lang, string, number, string, string];

describe("extractClaims reads figures written in words and with qualifiers", () => {
  it.each<Row>([
    ["nl", "IS pleegde vorig jaar honderddrieënvijftig aanslagen in Irak.", 153, "exact", "attacks"],
    ["nl", "IS pleegde vorig jaar ruim tweehonderd aanslagen in Irak.", 200, "more_than", "attacks"],
    ["nl", "Bij aanslagen van IS vielen vorig jaar meer dan honderd doden.", 100, "more_than", "deaths"],
    ["nl", "Boko Haram pleegde dit jaar zo'n 1.400 aanvallen in Nigeria.", 1400, "approximately", "attacks"],
    ["nl", "Al-Shabaab pleegde in 2022 bijna vierhonderdtwintig aanslagen.", 420, "nearly", "attacks"],
    ["nl", "Bij aanslagen van JNIM vielen vorig jaar minstens vijftig doden.", 50, "at_least", "deaths"],
    ["en", "ISIS carried out more than a hundred attacks in Iraq last year.", 100, "more_than", "attacks"],
    ["en", "ISIS carried out nearly 1,400 attacks in Iraq last year.", 1400, "nearly", "attacks"],
    ["en", "Boko Haram carried out at least fifty-three attacks in 2021.", 53, "at_least", "attacks"],
    ["en", "Al-Shabaab carried out fewer than ten attacks in Kenya last year.", 10, "fewer_than", "attacks"],
    ["en", "ISWAP carried out about 300 attacks in Nigeria in 2020.", 300, "approximately", "attacks"],
    ["de", "Der IS verübte im vergangenen Jahr gut 90 Anschläge in Syrien.", 90, "approximately", "attacks"],
    ["de", "Al-Shabaab verübte 2023 mehr als dreihundertzwanzig Anschläge in Somalia.", 320, "more_than", "attacks"],
    ["de", "Im vergangenen Jahr wurden bei Anschlägen fast 18 500 Menschen getötet.", 18500, "nearly", "deaths"],
    ["de", "Boko Haram verübte 2021 knapp vierzig Angriffe in Nigeria.", 40, "nearly", "attacks"],
    ["de", "Bei Anschlägen des IS gab es 2019 mindestens dreiundzwanzig Tote.", 23, "at_least", "deaths"],
    ["fr", "L'État islamique a mené trente-neuf attaques au Mali en 2022.", 39, "exact", "attacks"],
    ["fr", "Boko Haram a mené plus d'une centaine d'attaques au Nigeria en 2015.", 100, "more_than", "attacks"],
    ["fr", "Les attaques de Boko Haram ont fait au moins 3 500 victimes civiles en 2015.", 3500, "at_least", "civilian_victims"],
    ["fr", "Les attentats du JNIM ont fait près de quatre-vingt-dix-sept morts en 2021.", 97, "nearly", "deaths"],
    ["fr", "Le JNIM a commis environ soixante et onze attentats au Burkina Faso en 2020.", 71, "approximately", "attacks"],
    ["fr", "Al-Shabaab a mené moins de dix attaques au Kenya l'an dernier.", 10, "fewer_than", "attacks"],
  ])("[%s] %s", (lang, text, quantity, qualifier, unit) => {
    expect(onlyClaim(text, lang, "2023-06-30")).toMatchObject({ claim_type: "count", quantity, qualifier, unit });
  });

  it.each<[Lang, string, number, string]>([
    ["nl", "IS pleegde in 2023 gemiddeld 12 aanslagen per week in Syrië.", 12, "attacks_per_week"],
    ["en", "ISKP averaged 8 attacks per month in Afghanistan in 2021.", 8, "attacks_per_month"],
    ["de", "Der IS verübte 2024 durchschnittlich 26 Anschläge pro Monat im Irak.", 26, "attacks_per_month"],
    ["fr", "Boko Haram a mené en moyenne dix attaques par mois au Nigeria en 2015.", 10, "attacks_per_month"],
  ])("[%s] reads a rate: %s", (lang, text, quantity, unit) => {
    expect(onlyClaim(text, lang, "2024-12-31")).toMatchObject({ claim_type: "rate", quantity, unit, qualifier: "approximately" });
  });

  it.each<[Lang, string, number]>([
    ["nl", "Ongeveer 40 procent van de aanslagen in de Sahel werd dit jaar door JNIM gepleegd.", 0.4],
    ["en", "About 40 percent of all attacks in the Sahel were carried out by JNIM this year.", 0.4],
    ["de", "Rund 40 Prozent der Anschläge in der Sahelzone gingen dieses Jahr auf JNIM zurück.", 0.4],
    ["fr", "Environ 40 % des attaques au Sahel ont été menées par le JNIM cette année.", 0.4],
  ])("[%s] reads a share: %s", (lang, text, quantity) => {
    expect(onlyClaim(text, lang, "2024-06-30")).toMatchObject({ claim_type: "share", quantity, unit: "attacks" });
  });
});

describe("extractClaims: a per-period phrase ahead of the figure makes a rate", () => {
  it.each<[Lang, string]>([
    ["nl", "Per maand pleegde de groep in 2023 gemiddeld 12 aanslagen in Niger."],
    ["en", "Each month the group carried out an average of 12 attacks in Niger in 2023."],
    ["de", "Pro Monat verübte die Gruppe 2023 durchschnittlich 12 Anschläge in Niger."],
    ["fr", "Chaque mois, le groupe a mené en moyenne 12 attaques au Niger en 2023."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2024-03")).toMatchObject([{ claim_type: "rate", quantity: 12, unit: "attacks_per_month" }]);
  });
});

describe("extractClaims: a figure in the years' range is a count when written as one or followed by its noun", () => {
  it.each<[Lang, string, number]>([
    ["nl", "In 2019 vielen in Mali 2000 doden bij aanslagen.", 2000],
    ["nl", "In 2019 vielen in Mali ruim 1.950 doden bij aanslagen.", 1950],
    ["en", "The insurgents killed 2,040 people in Borno in 2019.", 2040],
    ["de", "Bei den Anschlägen starben 2019 mehr als 2000 Menschen.", 2000],
    ["fr", "Les attaques ont fait 2 000 morts au Mali en 2019.", 2000],
  ])("[%s] %s", (lang, text, quantity) => {
    expect(claimsOf(text, lang, "2021-03-15")).toMatchObject([{ quantity, period_start: "2019-01-01" }]);
  });
  it("[en] keeps a year after a time preposition a year", () => {
    expect(claimsOf("In 2019 attacks rose sharply in Mali.", "en", "2021-03-15")[0]?.quantity ?? null).toBeNull();
  });
});
