import { describe, expect, it } from "vitest";
import { claimsOf } from "../../../test/claims/claims-of.ts";
import type { Lang } from "../lang.ts";

const claimOf = (text: string, lang: Lang, quantity: number) => claimsOf(text, lang, "2022-03").find((c) => c.quantity === quantity);

describe("extractClaims: scope words win over a group named nearby", () => {
  it.each<[Lang, string]>([
    ["nl", "Wereldwijd vielen vorig jaar 9000 doden bij aanslagen. Boko Haram was het actiefst."],
    ["en", "Worldwide, 9000 people were killed in attacks last year. Boko Haram was the most active group."],
    ["de", "Weltweit wurden im vergangenen Jahr 9000 Menschen bei Anschlägen getötet. Boko Haram war am aktivsten."],
    ["fr", "Dans le monde, 9000 personnes ont été tuées dans des attaques l'an dernier. Boko Haram a été le plus actif."],
  ])("[%s] credits a worldwide total to no group: %s", (lang, text) => {
    expect(claimOf(text, lang, 9000)).toMatchObject({ actor_id: null });
  });

  it.each<[Lang, string]>([
    ["nl", "In Mali kwamen vorig jaar 700 mensen om bij aanvallen van groeperingen die banden hebben met Islamitische Staat en al-Qaida."],
    ["en", "Last year 700 people were killed in Mali in attacks by groups linked to the Islamic State and al-Qaeda."],
    ["de", "Im vergangenen Jahr wurden in Mali 700 Menschen bei Angriffen von Gruppen getötet, die mit dem Islamischen Staat verbunden sind."],
    ["fr", "L'an dernier, 700 personnes ont été tuées au Mali par des groupes liés à l'État islamique et à al-Qaïda."],
  ])("[%s] does not credit the group others are linked to: %s", (lang, text) => {
    expect(claimOf(text, lang, 700)?.actor_id ?? null).not.toBe("is");
  });

  it.each<[Lang, string]>([
    ["en", "In May, 60 attacks were claimed by ISWAP and by JNIM in the region."],
    ["nl", "In mei werden 60 aanslagen opgeëist door ISWAP en door JNIM in de regio."],
    ["de", "Im Mai reklamierten ISWAP und JNIM in der Region 60 Anschläge für sich."],
    ["fr", "En mai, 60 attaques ont été revendiquées par l'ISWAP et par le JNIM dans la région."],
  ])("[%s] credits a figure shared by several groups to none of them: %s", (lang, text) => {
    expect(claimOf(text, lang, 60)).toMatchObject({ actor_id: null });
  });

  it("still credits incidents 'liés à' a group to that group", () => {
    expect(claimOf("Les attaques liées à Boko Haram ont fait 300 morts au Nigeria en 2021.", "fr", 300)).toMatchObject({ actor_id: "boko-haram" });
  });
});

describe("extractClaims: a group named in the sentence outranks a scope word; a stated total takes no later group", () => {
  it.each<[Lang, string]>([
    ["en", "In 2021, Boko Haram was the deadliest group worldwide, responsible for 900 deaths."],
    ["nl", "In 2021 was Boko Haram wereldwijd de dodelijkste groep, verantwoordelijk voor 900 doden."],
    ["de", "Im Jahr 2021 war Boko Haram weltweit die tödlichste Gruppe und für 900 Tote verantwortlich."],
    ["fr", "En 2021, Boko Haram a été le groupe le plus meurtrier au monde, responsable de 900 morts."],
  ])("[%s] %s", (lang, text) => {
    expect(claimOf(text, lang, 900)).toMatchObject({ actor_id: "boko-haram" });
  });

  it.each<[Lang, string]>([
    ["nl", "Er waren vorig jaar in totaal 5000 aanslagen in de regio. Boko Haram was de actiefste groep."],
    ["en", "There were a total of 5000 attacks in the region last year. Boko Haram was the most active group."],
    ["de", "Im vergangenen Jahr gab es in der Region insgesamt 5000 Anschläge. Boko Haram war die aktivste Gruppe."],
    ["fr", "L'an dernier, il y a eu au total 5000 attaques dans la région. Boko Haram a été le groupe le plus actif."],
  ])("[%s] %s", (lang, text) => {
    expect(claimOf(text, lang, 5000)).toMatchObject({ actor_id: null });
  });
});

