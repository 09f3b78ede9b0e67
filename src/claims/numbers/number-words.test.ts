import { describe, expect, it } from "vitest";
import { approxNounValue, parseNumberWords } from "./number-words.ts";

const w = (s: string): string[] => s.split(" ");

describe("parseNumberWords in Dutch", () => {
  it.each([
    ["drie", 3], ["twaalf", 12], ["eenentwintig", 21], ["drieenvijftig", 53], ["honderd", 100],
    ["honderddrieenvijftig", 153], ["vierhonderdtwintig", 420], ["tweehonderd", 200], ["duizend", 1000],
    ["tweeduizenddriehonderdvijf", 2305], ["tienduizend", 10000], ["twee miljoen", 2e6], ["negenennegentig", 99],
  ])("reads %s as %d", (text, value) => {
    expect(parseNumberWords("nl", w(text))).toBe(value);
  });
  it("rejects words that only look like numbers", () => {
    expect(parseNumberWords("nl", ["twintigtwintig"])).toBeUndefined();
    expect(parseNumberWords("nl", ["eenheid"])).toBeUndefined();
    expect(parseNumberWords("nl", ["een"])).toBeUndefined();
  });
});

describe("parseNumberWords in German", () => {
  it.each([
    ["vier", 4], ["zwolf", 12], ["dreiundzwanzig", 23], ["einundzwanzig", 21], ["dreißig", 30], ["dreissig", 30],
    ["hundertdreiundfunfzig", 153], ["zweihundert", 200], ["einhundert", 100], ["zweitausendfunfhundert", 2500],
    ["zwei millionen", 2e6], ["neunundneunzig", 99],
  ])("reads %s as %d", (text, value) => {
    expect(parseNumberWords("de", w(text))).toBe(value);
  });
  it("does not read a lone article as one", () => {
    expect(parseNumberWords("de", ["ein"])).toBeUndefined();
  });
});

describe("parseNumberWords in English", () => {
  it.each([
    ["three", 3], ["fifty-three", 53], ["one hundred and fifty-three", 153], ["a hundred", 100],
    ["two thousand five hundred", 2500], ["twelve hundred", 1200], ["ninety nine", 99], ["a thousand", 1000],
  ])("reads %s as %d", (text, value) => {
    expect(parseNumberWords("en", w(text))).toBe(value);
  });
  it("rejects ill-formed sequences", () => {
    expect(parseNumberWords("en", w("three four"))).toBeUndefined();
    expect(parseNumberWords("en", w("a"))).toBeUndefined();
    expect(parseNumberWords("en", w("hundred hundred"))).toBeUndefined();
  });
});

describe("parseNumberWords in French", () => {
  it.each([
    ["trente-neuf", 39], ["vingt et un", 21], ["soixante et onze", 71], ["soixante-dix", 70], ["soixante-dix-sept", 77],
    ["quatre-vingts", 80], ["quatre-vingt-onze", 91], ["quatre-vingt-dix-sept", 97], ["dix-huit", 18], ["deux cents", 200],
    ["cent trois", 103], ["mille deux cents", 1200], ["deux mille", 2000], ["trois millions", 3e6],
  ])("reads %s as %d", (text, value) => {
    expect(parseNumberWords("fr", w(text))).toBe(value);
  });
  it("does not read a lone article as one", () => {
    expect(parseNumberWords("fr", ["une"])).toBeUndefined();
  });
});

describe("approxNounValue", () => {
  it("knows approximate nouns in each language", () => {
    expect(approxNounValue("fr", "centaine")).toBe(100);
    expect(approxNounValue("nl", "tiental")).toBe(10);
    expect(approxNounValue("en", "dozen")).toBe(12);
    expect(approxNounValue("de", "dutzend")).toBe(12);
  });
});
