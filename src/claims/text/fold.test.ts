import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fold } from "./fold.ts";

describe("fold", () => {
  it("removes accents and lower-cases", () => {
    expect(fold("Syrië État Türkei NIGÉRIA")).toBe("syrie etat turkei nigeria");
  });
  it("straightens quotes and dashes and turns narrow spaces into spaces", () => {
    expect(fold("l’État « x » 18\u202f500 a–b")).toBe("l'etat \" x \" 18 500 a-b");
  });
  it("keeps ß as one character so offsets stay aligned", () => {
    expect(fold("dreißig")).toBe("dreißig");
  });
  it("always returns a string of the same length", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => fold(s).length === s.length));
  });
});