describe("extractClaims: a group's name between a figure and its noun does not hide the noun", () => {
  it.each<[Lang, string]>([
    ["en", "US troops killed 50 IS fighters in Syria in 2019, the Pentagon said."],
    ["nl", "Amerikaanse troepen doodden in 2019 in Syrië 50 IS-strijders."],
    ["de", "US-Truppen töteten 2019 in Syrien 50 IS-Kämpfer."],
    ["fr", "Les troupes américaines ont tué 50 combattants de l'EI en Syrie en 2019."],
  ])("[%s] fighters killed by state forces are no claim: %s", (lang, text) => {
    expect(claimsOf(text, lang, "2021-05-15")).toEqual([]);
  });
});

describe("extractClaims: IS affiliates together are no one group; a possessive names the affiliate", () => {
  it.each<[Lang, string]>([
    ["en", "IS affiliates claimed 500 attacks in Africa in 2019."],
    ["nl", "De IS-afdelingen in Afrika eisten in 2019 500 aanslagen op."],
    ["fr", "Les filiales de l'EI ont revendiqué 500 attaques en Afrique en 2019."],
  ])("[%s] %s", (lang, text) => {
    expect(claimOf(text, lang, 500)?.actor_id).not.toBe("is");
  });

  it("reads 'the Islamic State's West Africa Province' as ISWAP", () => {
    expect(claimOf("The Islamic State's West Africa Province claimed 500 attacks in 2019.", "en", 500)).toMatchObject({ actor_id: "is-west-africa" });
  });
});

describe("extractClaims: the United States in its short and inflected forms", () => {
  it.each<[Lang, string]>([
    ["fr", "L'EI a inspiré 11 complots contre des cibles situées aux États-Unis en 2021."],
    ["de", "Der IS inspirierte 2021 elf Komplotte gegen Ziele in den Vereinigten Staaten."],
    ["nl", "IS inspireerde in 2021 11 complotten tegen doelen in de Verenigde Staten."],
    ["en", "IS inspired 11 plots against targets in the United States in 2021."],
  ])("[%s] %s", (lang, text) => {
    expect(claimOf(text, lang, 11)).toMatchObject({ countries: ["USA"] });
  });
});

describe("extractClaims: a group named only after a figure is not its actor", () => {
  it.each<[Lang, string]>([
    ["nl", "In Tillabéri vielen vorig jaar 900 doden bij aanslagen. De Taliban zijn de dodelijkste groep ter wereld."],
    ["en", "In Tillabéri 900 people died in attacks last year. The Taliban remain the deadliest group in the world."],
    ["de", "In Tillabéri starben im vergangenen Jahr 900 Menschen bei Anschlägen. Die Taliban bleiben die tödlichste Gruppe der Welt."],
    ["fr", "À Tillabéri, 900 personnes ont été tuées l'an dernier dans des attaques. Les talibans restent le groupe le plus meurtrier du monde."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2020-03-15")).toMatchObject([{ quantity: 900, actor_id: null }]);
  });
  it("[de] Islamists are a generic actor, and a group they joined does not act", () => {
    const text = "In Mosambik haben Islamisten seit 2017 mehr als 3000 Menschen getötet. Die Miliz, die sich dem IS angeschlossen hat, kontrolliert weite Teile des Nordens.";
    expect(claimsOf(text, "de", "2021-10-15")).toMatchObject([{ quantity: 3000, actor_id: "jihadists" }]);
  });
  it("[de] both groups before 'verbunden' are what others are linked to", () => {
    const text = "In der Sahelzone starben 2019 mehr als 4000 Menschen bei Angriffen von Gruppen, die mit al-Kaida oder dem IS verbunden sind.";
    expect(claimsOf(text, "de", "2020-06-15")).toMatchObject([{ quantity: 4000, actor_id: null, region: "Sahel" }]);
  });
});

describe("extractClaims: a later sentence in which a group claims the attacks gives them their actor", () => {
  it.each<[Lang, string]>([
    ["nl", "Bij de aanslagen in Kabul kwamen 32 mensen om het leven. IS eiste de aanslagen op."],
    ["en", "The bombings in Kabul killed 32 people. ISIS claimed the attacks."],
    ["de", "Bei den Anschlägen in Kabul starben 32 Menschen. Der IS reklamierte die Anschläge für sich."],
    ["fr", "Les attentats de Kaboul ont fait 32 morts. L'EI a revendiqué les attaques."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2021-08-27")).toMatchObject([{ quantity: 32, actor_id: "is-khorasan", countries: ["AFG"] }]);
  });
  it("[nl] a later share of deaths is no claim of responsibility", () => {
    const text = "In Tillabéri vielen vorig jaar 900 doden. De Taliban waren verantwoordelijk voor 38 procent van alle doden wereldwijd.";
    expect(claimsOf(text, "nl", "2020-03-15")[0]).toMatchObject({ quantity: 900, actor_id: null });
  });
});
