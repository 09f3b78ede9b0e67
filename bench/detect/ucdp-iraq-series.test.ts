import { describe, expect, it } from "vitest";
import { involvesIs, parseCsv } from "./ucdp-iraq-series.ts";

describe("parseCsv", () => {
  it("keeps commas, doubled quotes and line breaks inside quoted fields", () => {
    expect(parseCsv('a,"b, c","say ""hi""","x\ny"\r\n1,2,3,4\n')).toEqual([
      ["a", "b, c", 'say "hi"', "x\ny"],
      ["1", "2", "3", "4"],
    ]);
  });
});

describe("involvesIs", () => {
  it("matches IS alone or in a coalition, not names that merely contain the letters", () => {
    expect(involvesIs("IS")).toBe(true);
    expect(involvesIs("Government of Iraq - IS")).toBe(true);
    expect(involvesIs("Ansar al-Islam, IS")).toBe(true);
    expect(involvesIs("ISIS supporters")).toBe(false);
    expect(involvesIs("Civilians")).toBe(false);
  });
});
