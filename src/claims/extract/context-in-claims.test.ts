import { describe, expect, it } from "vitest";
import { claimsOf, onlyClaim } from "../../../test/claims/claims-of.ts";
import type { Lang } from "../lang.ts";

describe("extractClaims gives a claim all the countries it names", () => {
  it.each<[Lang, string, string[]]>([
    ["nl", "IS pleegde vorig jaar 153 aanslagen in Syrië en Irak.", ["SYR", "IRQ"]],
    ["en", "JNIM carried out 800 attacks in Mali, Niger and Burkina Faso last year.", ["MLI", "NER", "BFA"]],
    ["de", "Der IS verübte im vergangenen Jahr 38 Anschläge in Syrien und im Irak.", ["SYR", "IRQ"]],
    ["fr", "L'État islamique a mené 39 attaques au Mali et au Niger l'an dernier.", ["MLI", "NER"]],
  ])("[%s] %s", (lang, text, countries) => {
    expect(onlyClaim(text, lang, "2024-03").countries).toEqual(countries);
  });

  it.each<[Lang, string, string[]]>([
    ["nl", "In 2022 kwamen in Mali, Niger en Burkina Faso ruim 3.000 mensen om bij aanslagen.", ["MLI", "NER", "BFA"]],
    ["en", "In 2022, attacks in Mali, in Niger and in Burkina Faso killed more than 3,000 people.", ["MLI", "NER", "BFA"]],
    ["de", "Im Jahr 2022 starben in Mali, in Niger und in Burkina Faso mehr als 3000 Menschen bei Anschlägen.", ["MLI", "NER", "BFA"]],
    ["fr", "En 2022, les attaques au Mali, au Niger et au Burkina Faso ont fait plus de 3 000 morts.", ["MLI", "NER", "BFA"]],
  ])("[%s] keeps a list of countries split by commas whole: %s", (lang, text, countries) => {
    expect(onlyClaim(text, lang, "2023-03").countries).toEqual(countries);
  });

  it("does not join a place of one clause to a place that opens the next without a list", () => {
    expect(onlyClaim("Au Mali, le JNIM a mené 300 attaques en 2022.", "fr", "2023-03").countries).toEqual(["MLI"]);
  });

  it("carries countries to a figure that names none ('in both countries')", () => {
    const [, second] = claimsOf("ISIS is regrouping in Syria and Iraq. IS has claimed 153 attacks in both countries this year.", "en", "2024-07");
    expect(second).toBeUndefined();
    const [only] = claimsOf("ISIS is regrouping in Syria and Iraq. IS has claimed 153 attacks in both countries this year.", "en", "2024-07");
    expect(only?.countries).toEqual(["SYR", "IRQ"]);
  });

  it.each<[Lang, string, string]>([
    ["nl", "Bij een aanslag in Kano kwamen gisteren 20 mensen om.", "NGA"],
    ["en", "An attack in Boulkessi killed 30 soldiers last week.", "MLI"],
    ["de", "Bei einem Anschlag in Agadez starben gestern 20 Menschen.", "NER"],
    ["fr", "L'attaque de Solhan a fait 160 morts en juin 2021.", "BFA"],
    ["fr", "Une embuscade près de Macomia a fait 12 morts hier.", "MOZ"],
    ["en", "A suicide bombing in Bajaur killed 54 people yesterday.", "PAK"],
    ["nl", "IS pleegde vorige maand in de Syrische woestijn 30 aanslagen.", "SYR"],
    ["fr", "L'EI a mené 30 attaques le mois dernier dans le désert syrien.", "SYR"],
    ["de", "Der IS verübte im vergangenen Monat in der syrischen Wüste 30 Anschläge.", "SYR"],
    ["en", "IS carried out 30 attacks in the Syrian desert last month.", "SYR"],
  ])("[%s] reads a town or province as its country: %s", (lang, text, country) => {
    expect(onlyClaim(text, lang, "2024-03-10").countries).toEqual([country]);
  });

  it("reads the Lake Chad region as its four countries", () => {
    expect(onlyClaim("Boko Haram a mené 100 attaques dans la région du lac Tchad en 2015.", "fr", "2015-12").countries).toEqual(["NGA", "NER", "TCD", "CMR"]);
  });

  it("reads 'weltweit' as the World region", () => {
    expect(onlyClaim("Der IS verübte 2017 weltweit mehr als 4500 Angriffe.", "de", "2018-01")).toMatchObject({ region: "World", countries: [] });
  });

  it.each<[Lang, string]>([
    ["nl", "Het leger van Burkina Faso meldt dat vorige week 70 burgers zijn gedood bij een aanval op een dorp."],
    ["en", "The army of Burkina Faso said 70 civilians were killed in an attack on a village last week."],
    ["de", "Die Armee von Burkina Faso teilte mit, dass vergangene Woche 70 Zivilisten bei einem Angriff auf ein Dorf getötet wurden."],
    ["fr", "L'armée du Burkina Faso a annoncé que 70 civils ont été tués la semaine dernière lors d'une attaque contre un village."],
  ])("[%s] takes the army's country when nothing else names a place: %s", (lang, text) => {
    expect(onlyClaim(text, lang, "2024-03-10").countries).toEqual(["BFA"]);
  });

  it.each<[Lang, string, string]>([
    ["fr", "Les terroristes ont tué 15 soldats nigériens lors d'une embuscade.", "NER"],
    ["nl", "Het Malinese leger verloor vorige maand 42 soldaten.", "MLI"],
    ["en", "Militants killed 15 Nigerien soldiers in an ambush.", "NER"],
    ["de", "Die malische Armee verlor im vergangenen Monat 42 Soldaten.", "MLI"],
  ])("[%s] takes the country of the victims or army when nothing else names a place: %s", (lang, text, country) => {
    expect(onlyClaim(text, lang, "2024-03-10").countries).toEqual([country]);
  });

  it.each<[Lang, string]>([
    ["fr", "Des hommes armés ont tué 137 personnes dans l'ouest du Niger, près de la frontière malienne."],
    ["en", "Gunmen killed 137 people in western Niger, near the Malian border."],
    ["nl", "Gewapende mannen doodden 137 mensen in het westen van Niger, vlak bij de Malinese grens."],
    ["de", "Bewaffnete töteten 137 Menschen im Westen Nigers nahe der malischen Grenze."],
  ])("[%s] does not take the country of a border as a place: %s", (lang, text) => {
    expect(onlyClaim(text, lang, "2024-03-10").countries).toEqual(["NER"]);
  });

  it.each<[Lang, string]>([
    ["fr", "Au Niger, pays frontalier du Mali et du Burkina Faso, 50 attaques ont été recensées l'an dernier."],
    ["en", "In Niger, which borders Mali, 50 attacks took place last year."],
    ["nl", "In Niger, buurland van Mali, vonden vorig jaar 50 aanslagen plaats."],
    ["de", "Im Niger, einem Nachbarland von Mali, gab es im vergangenen Jahr 50 Anschläge."],
  ])("[%s] does not take a neighbour as a place: %s", (lang, text) => {
    expect(onlyClaim(text, lang, "2024-03-10").countries).toEqual(["NER"]);
  });

  it("[en] keeps 'neighbouring Burkina Faso' as the place", () => {
    expect(onlyClaim("The violence spread to neighbouring Burkina Faso, where 2,000 people were killed last year.", "en", "2024-03-10").countries).toEqual(["BFA"]);
  });

  it("does not take the country of a command or army as the place", () => {
    expect(onlyClaim("The U.S. Central Command said ISIS carried out 56 attacks in Syria in October 2024.", "en", "2024-11").countries).toEqual(["SYR"]);
  });
});

