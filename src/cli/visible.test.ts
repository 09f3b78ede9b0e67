import { describe, expect, it } from "vitest";
import { visible, visibleErr } from "./visible.ts";

describe("visible", () => {
  it("prints clear-screen, set-title, carriage return, C1 and bidi controls as visible escapes", () => {
    expect(visible("a\x1b[2Jb\x1b]0;pwned\x07c\rd\u009b1m\u202ee")).toBe("a\\u001b[2Jb\\u001b]0;pwned\\u0007c\\u000dd\\u009b1m\\u202ee");
  });

  it("keeps newlines and ordinary text, and keeps JSON output JSON with the same values", () => {
    expect(visible("Aleppo\nDa’esh – ٢٠١٧")).toBe("Aleppo\nDa’esh – ٢٠١٧");
    const json = JSON.stringify({ file: "x\u009b\u202e.csv" }, null, 2);
    expect(JSON.parse(visible(json))).toEqual({ file: "x\u009b\u202e.csv" });
  });

  it("leaves the CLI's own progress bar its carriage return and erase-line", () => {
    expect(visibleErr("\rfile [###] 10%")).toBe("\rfile [###] 10%");
    expect(visibleErr("\r\x1b[2K")).toBe("\r\x1b[2K");
    expect(visibleErr("error: \x1b[2J")).toBe("error: \\u001b[2J");
  });
});
