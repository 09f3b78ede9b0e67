/**
 * General readings, each on made-up sentences in the four languages: the pattern a rule generalizes, not a case.
 */
import { describe, expect, it } from "vitest";
import { claimsOf } from "../../../test/claims/claims-of.ts";
import type { Lang } from "../lang.ts";

describe("a fraction word is one figure", () => {
  it.each<[Lang, string]>([
    ["nl", "Twee derde van de 900 doden viel in 2022 in Mali."],
    ["en", "Two thirds of the 900 deaths in 2022 occurred in Mali."],
    ["de", "Zwei Drittel der 900 Toten gab es 2022 in Mali."],
    ["fr", "Les deux tiers des 900 morts de 2022 ont eu lieu au Mali."],
  ])("[%s] the number inside the fraction is no count: %s", (lang, text) => {
    const claims = claimsOf(text, lang, "2023-03");
    expect(claims.map((c) => c.quantity)).not.toContain(2);
    expect(claims.find((c) => c.claim_type === "share")?.quantity).toBeCloseTo(2 / 3, 3);
  });
});

describe("a fraction after a subset word is a share of the count before it", () => {
  it.each<[Lang, string]>([
    ["nl", "Jihadisten doodden in 2022 in de Sahel 800 mensen, waarvan de helft in Mali."],
    ["en", "Jihadists killed 800 people in the Sahel in 2022, half of them in Mali."],
    ["de", "Dschihadisten töteten 2022 im Sahel 800 Menschen, davon die Hälfte in Mali."],
    ["fr", "Les jihadistes ont tué 800 personnes au Sahel en 2022, dont la moitié au Mali."],
  ])("[%s] %s", (lang, text) => {
    const share = claimsOf(text, lang, "2023-03").find((c) => c.claim_type === "share");
    expect(share).toMatchObject({ quantity: 0.5, unit: "deaths", countries: ["MLI"], period_start: "2022-01-01" });
  });
});

