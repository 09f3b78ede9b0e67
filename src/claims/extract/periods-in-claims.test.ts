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
    // A count up to a point of a month, with no start named, runs from the start of that year.
    ["nl", "Tot half november telde ACLED in Nigeria 312 aanvallen van Boko Haram.", "2022-11-22", "2022-01-01", "2022-11-15"],
    ["nl", "Tot eind oktober pleegde IS 90 aanslagen in Syrië.", "2022-11-22", "2022-01-01", "2022-10-31"],
    ["en", "Through mid-November, ACLED counted 312 Boko Haram attacks in Nigeria.", "2022-11-22", "2022-01-01", "2022-11-15"],
    ["de", "Bis Ende Oktober zählte ACLED in Nigeria 312 Angriffe von Boko Haram.", "2022-11-22", "2022-01-01", "2022-10-31"],
    ["fr", "Jusqu'à la mi-novembre, ACLED a recensé 312 attaques de Boko Haram au Nigeria.", "2022-11-22", "2022-01-01", "2022-11-15"],
    ["fr", "Jusqu'à fin octobre, l'EI a mené 90 attaques en Syrie.", "2022-11-22", "2022-01-01", "2022-10-31"],
    // The weekend: the last Saturday and Sunday on or before the publication day (2022-11-22 is a Tuesday).
    ["nl", "Bij aanslagen van al-Shabaab in Mogadishu kwamen dit weekend twaalf mensen om het leven.", "2022-11-22", "2022-11-19", "2022-11-20"],
    ["en", "Al-Shabaab attacks in Mogadishu killed twelve people over the weekend.", "2022-11-22", "2022-11-19", "2022-11-20"],
    ["de", "Bei Anschlägen von al-Shabaab in Mogadischu kamen am Wochenende zwölf Menschen ums Leben.", "2022-11-22", "2022-11-19", "2022-11-20"],
    ["fr", "Les attentats des shebab à Mogadiscio ont fait douze morts ce week-end.", "2022-11-22", "2022-11-19", "2022-11-20"],
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

