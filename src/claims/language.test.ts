import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { detectLanguage } from "./language.ts";

describe("detectLanguage", () => {
  it.each([
    ["Vorig jaar waren dat er 121 in totaal.", "nl"],
    ["Het aantal aanslagen is verdubbeld.", "nl"],
    ["IS claimed 153 attacks in both countries.", "en"],
    ["Im Irak gab es 2025 bisher nur vier Angriffe.", "de"],
    ["Elle aura mené en un an plus d’une centaine d’attaques.", "fr"],
    ["Selon l'ONU, les attaques ont triplé.", "fr"],
    ["Laut der UN stieg die Zahl der Anschläge.", "de"],
  ])("reads %s as %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
  it("answers one of the four languages for any text", () => {
    fc.assert(fc.property(fc.string(), (s) => ["nl", "en", "de", "fr"].includes(detectLanguage(s))), { numRuns: 200 });
  });
});
