import { describe, expect, it } from "vitest";
import { actorIdOf, affiliate, findActors } from "./actors.ts";

describe("findActors", () => {
  it("finds named groups in each language", () => {
    expect(findActors("Terreurgroep Islamitische Staat (IS) pleegde").map((a) => a.actorId)).toEqual(["is", "is"]);
    expect(findActors("l’État islamique et Daesh").map((a) => a.actorId)).toEqual(["is", "is"]);
    expect(findActors("Boko Haram und al-Shabaab").map((a) => a.actorId)).toEqual(["boko-haram", "al-shabaab"]);
  });
  it("marks a group named as a target", () => {
    expect(findActors("operations have been carried out against the PKK")[0]?.target).toBe(true);
    expect(findActors("the PKK planned 965 attacks")[0]?.target).toBe(false);
  });
  it("finds generic jihadist mentions", () => {
    expect(findActors("drie jihadistische aanvallen")[0]).toMatchObject({ actorId: "jihadists", generic: true });
  });
  it("ignores non-combatant registry entries such as civilians", () => {
    expect(findActors("Zivilisten wurden getötet")).toEqual([]);
  });
});

describe("affiliate", () => {
  it("reads IS in Afghanistan as IS Khorasan", () => {
    expect(affiliate("is", ["AFG"])?.name).toBe("Islamic State Khorasan Province");
    expect(affiliate("is", ["SYR", "IRQ"])).toBeUndefined();
  });
});

describe("actorIdOf", () => {
  it("resolves gold names through the registry", () => {
    expect(actorIdOf("Islamic State")).toBe("is");
    expect(actorIdOf("PKK")).toBe("pkk");
  });
});