describe("extractClaims: the day of the event a toll counts", () => {
  it.each<[Lang, string]>([
    ["en", "The death toll from Thursday's suicide bombing at the airport has risen to 170, officials said."],
    ["nl", "Het dodental van de zelfmoordaanslag van donderdag op het vliegveld is opgelopen tot 170."],
    ["de", "Die Zahl der Toten des Selbstmordanschlags vom Donnerstag am Flughafen ist auf 170 gestiegen."],
    ["fr", "Le bilan de l'attentat-suicide de jeudi à l'aéroport s'élève désormais à 170 morts."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2021-08-27")).toMatchObject([{ quantity: 170, unit: "deaths", period_start: "2021-08-26", period_end: "2021-08-26" }]);
  });
});

describe("extractClaims: seasons and two years joined", () => {
  it.each<Row>([
    ["nl", "Afgelopen zomer pleegde IS in Irak 300 aanslagen.", "2024-10-10", "2024-06-01", "2024-08-31"],
    ["nl", "IS heeft sinds de zomer meer dan honderd aanslagen gepleegd in Syrië.", "2024-10-10", "2024-06-01", "2024-10-10"],
    ["nl", "In de winter vielen in Niger 300 doden bij aanslagen van IS.", "2024-03-10", "2023-12-01", "2024-02-29"],
    ["en", "Last summer IS carried out 300 attacks in Iraq.", "2024-10-10", "2024-06-01", "2024-08-31"],
    ["en", "Since the summer, IS has carried out 100 attacks in Iraq.", "2024-10-10", "2024-06-01", "2024-10-10"],
    ["de", "Im vergangenen Sommer verübte der IS 300 Anschläge im Irak.", "2024-10-10", "2024-06-01", "2024-08-31"],
    ["de", "Seit dem Sommer verübte der IS 100 Anschläge im Irak.", "2024-10-10", "2024-06-01", "2024-10-10"],
    ["fr", "L'EI a revendiqué l'été dernier 300 attaques en Irak.", "2024-10-10", "2024-06-01", "2024-08-31"],
    ["fr", "Depuis l'été, les jihadistes ont mené 100 attaques au Niger.", "2024-10-10", "2024-06-01", "2024-10-10"],
    ["nl", "IS pleegde in 2015 en 2016 samen 2.400 aanslagen in Irak.", "2024-10-10", "2015-01-01", "2016-12-31"],
    ["en", "IS carried out 2,400 attacks in Iraq in 2015 and 2016.", "2024-10-10", "2015-01-01", "2016-12-31"],
    ["de", "2015 und 2016 verübte der IS 2400 Anschläge im Irak.", "2024-10-10", "2015-01-01", "2016-12-31"],
    ["fr", "En 2015 et 2016, l'EI a mené 2 400 attaques en Irak.", "2024-10-10", "2015-01-01", "2016-12-31"],
    ["nl", "De groep pleegde in het eerste halfjaar 80 aanslagen in Niger.", "2024-10-10", "2024-01-01", "2024-06-30"],
  ])("[%s] %s (published %s)", (lang, text, published, period_start, period_end) => {
    expect(claimsOf(text, lang, published)[0]).toMatchObject({ period_start, period_end });
  });

  it.each<[Lang, string]>([
    ["nl", "Sinds de Arabische Lente pleegde IS 300 aanslagen in Syrië."],
    ["en", "Since the Arab Spring, IS has carried out 300 attacks in Syria."],
    ["fr", "Depuis le printemps arabe, l'EI a mené 300 attaques en Syrie."],
  ])("[%s] the Arab Spring is no season: %s", (lang, text) => {
    expect(claimsOf(text, lang, "2024-10-10")[0]?.period_start).not.toBe("2024-03-01");
  });

  it("[nl] keeps a respectively list of years apart", () => {
    expect(claimsOf("In 2015 en 2016 pleegde IS respectievelijk 1.200 en 1.300 aanslagen in Irak.", "nl", "2024-10-10").map((c) => c.period_start)).toEqual(["2015-01-01", "2016-01-01"]);
  });
});

describe("extractClaims: 'a year later' moves the period last named a year on", () => {
  it.each<[Lang, string]>([
    ["nl", "IS pleegde in 2019 in Irak 1.400 aanslagen. Het jaar daarna waren het er 700."],
    ["en", "IS carried out 1,400 attacks in Iraq in 2019. The following year it carried out 700 attacks."],
    ["de", "Der IS verübte 2019 im Irak 1400 Anschläge. Im Jahr darauf waren es 700."],
    ["fr", "L'EI a mené 1 400 attaques en Irak en 2019. L'année suivante, il en a mené 700."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2024-03-10").map((c) => [c.quantity, c.period_start, c.period_end])).toEqual([
      [1400, "2019-01-01", "2019-12-31"],
      [700, "2020-01-01", "2020-12-31"],
    ]);
  });
});

describe("extractClaims: a period does not cross the semicolon between two items of a list", () => {
  it.each<[Lang, string]>([
    ["fr", "Plus de 200 personnes tuées au Niger depuis le coup d'État, le 26 juillet ; 4 000 au Burkina Faso depuis celui du capitaine, en septembre 2022."],
    ["nl", "Ruim 200 mensen gedood in Niger sinds de staatsgreep, op 26 juli; 4.000 in Burkina Faso sinds die van de kapitein, in september 2022."],
    ["en", "More than 200 people killed in Niger since the coup, on 26 July; 4,000 in Burkina Faso since the captain's, in September 2022."],
    ["de", "Mehr als 200 Tote in Niger seit dem Putsch, am 26. Juli; 4000 in Burkina Faso seit dem des Hauptmanns, im September 2022."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2023-10-15").map((c) => [c.quantity, c.period_start])).toEqual([
      [200, "2023-07-26"],
      [4000, "2022-09-01"],
    ]);
  });
});