describe("a bare figure stops at a closed-class word and takes the unit it stands in for", () => {
  it.each<[Lang, string]>([
    ["nl", "IS pleegde in mei 60 aanslagen in Irak, tegen 45 volgens dezelfde telling in april."],
    ["en", "IS carried out 60 attacks in Iraq in May, against 45 according to the same count in April."],
    ["de", "Der IS verübte im Mai 60 Anschläge im Irak, gegenüber 45 laut derselben Zählung im April."],
    ["fr", "L'EI a commis 60 attaques en Irak en mai, contre 45 selon le même décompte en avril."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2023-06-15").find((c) => c.quantity === 45)).toMatchObject({ unit: "attacks", period_start: "2023-04-01", period_end: "2023-04-30" });
  });

  it("[fr] the clitic « en » stands for the noun last named", () => {
    const claims = claimsOf("En mai, l'EI a revendiqué 19 attaques en Irak. Un mois plus tôt, il en revendiquait 11.", "fr", "2023-06-15");
    expect(claims.find((c) => c.quantity === 11)).toMatchObject({ unit: "claimed_attacks", period_start: "2023-04-01" });
  });

  it.each<[Lang, string]>([
    ["nl", "In Somalië pleegde al-Shabaab vorig jaar 400 aanslagen. In Kenia lag het aantal op 60."],
    ["en", "In Somalia, al-Shabaab carried out 400 attacks last year. In Kenya, the number was 60."],
    ["de", "In Somalia verübte al-Shabaab im vergangenen Jahr 400 Anschläge. In Kenia lag die Zahl bei 60."],
    ["fr", "En Somalie, les shebab ont commis 400 attaques l'an dernier. Au Kenya, le nombre était de 60."],
  ])("[%s] 'the number was N' counts what the passage counted: %s", (lang, text) => {
    expect(claimsOf(text, lang, "2024-03").find((c) => c.quantity === 60)).toMatchObject({ unit: "attacks", countries: ["KEN"], period_start: "2023-01-01" });
  });
});

describe("an adverb of frequency makes a rate", () => {
  it.each<[Lang, string]>([
    ["nl", "De groep voerde in 2023 maandelijks zo'n 25 aanvallen uit in Irak."],
    ["en", "The group carried out some 25 attacks monthly in Iraq in 2023."],
    ["de", "Die Gruppe verübte 2023 im Irak monatlich rund 25 Anschläge."],
    ["fr", "Le groupe a mené mensuellement quelque 25 attaques en Irak en 2023."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2024-03").find((c) => c.quantity === 25)).toMatchObject({ claim_type: "rate", unit: "attacks_per_month" });
  });

  it("[en] a newspaper's name is no frequency", () => {
    expect(claimsOf("According to The Daily Star, 30 people were killed in Lagos in 2023.", "en", "2024-03")[0]?.unit).toBe("deaths");
  });
});

describe("a period after 'from' is a reference only right after it", () => {
  it("[en] 'deaths from terrorism in 2023' is the claim's own year", () => {
    expect(claimsOf("The Sahel saw 510 deaths from terrorism in 2023.", "en", "2024-03")[0]).toMatchObject({ period_start: "2023-01-01", period_end: "2023-12-31" });
  });

  it("[en] 'up from 23 in 2022' is still the reference", () => {
    const claims = claimsOf("IS claimed 41 attacks in Syria in 2023, up from 23 in 2022.", "en", "2024-03");
    expect(claims.find((c) => c.quantity === 41)).toMatchObject({ period_start: "2023-01-01" });
  });
});

describe("a group that only reports is not the one acting", () => {
  it.each<[Lang, string]>([
    ["nl", "De SDF zei dat IS in 2023 551 aanslagen pleegde in Syrië."],
    ["en", "The SDF said IS carried out 551 attacks in Syria in 2023."],
    ["de", "Laut den SDF verübte der IS 2023 in Syrien 551 Anschläge."],
    ["fr", "Selon les FDS, l'EI a commis 551 attaques en Syrie en 2023."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2024-03").find((c) => c.quantity === 551)?.actor_id).toBe("is");
  });

  it("[en] a group that reports its own attacks still acts", () => {
    expect(claimsOf("Al-Shabaab said it carried out 30 attacks in Somalia in 2023.", "en", "2024-03")[0]?.actor_id).toBe("al-shabaab");
  });
});

describe("a share a share noun reaches is a share, not a change", () => {
  it.each<[Lang, string]>([
    ["nl", "Het aandeel van IS in alle aanslagen steeg tot 40 procent in 2023."],
    ["en", "The share of attacks claimed by IS rose to 40% in 2023."],
    ["de", "Der Anteil des IS an allen Anschlägen stieg 2023 auf 40 Prozent."],
    ["fr", "La part des attaques revendiquées par l'EI est passée à 40 % en 2023."],
  ])("[%s] %s", (lang, text) => {
    const claims = claimsOf(text, lang, "2024-03");
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ claim_type: "share", quantity: 0.4, actor_id: "is", period_start: "2023-01-01" });
  });

  it("[nl] a change by a percentage to a count stays a change", () => {
    const claims = claimsOf("Het aantal aanslagen steeg in 2023 met 40 procent tot 300.", "nl", "2024-03");
    expect(claims[0]).toMatchObject({ quantity: 300, comparison: { type: "percent_change", value: 40 } });
  });
});

describe("a share's noun phrase may hold a number with separators", () => {
  it.each<[Lang, string]>([
    ["nl", "Minder dan een derde van de 1.200 aanslagen vond in 2023 plaats in Syrië."],
    ["en", "Less than a third of the 1,200 attacks took place in Syria in 2023."],
    ["de", "Weniger als ein Drittel der 1.200 Anschläge fand 2023 in Syrien statt."],
    ["fr", "Moins d'un tiers des 1 200 attaques ont eu lieu en Syrie en 2023."],
  ])("[%s] %s", (lang, text) => {
    const share = claimsOf(text, lang, "2024-03").find((c) => c.claim_type === "share");
    expect(share?.quantity).toBeCloseTo(1 / 3, 3);
    expect(share?.unit).toBe("attacks");
  });
});

describe("sources", () => {
  it.each<[Lang, string, string]>([
    ["nl", "In Syrië telde het observatorium vorig jaar 210 aanvallen van IS.", "observatorium"],
    ["de", "Vor fünf Jahren zählte die Beobachtungsstelle 900 Anschläge des IS in Syrien.", "Beobachtungsstelle"],
  ])("[%s] a fronted time or place puts the source after the verb: %s", (lang, text, source) => {
    expect(claimsOf(text, lang, "2024-03")[0]?.attributed_source).toBe(source);
  });

  it.each<[Lang, string]>([
    ["nl", "Het IS-persbureau Amaq eiste in mei 25 aanslagen in Mozambique op."],
    ["en", "Islamic State's Amaq news agency claimed 25 attacks in Mozambique in May."],
    ["de", "Das IS-Sprachrohr Amaq reklamierte im Mai 25 Anschläge in Mosambik für sich."],
    ["fr", "Amaq, l'agence de propagande de l'EI, a revendiqué 25 attaques au Mozambique en mai."],
  ])("[%s] a group's own outlet is the source of the claims it carries: %s", (lang, text) => {
    expect(claimsOf(text, lang, "2024-06-15")[0]).toMatchObject({ quantity: 25, attributed_source: "Amaq", countries: ["MOZ"] });
  });

  it.each<[Lang, string]>([
    ["nl", "Sinds 2014 zijn in Irak meer dan 30.000 burgers gedood, schat Iraq Body Count."],
    ["de", "Seit 2014 wurden im Irak mehr als 30.000 Zivilisten getötet, schätzt Iraq Body Count."],
  ])("[%s] 'estimates X' credits X: %s", (lang, text) => {
    expect(claimsOf(text, lang, "2024-03")[0]?.attributed_source).toBe("Iraq Body Count");
  });
});

describe("a change between two figures over a range of years", () => {
  it.each<[Lang, string]>([
    ["nl", "Tussen 2019 en 2023 steeg het aantal aanslagen in Mali van 300 naar 900."],
    ["en", "Attacks in Mali rose from 300 to 900 between 2019 and 2023."],
    ["de", "Die Zahl der Anschläge in Mali stieg von 2019 bis 2023 von 300 auf 900."],
    ["fr", "Entre 2019 et 2023, le nombre d'attaques au Mali est passé de 300 à 900."],
  ])("[%s] puts the first figure in the first year and the second in the last: %s", (lang, text) => {
    const claims = claimsOf(text, lang, "2024-06-15");
    expect(claims.find((c) => c.quantity === 300)).toMatchObject({ period_start: "2019-01-01", period_end: "2019-12-31" });
    expect(claims.find((c) => c.quantity === 900)).toMatchObject({ period_start: "2023-01-01", period_end: "2023-12-31" });
  });

  it("[en] a single figure over the range keeps the range", () => {
    expect(claimsOf("Between 2019 and 2023, jihadists killed 8,000 people in Mali.", "en", "2024-06-15")[0]).toMatchObject({ period_start: "2019-01-01", period_end: "2023-12-31" });
  });
});

describe("people an army lost are deaths", () => {
  it.each<[Lang, string]>([
    ["nl", "Het leger van Niger verloor vorig jaar 45 soldaten."],
    ["en", "Niger's army lost 45 soldiers in 2023."],
    ["de", "Die Armee Nigers verlor 2023 45 Soldaten."],
    ["fr", "L'armée nigérienne a perdu 45 soldats en 2023."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2024-06-15").find((c) => c.quantity === 45)?.unit).toBe("deaths");
  });
});

describe("a source phrase ends before the figure's adverbs, and a place is no source", () => {
  it.each<[Lang, string, string]>([
    ["nl", "Dit jaar telde het leger al 40 aanvallen van IS in Irak.", "leger"],
    ["de", "In diesem Jahr zählte die Armee bereits 40 Angriffe des IS im Irak.", "Armee"],
  ])("[%s] %s", (lang, text, source) => {
    expect(claimsOf(text, lang, "2024-06-15")[0]?.attributed_source).toBe(source);
  });

  it.each<[Lang, string]>([
    ["fr", "Le Mali a enregistré 12 attaques jihadistes en mai."],
    ["en", "The Niger recorded 12 attacks in May."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2024-06-15")[0]?.attributed_source).toBeNull();
  });
});

describe("a count divided by a factor is a ratio below one", () => {
  it.each<[Lang, string]>([
    ["nl", "Het aantal aanslagen in Irak werd tussen 2019 en 2023 gedeeld door drie."],
    ["en", "Attacks in Iraq were divided by three between 2019 and 2023."],
    ["de", "Die Zahl der Anschläge im Irak hat sich zwischen 2019 und 2023 gedrittelt."],
    ["fr", "Le nombre d'attentats a été divisé par trois en Irak entre 2019 et 2023."],
  ])("[%s] %s", (lang, text) => {
    const claims = claimsOf(text, lang, "2024-06-15");
    expect(claims).toHaveLength(1);
    expect(claims[0]?.comparison).toMatchObject({ type: "ratio", direction: "decrease" });
    expect(claims[0]?.comparison?.value).toBeCloseTo(1 / 3, 2);
  });
});

describe("a bare direction restating a quantified change is no claim of its own", () => {
  it.each<[Lang, string]>([
    ["nl", "Het aantal terreurdoden in Nigeria is vorig jaar afgenomen. Er vielen 1.500 doden, 15 procent minder dan in 2022."],
    ["en", "Terrorism deaths in Nigeria fell last year. There were 1,500 deaths, 15 percent fewer than in 2022."],
    ["de", "Die Zahl der Terrortoten in Nigeria ist im vergangenen Jahr gesunken. Es gab 1.500 Tote, 15 Prozent weniger als 2022."],
    ["fr", "Le nombre de morts du terrorisme au Nigeria a baissé l'an dernier. On a compté 1 500 morts, 15 % de moins qu'en 2022."],
  ])("[%s] %s", (lang, text) => {
    const claims = claimsOf(text, lang, "2024-03");
    expect(claims.filter((c) => c.comparison?.type === "direction")).toEqual([]);
    expect(claims.find((c) => c.quantity === 1500)?.comparison).toMatchObject({ type: "percent_change", value: -15 });
  });

  it("[en] a direction the other way, or of another thing, stays", () => {
    const claims = claimsOf("Attacks in Nigeria rose last year. Deaths fell by 15 percent in 2023.", "en", "2024-03");
    expect(claims.some((c) => c.comparison?.type === "direction" && c.unit === "attacks")).toBe(true);
  });
});

describe("French 'qu'en' makes a reference only after a comparative", () => {
  it("[fr] '15 % de moins qu'en 2022' is the reference; the count keeps the year named before", () => {
    const claims = claimsOf("Le Mali a compté 300 attaques en 2023. C'est 15 % de moins qu'en 2022.", "fr", "2024-03");
    expect(claims.find((c) => c.quantity === 300)).toMatchObject({ period_start: "2023-01-01" });
  });

  it("[fr] 'alors qu'en 2019' (whereas) names the next figure's own year", () => {
    const claims = claimsOf("En 2023, le Mali a compté 300 attaques, alors qu'en 2019 il en comptait 50.", "fr", "2024-03");
    expect(claims.find((c) => c.quantity === 50)).toMatchObject({ unit: "attacks", period_start: "2019-01-01" });
  });
});

describe("a verb-final ratio takes the period of its object as the reference", () => {
  it.each<[Lang, string]>([
    ["nl", "Het aantal IS-aanvallen in Syrië en Irak ligt dit jaar op koers om het totaal van vorig jaar te verdubbelen."],
    ["de", "Die Zahl der IS-Angriffe in Syrien und im Irak ist in diesem Jahr auf dem Weg, die Zahl des Vorjahres zu verdoppeln."],
  ])("[%s] %s", (lang, text) => {
    const claim = claimsOf(text, lang, "2024-07-15")[0];
    expect(claim).toMatchObject({ period_start: "2024-01-01", comparison: { type: "ratio", value: 2, ref_period_start: "2023-01-01", projected: true } });
  });

  it("[nl] the object's period without a ratio stays the claim's own", () => {
    expect(claimsOf("Het totaal van vorig jaar was 121 aanslagen.", "nl", "2024-07-15")[0]).toMatchObject({ quantity: 121, period_start: "2023-01-01" });
  });
});

describe("battles and clashes are events, acts of violence incidents", () => {
  it.each<[Lang, string, string]>([
    ["nl", "ACLED telde in 2023 in Mali 1.050 gevechten.", "events"],
    ["en", "ACLED counted 1,050 clashes in Mali in 2023.", "events"],
    ["de", "ACLED zählte 2023 in Mali 1.050 Gefechte.", "events"],
    ["fr", "L'ACLED a recensé 1 050 affrontements au Mali en 2023.", "events"],
    ["nl", "In 2023 werden in Mali 300 geweldsdaden geteld.", "incidents"],
    ["de", "2023 wurden in Mali 300 Gewalttaten gezählt.", "incidents"],
  ])("[%s] %s", (lang, text, unit) => {
    expect(claimsOf(text, lang, "2024-03")[0]).toMatchObject({ unit, countries: ["MLI"] });
  });
});

describe("group names as each language writes them", () => {
  it.each<[Lang, string, string]>([
    ["fr", "Les shebabs ont tué 500 personnes en Somalie en 2023.", "al-shabaab"],
    ["nl", "De Pakistaanse Taliban (TTP) eisten vorig jaar 250 aanslagen op in Pakistan.", "ttp"],
    ["de", "Die pakistanischen Taliban reklamierten 2023 in Pakistan 250 Anschläge für sich.", "ttp"],
    ["en", "The Pakistani Taliban claimed 250 attacks in Pakistan in 2023.", "ttp"],
  ])("[%s] %s", (lang, text, actor) => {
    expect(claimsOf(text, lang, "2024-07-15")[0]?.actor_id).toBe(actor);
  });
});

describe("a group with its affiliates is the family, not the core group", () => {
  it.each<[Lang, string]>([
    ["en", "The Islamic State and its affiliates carried out 1,200 attacks in Africa in 2023."],
    ["nl", "IS en zijn afdelingen pleegden in 2023 in Afrika 1.200 aanslagen."],
    ["de", "Der IS und seine Ableger verübten 2023 in Afrika 1.200 Anschläge."],
    ["fr", "L'EI et ses filiales ont commis 1 200 attaques en Afrique en 2023."],
  ])("[%s] %s", (lang, text) => {
    const claim = claimsOf(text, lang, "2024-07-15")[0];
    expect(claim?.actor_id).not.toBe("is");
    expect(claim?.actor).toMatch(/affiliates/);
  });
});

describe("a well-known source after the cue is named whatever stands in its name", () => {
  it.each<[Lang, string, string]>([
    ["en", "According to the 2025 Global Terrorism Index (GTI), the Sahel accounted for 51% of all terrorism deaths in 2024.", "Global Terrorism Index (IEP)"],
    ["nl", "Volgens de Global Terrorism Index van 2025 vielen vorig jaar in Burkina Faso 1.532 doden.", "Global Terrorism Index (IEP)"],
    ["de", "Laut der Denkfabrik „Armed Conflict Location and Event Data Project“ (ACLED) gab es 2020 in Afrika 7108 Angriffe.", "ACLED"],
    ["fr", "Selon l'Indice mondial du terrorisme 2025, le Sahel concentre la moitié des 5 582 morts de 2024.", "Global Terrorism Index (IEP)"],
  ])("[%s] %s", (lang, text, source) => {
    expect(claimsOf(text, lang, "2025-03-15")[0]?.attributed_source).toBe(source);
  });
});

describe("runs of spaces between a cue's words, as pasted articles carry them", () => {
  it.each<[Lang, string, string]>([
    ["en", "According  to a survey by Strategic Intelligence on Counter Terrorism, al-Shabaab claimed 69 attacks in Kenya in November.", "Strategic Intelligence on Counter Terrorism"],
    ["nl", "Volgens\u00a0de VN kwamen  om het leven in 2023 in Mali 1.200 burgers.", "UN"],
    ["de", "Nach  Angaben der UN wurden 2023 in Mali 1.200 Zivilisten getötet.", "UN"],
    ["fr", "D'après  l'ONU, 1 200 civils ont été tués au Mali en 2023.", "UN"],
  ])("[%s] %s", (lang, text, source) => {
    const claim = claimsOf(text, lang, "2024-03")[0];
    expect(claim?.attributed_source).toBe(source);
  });

  it("[nl] a killing verb with two spaces still makes deaths", () => {
    expect(claimsOf("In Mali kwamen  om het leven in 2023 ruim 1.200 burgers.", "nl", "2024-03")[0]?.unit).toBe("civilian_deaths");
  });
});

describe("a share's qualifier is read as any figure's qualifier is", () => {
  it.each<[Lang, string, string]>([
    ["nl", "Jihadisten doodden in 2022 in de Sahel 800 mensen, waarvan ruim de helft in Mali.", "more_than"],
    ["fr", "Les jihadistes ont tué 800 personnes au Sahel en 2022, dont près de la moitié au Mali.", "nearly"],
    ["nl", "Het aandeel van IS in alle aanslagen steeg tot bijna 40 procent in 2023.", "nearly"],
    ["de", "Der Anteil des IS an allen Anschlägen stieg 2023 auf rund 40 Prozent.", "approximately"],
  ])("[%s] %s", (lang, text, qualifier) => {
    expect(claimsOf(text, lang, "2024-07-15").find((c) => c.claim_type === "share")).toMatchObject({ qualifier });
  });
});

describe("a source phrase ends before the figure's qualifier", () => {
  it.each<[Lang, string, string]>([
    ["nl", "Dit jaar telde het leger ruim 40 aanvallen van IS in Irak.", "leger"],
    ["de", "In diesem Jahr zählte die Armee knapp 40 Angriffe des IS im Irak.", "Armee"],
    ["en", "According to the army some 40 IS attacks took place in Iraq this year.", "army"],
  ])("[%s] %s", (lang, text, source) => {
    expect(claimsOf(text, lang, "2024-06-15")[0]?.attributed_source).toBe(source);
  });
});
