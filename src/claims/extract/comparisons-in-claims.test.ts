import { describe, expect, it } from "vitest";
import { claimsOf, onlyClaim } from "../../../test/claims/claims-of.ts";
import type { Lang } from "../lang.ts";

type Row = [Lang, string, string, string, number | null];

describe("extractClaims reads ratios and trends as comparisons", () => {
  it.each<Row>([
    ["nl", "Het aantal aanslagen van IS in Irak is vorig jaar verdubbeld.", "ratio", "increase", 2],
    ["nl", "Het aantal door IS opgeëiste aanslagen in Syrië is in 2023 verdrievoudigd.", "ratio", "increase", 3],
    ["nl", "Het aantal aanslagen van Boko Haram in Nigeria is vorig jaar gehalveerd.", "ratio", "decrease", 0.5],
    ["nl", "De laatste weken neemt het aantal aanslagen door Boko Haram weer toe.", "direction", "increase", null],
    ["en", "Attacks by ISIS in Syria doubled last year.", "ratio", "increase", 2],
    ["en", "The number of attacks claimed by ISWAP in Nigeria rose sevenfold in 2022.", "ratio", "increase", 7],
    ["en", "Attacks by al-Shabaab in Somalia fell by a third in 2023.", "percent_change", "decrease", -33.3],
    ["en", "Attacks by ISIS in Iraq rose 40 percent last year.", "percent_change", "increase", 40],
    ["de", "Die Zahl der Anschläge des IS in Syrien hat sich im vergangenen Jahr verdoppelt.", "ratio", "increase", 2],
    ["de", "Die Zahl der Angriffe von Boko Haram in Nigeria ging 2023 um ein Drittel zurück.", "percent_change", "decrease", -33.3],
    ["de", "Die Zahl der Anschläge von al-Shabaab hat sich 2022 versiebenfacht.", "ratio", "increase", 7],
    ["fr", "Le nombre d'attentats commis par Boko Haram au Nigeria a triplé l'an dernier.", "ratio", "increase", 3],
    ["fr", "Le nombre d'attaques du JNIM au Mali a été multiplié par sept en 2021.", "ratio", "increase", 7],
    ["fr", "Les attaques de l'État islamique en Irak ont baissé d'un tiers l'an dernier.", "percent_change", "decrease", -33.3],
  ])("[%s] %s", (lang, text, type, direction, value) => {
    const claim = onlyClaim(text, lang, "2024-03");
    expect(claim).toMatchObject({ claim_type: "comparison", unit: expect.stringMatching(/attacks$/) });
    expect(claim.comparison).toMatchObject({ type, direction, value });
  });

  it("attaches a percent change to the figure it qualifies", () => {
    const claim = onlyClaim("Im Irak sei die Zahl der Todesopfer bei Anschlägen 2017 um 60 Prozent auf rund 3380 gesunken.", "de", "2018-01");
    expect(claim).toMatchObject({ quantity: 3380, unit: "deaths", qualifier: "approximately" });
    expect(claim.comparison).toMatchObject({ type: "percent_change", direction: "decrease", value: -60 });
  });

  it("attaches 'This is 55% higher than' to the previous sentence's figure", () => {
    const claims = claimsOf("ISIS carried out 56 attacks in Syria in October 2024. This is 55% higher than the 36 attacks ISIS conducted a year earlier.", "en", "2024-11");
    expect(claims.map((c) => c.quantity)).toEqual([56, 36]);
    expect(claims[0]?.comparison).toMatchObject({ type: "percent_change", value: 55, ref_quantity: 36, ref_period_start: "2023-10-01" });
  });

  it("reads 'this figure dropped to' as a fall from the previous figure", () => {
    const claims = claimsOf("In 2017, the PKK planned 965 attacks, while this figure dropped to 677 in 2018.", "en", "2018-11-15");
    expect(claims[1]).toMatchObject({ quantity: 677, unit: "planned_attacks" });
    expect(claims[1]?.comparison).toMatchObject({ type: "direction", direction: "decrease", ref_quantity: 965 });
  });

  it("marks an 'on track to double' as a projection against the previous year", () => {
    const claims = claimsOf("The number of ISIS attacks in Syria is on track to double those of the previous year. The group carried out 121 attacks in Syria in 2023.", "en", "2024-07-17");
    expect(claims[0]?.comparison).toMatchObject({ type: "ratio", value: 2, projected: true, ref_period_start: "2023-01-01", ref_quantity: 121 });
    expect(claims[0]).toMatchObject({ period_start: "2024-01-01", period_end: "2024-12-31" });
  });

  it("reads 'meer aanslagen … dan in heel 2023' as greater than", () => {
    const claim = onlyClaim("IS heeft in de eerste helft van 2024 al meer aanslagen gepleegd in Syrië dan in heel 2023.", "nl", "2024-07");
    expect(claim.comparison).toMatchObject({ type: "greater_than", direction: "increase", ref_period_start: "2023-01-01" });
    expect(claim).toMatchObject({ period_start: "2024-01-01", period_end: "2024-06-30" });
  });

  it("reads 'for the first time since' as a rank", () => {
    const claim = onlyClaim("Voor het eerst sinds 2013 is het aantal doden door aanslagen van IS vorig jaar gedaald onder de duizend.", "nl", "2020-11");
    expect(claim).toMatchObject({ quantity: 1000, qualifier: "fewer_than", unit: "deaths" });
    expect(claim.comparison).toMatchObject({ type: "rank", direction: "decrease" });
  });

  it("reads 'up from' as the reference of an increase", () => {
    const claims = claimsOf("ISIS carried out seventy-three attacks in January, up from fifty-one in December.", "en", "2024-03");
    expect(claims[0]?.comparison).toMatchObject({ type: "direction", direction: "increase", ref_quantity: 51 });
  });
});

