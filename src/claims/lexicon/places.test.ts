import { describe, expect, it } from "vitest";
import { fold } from "../text/fold.ts";
import { countryCode, findPlaces } from "./places.ts";

function places(text: string): Array<string> {
  const f = fold(text);
  return findPlaces(text, f, 0, f.length).map((p) => p.region ?? p.countries.join("+"));
}

describe("findPlaces", () => {
  it("finds countries in all four languages, accents folded", () => {
    expect(places("in Syrië en Irak")).toEqual(["SYR", "IRQ"]);
    expect(places("in Syria and Iraq")).toEqual(["SYR", "IRQ"]);
    expect(places("in Syrien und im Irak")).toEqual(["SYR", "IRQ"]);
    expect(places("en Irak et en Syrie, dans le nord du Nigéria")).toEqual(["IRQ", "SYR", "NGA"]);
  });
  it("reads German genitives", () => {
    expect(places("im Norden Syriens")).toEqual(["SYR"]);
  });
  it("keeps Niger and Nigeria apart", () => {
    expect(places("Niger et Nigeria")).toEqual(["NER", "NGA"]);
  });
  it("does not read an army's or command's owner as a place", () => {
    expect(places("The U.S. Central Command said")).toEqual([]);
    expect(places("le commandement central militaire des États-Unis")).toEqual([]);
    expect(places("home to U.S. troops")).toEqual([]);
  });
  it("reads U.S. as a place where no army follows it", () => {
    expect(places("attacks in the U.S. rose")).toEqual(["USA"]);
  });
  it("does not read lower-case words or the pronoun 'us' as countries", () => {
    expect(places("tell us about chad")).toEqual([]);
  });
  it("reads the Lake Chad region with its four countries", () => {
    const f = fold("dans la région du lac Tchad");
    expect(findPlaces("dans la région du lac Tchad", f, 0, f.length)[0]?.countries).toEqual(["NGA", "NER", "TCD", "CMR"]);
  });
  it("reads worldwide as the World region", () => {
    expect(places("weltweit")).toEqual(["World"]);
    expect(places("wereldwijd")).toEqual(["World"]);
  });
  it.each<[string, string[]]>([
    ["in Afrika", ["Africa"]],
    ["in Africa and the Middle East", ["Africa", "Middle East"]],
    ["en Afrique", ["Africa"]],
    ["en Afrique de l'Ouest", ["West Africa"]],
    ["in Westafrika", ["West Africa"]],
    ["in Noord-Afrika", ["North Africa"]],
    ["in sub-Saharan Africa", ["Sub-Saharan Africa"]],
    ["en Afrique subsaharienne", ["Sub-Saharan Africa"]],
    ["volgens het Africa Center for Strategic Studies", []],
    ["de Afrikaanse Unie", []],
    ["bij aanslagen in Europa", ["Europe"]],
    ["en Europe de l'Ouest", ["Western Europe"]],
    ["in Westeuropa", ["Western Europe"]],
  ])("reads a continent only where no part of it is named: %s", (text, regions) => {
    expect(places(text)).toEqual(regions);
  });
});

describe("countryCode", () => {
  it("maps English names to ISO alpha-3", () => {
    expect(countryCode("Syria")).toBe("SYR");
    expect(countryCode("Burkina Faso")).toBe("BFA");
    expect(countryCode("Turkey")).toBe("TUR");
    expect(countryCode("World")).toBeUndefined();
  });
});

describe("findPlaces: places below the country and country adjectives used as places", () => {
  const isos = (text: string): string[] => findPlaces(text, fold(text), 0, text.length).flatMap((p) => p.countries);
  it.each<[string, string[]]>([
    ["Bij een aanslag in Maiduguri vielen twaalf doden.", ["NGA"]],
    ["A bomb in Kabul killed twelve people.", ["AFG"]],
    ["Ein Anschlag in Mogadischu tötete zwölf Menschen.", ["SOM"]],
    ["Un attentat à Ouagadougou a fait douze morts.", ["BFA"]],
    ["In de Syrische provincie Deir ez-Zor vielen twaalf doden.", ["SYR", "SYR"]],
    ["In the Iraqi city of Tikrit twelve people died.", ["IRQ", "IRQ"]],
    ["In der irakischen Provinz Anbar starben zwölf Menschen.", ["IRQ", "IRQ"]],
    ["Dans le nord-est nigérian, douze personnes ont été tuées.", ["NGA"]],
    ["Sur le sol camerounais, douze personnes ont été tuées.", ["CMR"]],
  ])("%s", (text, expected) => {
    expect(isos(text)).toEqual(expected);
  });
  it.each<string>([
    "De Nigeriaanse terreurgroep Boko Haram doodde twaalf mensen.",
    "The Syrian army lost twelve soldiers.",
    "Die syrische Armee verlor zwölf Soldaten.",
    "Les islamistes nigérians ont tué douze personnes.",
    "De kabul-wijk werd getroffen.",
  ])("no place: %s", (text) => {
    expect(isos(text)).toEqual([]);
  });
});

describe("findPlaces: the tri-border area names its three countries", () => {
  it.each<string>([
    "dans la zone des trois frontières",
    "in the tri-border area",
    "im Dreiländereck",
    "in het drielandenpunt",
  ])("%s", (text) => {
    expect(findPlaces(text, fold(text), 0, text.length)).toMatchObject([{ region: "Liptako-Gourma", countries: ["MLI", "BFA", "NER"] }]);
  });
});
