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

describe("extractClaims: a subset clause ('onder wie', 'among them', 'darunter', 'dont') keeps the sentence's killing verb", () => {
  it.each<[Lang, string]>([
    ["nl", "Bij de aanslagen kwamen vorig jaar 1.500 mensen om, onder wie 600 burgers."],
    ["en", "Last year 1,500 people were killed in Nigeria, among them 600 civilians."],
    ["fr", "L'an dernier, 1 500 personnes ont été tuées au Nigeria, dont 600 civils."],
    ["de", "Im vergangenen Jahr wurden in Nigeria 1500 Menschen getötet, darunter 600 Zivilisten."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2021-05-15").find((c) => c.quantity === 600)).toMatchObject({ unit: "civilian_deaths", period_start: "2020-01-01" });
  });
});

describe("extractClaims: death-toll nouns are deaths", () => {
  it.each<[Lang, string]>([
    ["nl", "Het dodental in Nigeria liep vorig jaar op tot 2.400."],
    ["en", "The death toll in Nigeria rose to 2,400 last year."],
    ["de", "Die Todeszahl in Nigeria stieg im vergangenen Jahr auf 2400."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2021-05-15").find((c) => c.quantity === 2400)).toMatchObject({ unit: "deaths", period_start: "2020-01-01" });
  });
});

describe("extractClaims: a 'when' clause is about the period just named", () => {
  it.each<[Lang, string]>([
    ["nl", "Het aantal aanslagen steeg fors ten opzichte van 2018, toen er 650 aanslagen werden gepleegd."],
    ["en", "The number of attacks rose sharply compared with 2018, when 650 attacks were recorded."],
    ["fr", "Le nombre d'attaques a fortement augmenté par rapport à 2018, lorsque 650 attaques avaient été recensées."],
    ["de", "Die Zahl der Anschläge stieg stark gegenüber 2018, damals wurden 650 Anschläge gezählt."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2021-05-15").find((c) => c.quantity === 650)).toMatchObject({ period_start: "2018-01-01", period_end: "2018-12-31" });
  });
});

describe("extractClaims: rates with an indefinite article ('a day', 'par jour') are rates; 'in a year' is a span", () => {
  it.each<[Lang, string]>([
    ["en", "Al-Shabaab carried out some 10 attacks a day in Somalia in 2020."],
    ["fr", "En 2020, Boko Haram a mené une dizaine d'attaques par jour au Nigeria."],
    ["nl", "In 2020 pleegde Boko Haram gemiddeld tien aanslagen per dag in Nigeria."],
    ["de", "Im Jahr 2020 verübte Boko Haram in Nigeria durchschnittlich zehn Anschläge pro Tag."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2021-05-15")).toMatchObject([{ claim_type: "rate", quantity: 10, unit: "attacks_per_day" }]);
  });

  it("reads 'in a year' as no rate", () => {
    expect(claimsOf("IS carried out 300 attacks in a year in Iraq.", "en", "2021-05-15")).toMatchObject([{ claim_type: "count", quantity: 300 }]);
  });
});

describe("extractClaims: lives lost and compound death nouns are deaths", () => {
  it.each<[Lang, string]>([
    ["nl", "De gevechten rond Gao eisten in 2019 ruim 640 levens."],
    ["nl", "In 2019 telde het instituut 640 terreurdoden in Mali."],
    ["en", "The insurgency around Gao claimed the lives of 640 people in 2019."],
    ["de", "Die Gewalt rund um Gao kostete 2019 mehr als 640 Menschenleben."],
    ["fr", "Les violences autour de Gao ont coûté la vie à 640 personnes en 2019."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2020-03-15")).toMatchObject([{ quantity: 640, unit: "deaths", period_start: "2019-01-01" }]);
  });
});

describe("extractClaims: a bare figure with its own participle takes that participle's unit", () => {
  it.each<[Lang, string]>([
    ["nl", "Bij de overval op het marktplein in Mopti werden 31 mensen gedood en 58 gewond."],
    ["en", "The raid on the market in Mopti left 31 people killed and 58 wounded."],
    ["de", "Beim Überfall auf den Markt in Mopti wurden 31 Menschen getötet und 58 verletzt."],
    ["fr", "Lors de l'assaut contre le marché de Mopti, 31 personnes ont été tuées et 58 blessées."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2020-03-15")).toMatchObject([{ quantity: 31, unit: "deaths" }, { quantity: 58, unit: "injuries" }]);
  });
});

describe("extractClaims: a figure after a subset word counts part of the deaths before it", () => {
  it.each<[Lang, string]>([
    ["nl", "Bij de aanvallen vielen in 2019 ruim 2.000 doden, van wie 310 aanvallers."],
    ["en", "The raids left more than 2,000 dead in 2019, of whom 310 were assailants."],
    ["de", "Bei den Überfällen starben 2019 mehr als 2000 Menschen, darunter 310 Angreifer."],
    ["fr", "Les raids ont fait plus de 2 000 morts en 2019, dont 310 assaillants."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2020-03-15")).toMatchObject([{ quantity: 2000, unit: "deaths" }, { quantity: 310, unit: "deaths" }]);
  });
  it("[fr] never for survivors: 'dont 5 100 déplacés'", () => {
    expect(claimsOf("Les raids ont fait 2 000 morts en 2019, dont 5 100 déplacés.", "fr", "2020-03-15").map((c) => c.quantity)).toEqual([2000]);
  });
});

describe("extractClaims: people who fled are never deaths, even beside a killing verb", () => {
  it.each<[Lang, string]>([
    ["nl", "Sinds 2017 zijn in Tillabéri 900 mensen omgekomen en ongeveer 40.000 mensen ontheemd geraakt."],
    ["en", "Since 2017, 900 people have been killed in Tillabéri and some 40,000 people displaced."],
    ["de", "Seit 2017 wurden in Tillabéri 900 Menschen getötet und rund 40.000 Menschen vertrieben."],
    ["fr", "Depuis 2017, 900 personnes ont été tuées à Tillabéri et quelque 40 000 personnes déplacées."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2020-03-15").map((c) => c.quantity)).toEqual([900]);
  });
});

describe("extractClaims: 'caused the death of' kills, and a bare figure of displaced people is no count", () => {
  it.each<[Lang, string]>([
    ["fr", "Les attaques ont causé la mort d'au moins 300 civils à Tillabéri en 2021."],
    ["en", "The attacks caused the deaths of at least 300 civilians in Tillabéri in 2021."],
    ["de", "Die Angriffe verursachten 2021 in Tillabéri den Tod von mindestens 300 Zivilisten."],
    ["nl", "De aanvallen veroorzaakten in 2021 in Tillabéri de dood van zeker 300 burgers."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2022-03-15")).toMatchObject([{ quantity: 300, unit: "civilian_deaths", qualifier: "at_least" }]);
  });
  it("[fr] 'deux millions déplacées' after a death toll", () => {
    const text = "Depuis 2015, plus de 10 000 personnes ont été tuées et deux millions déplacées à Tillabéri.";
    expect(claimsOf(text, "fr", "2022-03-15").map((c) => c.quantity)).toEqual([10000]);
  });
});

describe("extractClaims: Dutch separable 'kwamen … om' across a long middle field", () => {
  it("[nl] reads the deaths", () => {
    const text = "Vorig jaar kwamen in Burkina Faso, Mali en Niger bij jihadistische aanvallen op dorpen 4.000 mensen om.";
    expect(claimsOf(text, "nl", "2020-02-10")).toMatchObject([{ quantity: 4000, unit: "deaths", countries: ["BFA", "MLI", "NER"] }]);
  });
});

describe("extractClaims: compound nouns end in their unit", () => {
  it.each<[Lang, string, string]>([
    ["de", "Bei den Anschlägen gab es 2020 in Tillabéri 300 Zivilopfer.", "civilian_victims"],
    ["de", "Bei den Anschlägen gab es 2020 in Tillabéri 300 Schwerverletzte.", "injuries"],
    ["de", "Bei den Anschlägen gab es 2020 in Tillabéri 300 Terroropfer.", "victims"],
    ["nl", "Bij de aanslagen vielen in 2020 in Tillabéri 300 zwaargewonden.", "injuries"],
  ])("[%s] %s", (lang, text, unit) => {
    expect(claimsOf(text, lang, "2021-03-10")).toMatchObject([{ quantity: 300, unit }]);
  });
});

describe("extractClaims: more compounds end in their unit", () => {
  it.each<[Lang, string, string]>([
    ["nl", "In 2020 telde de politie in Tillabéri 300 geweldsincidenten.", "incidents"],
    ["nl", "In 2020 telde de politie in Tillabéri 300 terreurdaden.", "attacks"],
    ["de", "Im Jahr 2020 gab es in Tillabéri 300 Kriegstote.", "deaths"],
    ["de", "Im Jahr 2020 zählte die Polizei in Tillabéri 300 Sicherheitsvorfälle.", "incidents"],
  ])("[%s] %s", (lang, text, unit) => {
    expect(claimsOf(text, lang, "2021-03-10")).toMatchObject([{ quantity: 300, unit }]);
  });
});
