import { describe, expect, it } from "vitest";
import { countryName, countryToIso3, iso3Name, parseCountryList } from "./index.ts";

describe("countryToIso3", () => {
  it.each([
    ["Syria", "SYR"], ["Syrië", "SYR"], ["Syrien", "SYR"], ["Syrie", "SYR"], ["Iraq", "IRQ"], ["Irak", "IRQ"],
    ["Myanmar (Burma)", "MMR"], ["DR Congo (Zaire)", "COD"], ["Yemen (North Yemen)", "YEM"], ["Russia (Soviet Union)", "RUS"],
    ["syr", "SYR"], ["Afghanistan", "AFG"], ["Bosnia-Herzegovina", "BIH"], ["Kingdom of eSwatini (Swaziland)", "SWZ"],
  ])("maps %s to %s", (name, iso3) => {
    expect(countryToIso3(name)).toBe(iso3);
  });
  it("returns undefined for a name it does not know", () => {
    expect(countryToIso3("Atlantis")).toBeUndefined();
  });
  it("names a code in English", () => {
    expect(iso3Name("IRQ")).toBe("Iraq");
  });
});

describe("parseCountryList", () => {
  it("accepts codes and names together", () => {
    expect(parseCountryList("SYR, Iraq")).toEqual(["SYR", "IRQ"]);
  });
  it("refuses an unknown country with a hint", () => {
    expect(() => parseCountryList("SYR,XYZ")).toThrow(/unknown country "XYZ"/);
  });
});

describe("countryName", () => {
  it("gives a country's short name in the reader's language, and the code for one it does not know", () => {
    expect([countryName("SYR", "en"), countryName("IRQ", "en")]).toEqual(["Syria", "Iraq"]);
    expect([countryName("SYR", "nl"), countryName("IRQ", "nl"), countryName("XKX", "nl")]).toEqual(["Syrië", "Irak", "Kosovo"]);
    expect(countryName("ZZZ", "nl")).toBe("ZZZ");
  });
});
