import { describe, expect, it } from "vitest";
import { claimsOf } from "../../../test/claims/claims-of.ts";
import type { Lang } from "../lang.ts";

describe("extractClaims turns no other numbers into claims", () => {
  it.each<[Lang, string]>([
    ["nl", "Tien jaar geleden, in juni 2014, riep IS een kalifaat uit in grote delen van Syrië en Irak."],
    ["nl", "De internationale coalitie tegen IS telt inmiddels 80 landen."],
    ["nl", "Nederland stuurde in 2015 zes F-16's en 150 militairen naar Irak."],
    ["nl", "Het leger voerde vorige maand 40 operaties uit tegen IS en doodde daarbij 120 strijders."],
    ["nl", "Boko Haram is verantwoordelijk voor 2,7 miljoen ontheemden in Nigeria."],
    ["nl", "Het kabinet trekt 15 miljoen euro uit voor de strijd tegen IS."],
    ["en", "Ten years ago, in June 2014, the Islamic State declared a caliphate in Syria and Iraq."],
    ["en", "The U.S.-led coalition of 83 countries deployed 2,500 troops to Iraq."],
    ["en", "During the month of July 2023, CENTCOM conducted a total of 31 D-ISIS operations, resulting in 5 ISIS operatives killed and 30 detained."],
    ["en", "From early 2018 to date, 87,838 operations have been carried out against the PKK in Turkey."],
    ["en", "The group, which had some 30,000 fighters at its peak, now holds less than 5 percent of its former territory."],
    ["en", "A 36-year-old man was arrested on 12 March in connection with the plot."],
    ["de", "Vor zehn Jahren, im Juni 2014, rief der IS in Syrien und im Irak ein Kalifat aus."],
    ["de", "Die internationale Koalition aus 80 Staaten flog im Jahr 2015 rund 9000 Luftangriffe gegen den IS."],
    ["de", "Die Bundeswehr hat 1200 Soldaten in Mali stationiert."],
    ["de", "Sicherheitskräfte nahmen bei Razzien gegen den IS 45 Verdächtige fest und töteten 12 Kämpfer."],
    ["de", "Der 35-jährige Attentäter wurde 2019 in Syrien ausgebildet."],
    ["fr", "Il y a dix ans, en juin 2014, l'État islamique proclamait son califat en Irak et en Syrie."],
    ["fr", "La coalition de 60 pays a mené plus de 2 000 frappes contre l'EI en Irak."],
    ["fr", "L'armée a neutralisé 40 terroristes lors d'une opération dans le nord du Mali."],
    ["fr", "La France a déployé 5 100 soldats au Sahel dans le cadre de l'opération Barkhane."],
    ["fr", "Le communiqué a été publié le 16 juillet par le commandement central."],
  ])("[%s] %s", (lang, text) => {
    expect(claimsOf(text, lang, "2024-07").map((c) => [c.claim_type, c.quantity, c.unit])).toEqual([]);
  });
});