describe("extractClaims: groups coordinated across an apposition act together", () => {
  it.each<[Lang, string]>([
    ["nl", "Boko Haram en zijn rivaal, de Islamitische Staat in West-Afrika, pleegden vorig jaar 500 aanslagen in Nigeria."],
    ["en", "Boko Haram and its rival, the Islamic State West Africa Province, carried out 500 attacks in Nigeria last year."],
    ["de", "Boko Haram und ihr Rivale, der Islamische Staat in Westafrika, verübten im vergangenen Jahr 500 Anschläge in Nigeria."],
    ["fr", "Boko Haram et sa branche rivale, l'État islamique en Afrique de l'Ouest, ont mené 500 attaques au Nigeria l'an dernier."],
  ])("[%s] %s", (lang, text) => {
    expect(onlyClaim(text, lang, "2023-06-20")).toMatchObject({ actor_id: null, countries: ["NGA"] });
  });

  it("[fr] reads no place inside a group's name", () => {
    expect(onlyClaim("L'État islamique en Afrique de l'Ouest a mené 500 attaques au Nigeria l'an dernier.", "fr", "2023-06-20")).toMatchObject({ actor_id: "is-west-africa", countries: ["NGA"], region: null });
  });
});

describe("extractClaims names the acting group", () => {
  it.each<[Lang, string, string]>([
    ["nl", "Terreurgroep Islamitische Staat pleegde vorig jaar 121 aanslagen in Irak.", "is"],
    ["en", "Al-Shabaab militants carried out 300 attacks in Somalia last year.", "al-shabaab"],
    ["de", "Die Terrormiliz Islamischer Staat verübte 2023 gut 90 Anschläge in Syrien.", "is"],
    ["fr", "Daech a perpétré 153 attaques en Irak et en Syrie au premier semestre.", "is"],
  ])("[%s] %s", (lang, text, actor_id) => {
    expect(onlyClaim(text, lang, "2024-07").actor_id).toBe(actor_id);
  });

  it("reads IS in Afghanistan as Islamic State Khorasan Province", () => {
    expect(onlyClaim("IS pleegde dit jaar al 334 aanslagen in Afghanistan.", "nl", "2021-11")).toMatchObject({ actor_id: "is-khorasan", actor: "Islamic State Khorasan Province" });
  });

  it("carries the group to a later sentence", () => {
    const claims = claimsOf("Boko Haram is weer actief in Nigeria. Vorig jaar pleegde de groep 200 aanslagen.", "nl", "2024-03");
    expect(claims[0]).toMatchObject({ actor_id: "boko-haram", quantity: 200, countries: ["NGA"] });
  });
});

