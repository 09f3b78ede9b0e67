/**
 * Property tests of extractClaims on text it was not written for: random characters (scripts, digits with
 * every separator, huge numbers, punctuation), and random mixes of the real vocabulary the extractor knows (the
 * actor registry's names, calendar words, kill and claim cues, figures in digits and words) in all four
 * languages. No exception escapes, every claim is a valid Claim, its span lies inside the text, and every
 * period runs forward.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import registry from "../actors/registry.json" with { type: "json" };
import { Claim, extractClaims } from "./index.ts";
import { VOCAB } from "./periods/vocab.ts";

const LANGS = ["auto", "nl", "en", "de", "fr"] as const;

function wellFormed(text: string, claims: Claim[]): void {
  for (const c of claims) {
    expect(Claim.safeParse(c).success).toBe(true);
    expect(c.span[0]).toBeGreaterThanOrEqual(0);
    expect(c.span[0]).toBeLessThanOrEqual(c.span[1]);
    expect(c.span[1]).toBeLessThanOrEqual(text.length);
    if (c.period_start && c.period_end) expect(c.period_start <= c.period_end).toBe(true);
    if (c.comparison?.ref_period_start && c.comparison.ref_period_end) expect(c.comparison.ref_period_start <= c.comparison.ref_period_end).toBe(true);
    if (c.quantity !== null) expect(Number.isFinite(c.quantity)).toBe(true);
    for (const iso of c.countries) expect(iso).toMatch(/^[A-Z]{3}$/);
  }
}

const published = fc.option(
  fc.oneof(
    fc.integer({ min: 1946, max: 2030 }).map(String),
    fc.tuple(fc.integer({ min: 1946, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(
      ([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
    ),
  ),
  { nil: undefined },
);

const actorNames = (registry as { actors: Array<{ name: string; aliases?: string[] }> }).actors.flatMap((a) => [a.name, ...(a.aliases ?? [])]);
const calendar = Object.values(VOCAB).flatMap((v) => [...Object.keys(v.months), ...Object.keys(v.ordinals), ...Object.keys(v.units), ...Object.keys(v.yearRefs)]);
const cues = [
  "killed", "getötet", "tués", "gedood", "wounded", "claimed", "opgeëist", "revendiqué", "bekannte sich", "attacks", "aanslagen", "Anschläge",
  "attentats", "civilians", "burgers", "Zivilisten", "civils", "more than", "meer dan", "mehr als", "plus de", "nearly", "bijna", "fast", "près de",
  "doubled", "verdubbeld", "verdoppelt", "doublé", "per month", "per maand", "pro Monat", "par mois", "than", "dan", "als", "que", "according to",
  "aldus", "laut", "selon", "in", "im", "en", "au", "Syria", "Syrië", "Irak", "Nigéria", "Sahel", "H1", "Q3", "2024-H1", "first half", "eerste helft",
];
const figures = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map(String),
  fc.integer({ min: 1000, max: 9_999_999 }).map((n) => n.toLocaleString("en")),
  fc.integer({ min: 1000, max: 9_999_999 }).map((n) => n.toLocaleString("de")),
  fc.integer({ min: 1000, max: 9_999_999 }).map((n) => n.toLocaleString("fr")),
  fc.integer({ min: 0, max: 999 }).map((n) => `${n}%`),
  fc.constantFrom("153", "1.400", "2,7 miljoen", "honderddrieënvijftig", "trente-neuf", "einundzwanzig", "one hundred and fifty-three", "1e308", "99999999999999999999999", "0.5", "½"),
);
const token = fc.oneof(fc.constantFrom(...actorNames), fc.constantFrom(...calendar), fc.constantFrom(...cues), figures, fc.integer({ min: 1946, max: 2030 }).map(String), fc.constantFrom(",", ".", ";", "(", ")", "–", "..", "\n"));

describe("extractClaims on any input", () => {
  it("never throws on random characters, and every claim is well formed", () => {
    const unit = fc.oneof(
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
      fc.constantFrom("0", "1", "5", "9", ".", ",", " ", "\u00a0", "\u202f", "%", "-", "IS", "ISIS", "Syrië", "في", "العراق", "é", "ß", "\n"),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 120 }), published, fc.constantFrom(...LANGS), (text, pub, lang) => {
        wellFormed(text, extractClaims(text, { lang, published: pub }));
      }),
      { numRuns: 4000 },
    );
  });

  it("never throws on random mixes of the words it knows, and every claim is well formed", () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), fc.constantFrom(" ", " ", "  ", ""), published, fc.constantFrom(...LANGS), (tokens, sep, pub, lang) => {
        const text = tokens.join(sep);
        wellFormed(text, extractClaims(text, { lang, published: pub }));
      }),
      { numRuns: 6000 },
    );
  });
});
