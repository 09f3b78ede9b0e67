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

  it("carries countries to a figure that names none ('in both countries')", () => {
    const [, second] = claimsOf("ISIS is regrouping in Syria and Iraq. IS has claimed 153 attacks in both countries this year.", "en", "2024-07");
    expect(second).toBeUndefined();
    const [only] = claimsOf("ISIS is regrouping in Syria and Iraq. IS has claimed 153 attacks in both countries this year.", "en", "2024-07");
    expect(only?.countries).toEqual(["SYR", "IRQ"]);
  });

  it("reads the Lake Chad region as its four countries", () => {
    expect(onlyClaim("Boko Haram a mené 100 attaques dans la région du lac Tchad en 2015.", "fr", "2015-12").countries).toEqual(["NGA", "NER", "TCD", "CMR"]);
  });

  it("reads 'weltweit' as the World region", () => {
    expect(onlyClaim("Der IS verübte 2017 weltweit mehr als 4500 Angriffe.", "de", "2018-01")).toMatchObject({ region: "World", countries: [] });
  });

  it("does not take the country of a command or army as the place", () => {
    expect(onlyClaim("The U.S. Central Command said ISIS carried out 56 attacks in Syria in October 2024.", "en", "2024-11").countries).toEqual(["SYR"]);
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