describe("extractClaims credits the source", () => {
  it.each<[Lang, string, string]>([
    ["nl", "IS pleegde vorig jaar 153 aanslagen in Irak, aldus de VN.", "UN"],
    ["nl", "Volgens ACLED pleegde JNIM vorig jaar 800 aanslagen in Mali.", "ACLED"],
    ["en", "According to CENTCOM, ISIS claimed 153 attacks in Syria this year.", "CENTCOM"],
    ["en", "ISIS claimed 153 attacks in Syria this year, CENTCOM said in a statement.", "CENTCOM"],
    ["de", "Laut SITE bekannte sich der IS in diesem Jahr zu 38 Angriffen in Syrien.", "SITE Intelligence Group"],
    ["de", "Der IS verübte 2024 gut 90 Anschläge in Syrien, wie Daten der SITE Intelligence Group zeigen.", "SITE Intelligence Group"],
    ["fr", "Selon l'ONU, Boko Haram a mené 40 attaques au Nigeria cette année.", "UN"],
    ["fr", "Daech a mené 153 attaques en Irak cette année, affirme le Centcom.", "CENTCOM"],
  ])("[%s] %s", (lang, text, source) => {
    expect(onlyClaim(text, lang, "2024-07").attributed_source).toBe(source);
  });

  it("credits earlier sentences from 'Dat heeft … bekendgemaakt'", () => {
    const claims = claimsOf("IS pleegde dit jaar al 153 aanslagen in Syrië. Dat heeft het Amerikaanse hoofdkwartier Centcom bekendgemaakt.", "nl", "2024-07");
    expect(claims[0]?.attributed_source).toBe("CENTCOM");
  });

  it("keeps an unknown source as the text names it", () => {
    expect(onlyClaim("According to the Armed Forces of Mali, JNIM carried out 40 attacks last month.", "en", "2024-07").attributed_source).toBe("Armed Forces of Mali");
  });
});

describe("extractClaims: al-Shabaab in Mozambique is IS Mozambique", () => {
  it.each<[Lang, string]>([
    ["nl", "In Mozambique pleegden de opstandelingen, daar al-Shabaab genoemd, vorig jaar 120 aanslagen in Cabo Delgado."],
    ["en", "In Mozambique, the insurgents known locally as al-Shabaab carried out 120 attacks in Cabo Delgado last year."],
    ["de", "In Mosambik verübten die dort al-Schabab genannten Aufständischen im vergangenen Jahr 120 Anschläge in Cabo Delgado."],
    ["fr", "Au Mozambique, les insurgés appelés localement al-Shabab ont mené 120 attaques l'an dernier à Cabo Delgado."],
  ])("[%s] %s", (lang, text) => {
    expect(onlyClaim(text, lang, "2024-03-10")).toMatchObject({ actor_id: "is-mozambique", countries: ["MOZ"] });
  });
});