describe("extractClaims: 'the following year' is the calendar year after the period last named", () => {
  it.each<[Lang, string]>([
    ["nl", "IS pleegde in 2015 en 2016 samen 2.400 aanslagen in Irak. Het jaar daarna waren het er 700."],
    ["en", "IS carried out 2,400 attacks in Iraq in 2015 and 2016. The following year it carried out 700 attacks."],
    ["de", "Der IS verübte 2015 und 2016 im Irak 2400 Anschläge. Im Jahr darauf waren es 700."],
    ["fr", "L'EI a mené 2 400 attaques en Irak en 2015 et 2016. L'année suivante, il en a mené 700."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2018-02-01").map((c) => [c.quantity, c.period_start, c.period_end])).toEqual([
      [2400, "2015-01-01", "2016-12-31"],
      [700, "2017-01-01", "2017-12-31"],
    ]);
  });
});

describe("extractClaims: months joined, month spans, day ranges and parts of the year not yet begun", () => {
  it.each<Row>([
    ["nl", "IS pleegde in januari en februari 30 aanslagen in Irak.", "2024-03-10", "2024-01-01", "2024-02-29"],
    ["en", "IS carried out 30 attacks in Iraq in January and February.", "2024-03-10", "2024-01-01", "2024-02-29"],
    ["de", "Der IS verübte im Januar und Februar 30 Anschläge im Irak.", "2024-03-10", "2024-01-01", "2024-02-29"],
    ["fr", "L'EI a mené 30 attaques en Irak en janvier et février.", "2024-03-10", "2024-01-01", "2024-02-29"],
    ["nl", "IS pleegde in de periode januari-juni 30 aanslagen in Irak.", "2024-08-10", "2024-01-01", "2024-06-30"],
    ["nl", "IS pleegde tussen 1 januari en 30 juni 30 aanslagen in Irak.", "2024-08-10", "2024-01-01", "2024-06-30"],
    ["en", "IS carried out 30 attacks in Iraq between 1 January and 30 June.", "2024-08-10", "2024-01-01", "2024-06-30"],
    ["de", "Der IS verübte vom 1. Januar bis zum 30. Juni 30 Anschläge im Irak.", "2024-08-10", "2024-01-01", "2024-06-30"],
    ["fr", "L'EI a mené 30 attaques en Irak du 1er janvier au 30 juin.", "2024-08-10", "2024-01-01", "2024-06-30"],
    ["nl", "IS pleegde in het derde kwartaal 30 aanslagen in Irak.", "2024-03-10", "2023-07-01", "2023-09-30"],
    ["en", "IS carried out 30 attacks in Iraq in the second half.", "2024-03-10", "2023-07-01", "2023-12-31"],
    ["de", "Der IS verübte im dritten Quartal 30 Anschläge im Irak.", "2024-03-10", "2023-07-01", "2023-09-30"],
    ["fr", "L'EI a mené 30 attaques en Irak au second semestre.", "2024-03-10", "2023-07-01", "2023-12-31"],
  ])("[%s] %s (published %s)", (lang, text, published, period_start, period_end) => {
    expect(claimsOf(text, lang, published)[0]).toMatchObject({ period_start, period_end });
  });

  it("[en] keeps a respectively list of months apart", () => {
    expect(claimsOf("IS carried out 30 and 40 attacks in Iraq in January and February respectively.", "en", "2024-03-10").map((c) => c.period_start)).toEqual(["2024-01-01", "2024-02-01"]);
  });
});

describe("extractClaims: Ramadan, from its Gregorian dates", () => {
  it.each<Row>([
    ["nl", "IS eiste tijdens de ramadan 40 aanslagen op in Syrië en Irak.", "2023-05-04", "2023-03-23", "2023-04-20"],
    ["en", "IS claimed 40 attacks in Syria and Iraq during Ramadan 2022.", "2023-05-04", "2022-04-02", "2022-05-01"],
    ["de", "Der IS reklamierte im Fastenmonat Ramadan 40 Anschläge in Syrien und im Irak.", "2023-05-04", "2023-03-23", "2023-04-20"],
    ["fr", "L'EI a revendiqué 40 attaques pendant le ramadan en Syrie et en Irak.", "2023-02-04", "2022-04-02", "2022-05-01"],
  ])("[%s] %s (published %s)", (lang, text, published, period_start, period_end) => {
    expect(claimsOf(text, lang, published)[0]).toMatchObject({ period_start, period_end });
  });
});