describe("extractClaims keeps claimed attacks apart from carried-out attacks", () => {
  it.each<[Lang, string, string]>([
    ["nl", "IS eiste vorig jaar 60 aanslagen op in Afghanistan.", "claimed_attacks"],
    ["nl", "Het aantal aanslagen opgeëist door IS steeg vorig jaar tot 60.", "claimed_attacks"],
    ["nl", "IS pleegde vorig jaar 60 aanslagen in Afghanistan.", "attacks"],
    ["en", "IS has claimed 153 attacks in Syria this year.", "claimed_attacks"],
    ["en", "IS carried out 153 attacks in Syria this year.", "attacks"],
    ["de", "Der IS bekannte sich in diesem Jahr zu 38 Angriffen in Syrien.", "claimed_attacks"],
    ["de", "Der IS verübte in diesem Jahr 38 Angriffe in Syrien.", "attacks"],
    ["fr", "L'État islamique a revendiqué 39 attentats en Irak cette année.", "claimed_attacks"],
    ["fr", "L'État islamique a perpétré 39 attentats en Irak cette année.", "attacks"],
  ])("[%s] %s", (lang, text, unit) => {
    expect(onlyClaim(text, lang, "2024-06").unit).toBe(unit);
  });
});

describe("extractClaims: a change of a fraction after a noun of change attaches to the count", () => {
  it.each<[Lang, string]>([
    ["nl", "Jihadisten pleegden in 2023 in Niger 420 aanvallen, een daling van een derde ten opzichte van 2022."],
    ["en", "Jihadists carried out 420 attacks in Niger in 2023, a drop of a third compared with 2022."],
    ["de", "Dschihadisten verübten 2023 in Niger 420 Anschläge, ein Rückgang um ein Drittel gegenüber 2022."],
    ["fr", "Les djihadistes ont mené 420 attaques au Niger en 2023, une baisse d'un tiers par rapport à 2022."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2024-03")).toMatchObject([{ quantity: 420, comparison: { type: "percent_change", value: -33.3 } }]);
  });
});

describe("extractClaims: a factor belongs to the figure that is not named as the reference", () => {
  it.each<[Lang, string]>([
    ["de", "Mit 450 Überfällen hat sich die Zahl gegenüber 2021 (150) verdreifacht."],
    ["de", "Im Jahr 2022 wurden 450 Überfälle gezählt, dreimal so viele wie 2021, als es 150 waren."],
    ["nl", "In 2022 werden 450 overvallen geteld, drie keer zoveel als in 2021, toen het er 150 waren."],
    ["en", "In 2022 there were 450 ambushes, three times as many as in 2021, when there were 150."],
    ["fr", "En 2022, on a compté 450 embuscades, trois fois plus qu'en 2021, lorsqu'il y en avait 150."],
  ])("[%s] %s", (lang, text) => {
    const claims = claimsOf(text, lang, "2023-03-15");
    expect(claims.find((c) => c.quantity === 450)?.comparison).toMatchObject({ type: "ratio", value: 3 });
    expect(claims.find((c) => c.quantity === 150)).toMatchObject({ comparison: null, period_start: "2021-01-01" });
  });
});

describe("extractClaims: one and a half times, and a fraction more or fewer", () => {
  it.each<[Lang, string]>([
    ["nl", "Vorig jaar vielen er anderhalf keer zoveel doden in Tillabéri als in 2017."],
    ["nl", "Vorig jaar vielen in Tillabéri 1,5 keer zoveel doden als in 2017."],
    ["en", "Last year there were one and a half times as many deaths in Tillabéri as in 2017."],
    ["de", "Im vergangenen Jahr gab es in Tillabéri anderthalbmal so viele Tote wie 2017."],
    ["fr", "L'an dernier, il y a eu une fois et demie plus de morts à Tillabéri qu'en 2017."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2019-11-15")).toMatchObject([{ unit: "deaths", comparison: { type: "ratio", value: 1.5 } }]);
  });
  it.each<[Lang, string, number]>([
    ["nl", "In 2018 vielen in Tillabéri 800 doden, een kwart meer dan in 2017.", 25],
    ["en", "In 2018 there were 800 deaths in Tillabéri, a quarter fewer than in 2017.", -25],
    ["de", "2018 gab es in Tillabéri 800 Tote, ein Viertel mehr als 2017.", 25],
    ["fr", "En 2018, on a compté 800 morts à Tillabéri, soit un quart de moins qu'en 2017.", -25],
  ])("[%s] %s", (lang, text, value) => {
    expect(claimsOf(text, lang, "2019-11-15")).toMatchObject([{ quantity: 800, comparison: { type: "percent_change", value } }]);
  });
  it("[nl] a change takes the unit of its own clause", () => {
    const claims = claimsOf("Het aantal aanslagen nam met 69 procent af, het aantal doden daalde met 75 procent.", "nl", "2019-11-15");
    expect(claims.map((c) => [c.unit, c.comparison?.value])).toEqual([["attacks", -69], ["deaths", -75]]);
  });
});

describe("extractClaims: a change stated apart takes its clause's frame before other nouns", () => {
  it.each<[Lang, string]>([
    ["fr", "Le nombre de morts lors d'attaques à Tillabéri a chuté de 15 % en 2018."],
    ["nl", "Het aantal doden bij aanslagen in Tillabéri daalde in 2018 met 15 procent."],
    ["en", "The number of deaths in attacks in Tillabéri fell by 15 percent in 2018."],
    ["de", "Die Zahl der Toten bei Anschlägen in Tillabéri sank 2018 um 15 Prozent."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2019-11-15")).toMatchObject([{ unit: "deaths", comparison: { type: "percent_change", value: -15 } }]);
  });
});

describe("extractClaims: differences and anaphoric fractions of change", () => {
  it.each<[Lang, string]>([
    ["nl", "In Tillabéri zijn vorig jaar 300 aanvallen gepleegd. Dat zijn er 100 meer dan in 2017."],
    ["en", "In Tillabéri there were 300 attacks last year, 100 more than in 2017."],
    ["de", "In Tillabéri gab es im vergangenen Jahr 300 Angriffe, 100 mehr als 2017."],
    ["fr", "À Tillabéri, 300 attaques ont été commises l'an dernier, 100 de plus qu'en 2017."],
  ])("[%s] a difference is no count: %s", (lang, text) => {
    expect(claimsOf(text, lang, "2019-11-15").map((c) => c.quantity)).toEqual([300]);
  });
  it.each<[Lang, string]>([
    ["nl", "In Tillabéri zijn vorig jaar 300 aanvallen gepleegd. Dat is een derde meer dan het jaar ervoor."],
    ["en", "In Tillabéri there were 300 attacks last year. That is a third more than the year before."],
  ])("[%s] 'that is a third more' changes the figure before: %s", (lang, text) => {
    expect(claimsOf(text, lang, "2019-11-15")).toMatchObject([{ quantity: 300, comparison: { type: "percent_change", value: 33.3 } }]);
  });
});

describe("extractClaims: negated changes, frames of changes and 'for the first time since'", () => {
  it.each<[Lang, string]>([
    ["nl", "Ondanks de nederlaag is het aantal aanvallen in Tillabéri niet afgenomen."],
    ["en", "Despite the defeat, the number of attacks in Tillabéri did not fall."],
    ["de", "Trotz der Niederlage ist die Zahl der Angriffe in Tillabéri nicht gesunken."],
    ["fr", "Malgré la défaite, le nombre d'attaques à Tillabéri n'a pas baissé."],
  ])("[%s] no change: %s", (lang, text) => {
    expect(claimsOf(text, lang, "2019-11-15")).toEqual([]);
  });
  it("[nl] the frame names what changes", () => {
    expect(claimsOf("Het aantal slachtoffers van aanvallen in Tillabéri daalt al jaren.", "nl", "2019-11-15")).toMatchObject([{ unit: "victims", comparison: { type: "direction", direction: "decrease" } }]);
  });
  it.each<[Lang, string]>([
    ["nl", "Het aantal doden in Tillabéri is vorig jaar voor het eerst sinds 2013 onder de honderd gezakt."],
    ["en", "Deaths in Tillabéri fell below one hundred last year for the first time since 2013."],
    ["fr", "Le nombre de morts à Tillabéri est passé l'an dernier sous la barre des cent, pour la première fois depuis 2013."],
  ])("[%s] the year since which is a reference, not the period: %s", (lang, text) => {
    expect(claimsOf(text, lang, "2019-11-15")[0]).toMatchObject({ period_start: "2018-01-01", period_end: "2018-12-31" });
  });
});

describe("extractClaims: a change in a sentence about 'the group' just named changes its last count", () => {
  it.each<[Lang, string]>([
    ["nl", "Boko Haram pleegde in 2019 in Tsjaad 90 aanvallen. De groep sloeg een kwart minder vaak toe dan in 2018."],
    ["en", "Boko Haram carried out 90 attacks in Chad in 2019. The group struck 25 percent less often than in 2018."],
    ["de", "Boko Haram verübte 2019 im Tschad 90 Angriffe. Die Gruppe schlug um 25 Prozent seltener zu als 2018."],
    ["fr", "Boko Haram a mené 90 attaques au Tchad en 2019. Le groupe a frappé 25 % moins souvent qu'en 2018."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2020-03-15")).toMatchObject([{ quantity: 90, comparison: { type: "percent_change", value: -25 } }]);
  });
});
