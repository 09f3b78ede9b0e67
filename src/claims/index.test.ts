import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as api from "./index.ts";
import { Claim, extractClaims } from "./index.ts";

const WORDS = [
  "IS", "ISIS", "Boko Haram", "al-Shabaab", "Daech", "de", "het", "the", "der", "la", "in", "im", "en", "au", "aanslagen", "attacks",
  "Anschläge", "attaques", "doden", "killed", "getötet", "morts", "153", "1.400", "1,400", "18 500", "2,7", "meer dan", "more than",
  "gut", "plus de", "honderddrieënvijftig", "trente-neuf", "dreiundzwanzig", "vorig jaar", "last year", "im vergangenen Jahr",
  "l'an dernier", "since January", "2025 bisher", "depuis le début de l'année", "Syrië", "Iraq", "Syrien", "Nigéria", "verdubbeld",
  "tripled", "um ein Drittel", "triplé", "55%", "60 Prozent", "aldus de VN", "according to CENTCOM", "laut", "selon l'ONU", ",", ".",
  "per maand", "par mois", "Q2 2020", "tussen halfweg 2019 en halfweg 2020", "dan", "than", "als", "que", "opgeëist", "claimed",
];

const published = fc.option(
  fc.oneof(
    fc.integer({ min: 1990, max: 2030 }).map(String),
    fc.date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 7)),
  ),
  { nil: undefined },
);

function wellFormed(text: string, claims: api.Claim[]): boolean {
  return claims.every(
    (c) =>
      Claim.safeParse(c).success &&
      c.span[0] >= 0 && c.span[0] <= c.span[1] && c.span[1] <= text.length &&
      (c.period_start === null || c.period_end === null || c.period_start <= c.period_end),
  );
}

describe("extractClaims on any input", () => {
  it("never throws on random text, and every claim is well formed", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), published, fc.constantFrom("auto", "nl", "en", "de", "fr" as const), (text, pub, lang) =>
        wellFormed(text, extractClaims(text, { lang, published: pub })),
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on random sentences made of claim words, and every claim is well formed", () => {
    const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(sentence, published, fc.constantFrom("auto", "nl", "en", "de", "fr" as const), (text, pub, lang) =>
        wellFormed(text, extractClaims(text, { lang, published: pub })),
      ),
      { numRuns: 500 },
    );
  });
});

describe("extractClaims on words that name object properties", () => {
  it("never reads 'constructor' or 'toString' as a qualifier or number", () => {
    for (const lang of ["nl", "en", "de", "fr"] as const) {
      const claims = extractClaims("constructor 100 attacks toString 5 aanslagen valueOf 3 Anschläge hasOwnProperty 4 attaques in 2020", { lang, published: "2024" });
      expect(claims.every((c) => c.qualifier === null || typeof c.qualifier === "string")).toBe(true);
    }
  });
});

describe("the public API of claims", () => {
  it("exports exactly these names", () => {
    expect(Object.keys(api).sort()).toEqual([
      "Claim", "ClaimType", "Comparison", "ExtractOptions", "LANGS", "QualifierSchema", "detectLanguage", "extractClaims",
    ]);
  });
});
