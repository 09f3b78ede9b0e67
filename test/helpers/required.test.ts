import { describe, expect, it } from "vitest";
import { isCi, onPath, skipUnlessCi } from "./required.ts";

describe("skipUnlessCi", () => {
  it("gives the reason to skip outside CI, naming the fix", () => {
    expect(skipUnlessCi("no pdftoppm", "apt-get install poppler-utils", {})).toBe("no pdftoppm (apt-get install poppler-utils; under CI this fails)");
  });
  it("throws under CI, saying what is missing and how to fix it", () => {
    expect(() => skipUnlessCi("no pdftoppm", "apt-get install poppler-utils", { CI: "true" })).toThrow(/^CI is set and no pdftoppm: .*apt-get install poppler-utils$/);
  });
  it("takes CI=false, CI=0 and an empty CI as not CI", () => {
    expect([{ CI: "true" }, { CI: "1" }, { CI: "false" }, { CI: "0" }, { CI: "" }, {}].map((env) => isCi(env))).toEqual([true, true, false, false, false, false]);
  });
});

describe("onPath", () => {
  it("finds an executable on PATH and nothing on an empty PATH", () => {
    expect(onPath("node", { PATH: process.env.PATH })).toMatch(/node$/);
    expect(onPath("node", { PATH: "" })).toBeUndefined();
  });
});
