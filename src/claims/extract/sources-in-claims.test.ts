import { describe, expect, it } from "vitest";
import { claimsOf } from "../../../test/claims/claims-of.ts";
import type { Lang } from "../lang.ts";

describe("extractClaims: attribution cues name the source, without the sentence's full stop", () => {
  it.each<[Lang, string, string]>([
    ["nl", "Bij aanvallen in Tillabéri kwamen vorig jaar 900 mensen om, aldus Amnesty International.", "Amnesty International"],
    ["nl", "Volgens de onderzoekers pleegde de groep vorig jaar 120 aanvallen in Tillabéri.", "onderzoekers"],
    ["nl", "De Nigerese autoriteiten meldden dat vorig jaar 900 mensen omkwamen bij aanvallen in Tillabéri.", "Nigerese autoriteiten"],
    ["en", "Attacks in Tillabéri killed 900 people last year, according to a tally by Reuters.", "Reuters"],
    ["de", "Bei Angriffen in Tillabéri starben im vergangenen Jahr 900 Menschen, berichteten Helfer von Amnesty.", "Amnesty International"],
    ["fr", "Les attaques ont fait 900 morts à Tillabéri l'an dernier, selon un décompte de l'AFP.", "AFP"],
    ["fr", "Les attaques ont fait 900 morts à Tillabéri l'an dernier, révèle le rapport annuel du département d'État américain.", "US State Department"],
  ])("[%s] %s", (lang, text, source) => {
    expect(claimsOf(text, lang, "2020-03-15")[0]?.attributed_source).toBe(source);
  });
  it("[nl] reads the publisher of the Global Terrorism Index as that index", () => {
    const text = "Wereldwijd vielen vorig jaar 13.826 doden door terrorisme, volgens het Institute for Economics and Peace.";
    expect(claimsOf(text, "nl", "2020-11-25")[0]?.attributed_source).toBe("Global Terrorism Index (IEP)");
  });
});

describe("extractClaims: a fronted scope word or place before a counting verb is no source", () => {
  it.each<[Lang, string]>([
    ["nl", "Wereldwijd telde het instituut vorig jaar 3.955 terroristische incidenten."],
    ["nl", "Niger telde vorig jaar 300 aanvallen."],
    ["de", "Weltweit zählte der Index im vergangenen Jahr 6701 Terrortote."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2023-03-15")[0]?.attributed_source ?? "").not.toMatch(/^(?:Wereldwijd|Weltweit|Niger)$/);
  });
  it("[fr] 'à l'échelle mondiale' is the world", () => {
    expect(claimsOf("À l'échelle mondiale, le nombre de décès dus au terrorisme a diminué à 6 701 l'an dernier.", "fr", "2023-03-15")[0]?.region).toBe("World");
  });
});

describe("extractClaims: the Syrian Observatory in four languages, and 'nach Zählung der'", () => {
  it.each<[Lang, string]>([
    ["nl", "Volgens het Syrisch Observatorium voor de Mensenrechten vielen vorig jaar in Deir ez-Zor 300 doden bij aanvallen."],
    ["fr", "Au moins 300 personnes ont été tuées l'an dernier à Deir ez-Zor, a indiqué l'Observatoire syrien des droits de l'homme."],
    ["de", "Nach Zählung der Syrischen Beobachtungsstelle für Menschenrechte starben im vergangenen Jahr in Deir ez-Zor 300 Menschen bei Angriffen."],
    ["en", "At least 300 people were killed in Deir ez-Zor last year, the Syrian Observatory for Human Rights said."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2019-03-23")[0]).toMatchObject({ quantity: 300, countries: ["SYR"], attributed_source: "Syrian Observatory for Human Rights" });
  });
});

describe("extractClaims: a sentence naming who collected the data credits the figures after it", () => {
  it.each<[Lang, string, string]>([
    ["nl", "De cijfers werden verzameld door de Universiteit Leiden. Vorig jaar vielen in Tillabéri 300 doden bij aanvallen.", "Universiteit Leiden"],
    ["en", "The data were compiled by Leiden University. Last year 300 people were killed in attacks in Tillabéri.", "Leiden University"],
  ])("[%s] %s", (lang, text, source) => {
    expect(claimsOf(text, lang, "2019-03-23")[0]?.attributed_source).toBe(source);
  });
});