describe("extractClaims: the core IS named with its own affiliate is the affiliate, not several groups", () => {
  it.each<[Lang, string]>([
    ["de", "Der IS und sein afghanischer Ableger ISKP verübten im vergangenen Jahr 300 Anschläge in Afghanistan."],
    ["en", "IS and its Afghan affiliate ISKP carried out 300 attacks in Afghanistan last year."],
    ["nl", "IS en zijn Afghaanse tak ISKP pleegden vorig jaar 300 aanslagen in Afghanistan."],
    ["fr", "L'EI et sa branche afghane, l'EI-K, ont mené 300 attaques en Afghanistan l'an dernier."],
  ])("[%s] %s", (lang, text) => {
    expect(onlyClaim(text, lang, "2024-03-10").actor_id).toBe("is-khorasan");
  });

  it("[de] hands the affiliate on from a sentence without figures", () => {
    expect(onlyClaim("Der IS und der ISKP sind in Afghanistan aktiv. Im vergangenen Jahr wurden dort 300 Anschläge verübt.", "de", "2024-03-10").actor_id).toBe("is-khorasan");
  });
});

describe("extractClaims: a sentence naming several groups hands none on", () => {
  it.each<[Lang, string]>([
    ["nl", "JNIM en IS vechten om de macht in de Sahel. In Burkina Faso werden vorig jaar 8.000 mensen gedood."],
    ["en", "JNIM and IS are fighting for control of the Sahel. In Burkina Faso, 8,000 people were killed last year."],
    ["de", "JNIM und der IS kämpfen um die Kontrolle im Sahel. In Burkina Faso wurden im vergangenen Jahr 8000 Menschen getötet."],
    ["fr", "Le JNIM et l'EIGS se disputent le contrôle du Sahel. Au Burkina Faso, 8 000 personnes ont été tuées l'an dernier."],
  ])("[%s] %s", (lang, text) => {
    expect(onlyClaim(text, lang, "2024-03-10")).toMatchObject({ quantity: 8000, actor_id: null });
  });
});

describe("extractClaims: in a list of figures by group, each figure takes the group after it", () => {
  it.each<[Lang, string]>([
    ["nl", "Mali telde in 2023 1.200 jihadistische aanslagen, waarvan 800 door JNIM en 300 door IS in de Sahel."],
    ["en", "Mali recorded 1,200 jihadist attacks in 2023, of which 800 were attributed to JNIM and 300 to ISGS."],
    ["de", "Mali verzeichnete 2023 1200 dschihadistische Anschläge, davon 800 durch JNIM und 300 durch den IS in der Sahelzone."],
    ["fr", "Le Mali a enregistré 1 200 attaques jihadistes en 2023, dont 800 attribuées au JNIM et 300 à l'EIGS."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2024-03-10").map((c) => [c.quantity, c.actor_id, c.attributed_source])).toEqual([
      [1200, "jihadists", null],
      [800, "jnim", null],
      [300, "is-sahel", null],
    ]);
  });

  it.each<[Lang, string]>([
    ["fr", "Cette attaque, la plus meurtrière depuis 2021, a fait 56 morts au Niger."],
    ["en", "The attack, the deadliest since 2021, killed 56 people in Niger."],
    ["nl", "De aanslag, de dodelijkste sinds 2021, kostte in Niger 56 mensen het leven."],
    ["de", "Der Anschlag, der tödlichste seit 2021, kostete in Niger 56 Menschen das Leben."],
  ])("[%s] 'the deadliest since 2021' is no period of the claim: %s", (lang, text) => {
    expect(claimsOf(text, lang, "2024-03-10")[0]?.period_start).not.toBe("2021-01-01");
  });
});

describe("extractClaims: a headline's figure repeated in the lede is one claim", () => {
  it.each<[Lang, string]>([
    ["fr", "Burkina : plus de 300 morts dans des attaques jihadistes en 2023\n\nAu Burkina Faso, plus de 300 personnes ont été tuées dans des attaques jihadistes en 2023."],
    ["nl", "Ruim 300 doden bij jihadistische aanslagen in Burkina Faso in 2023\n\nIn Burkina Faso zijn in 2023 ruim 300 mensen gedood bij jihadistische aanslagen."],
    ["en", "More than 300 killed in jihadist attacks in Burkina Faso in 2023\n\nIn Burkina Faso, more than 300 people were killed in jihadist attacks in 2023."],
    ["de", "Mehr als 300 Tote bei dschihadistischen Anschlägen in Burkina Faso 2023\n\nIn Burkina Faso wurden 2023 mehr als 300 Menschen bei dschihadistischen Anschlägen getötet."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2024-03-10").map((c) => c.quantity)).toEqual([300]);
  });

  it("[nl] keeps the same figure for two countries apart", () => {
    expect(claimsOf("In 2023 vielen in Mali 300 doden en in Niger ook 300.", "nl", "2024-03-10").map((c) => c.countries)).toEqual([["MLI"], ["NER"]]);
  });
});
