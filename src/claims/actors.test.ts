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

describe("findActors: an affiliate named by its region after the parent's name", () => {
  it.each<[string, string]>([
    ["De Islamitische Staat in de Grote Sahara viel het konvooi aan.", "is-sahel"],
    ["IS-Westafrika überfiel das Lager bei Monguno.", "is-west-africa"],
    ["Der Islamische Staat Provinz Westafrika überfiel das Lager.", "is-west-africa"],
    ["L'État islamique au Sahel a attaqué le convoi.", "is-sahel"],
    ["L'EI au Khorassan a frappé la mosquée.", "is-khorasan"],
    ["The Islamic State's Sahel Province ambushed the convoy.", "is-sahel"],
  ])("%s", (text, id) => {
    expect(findActors(text)[0]?.actorId).toBe(id);
  });
  it("leaves the parent when no affiliate region follows", () => {
    expect(findActors("L'État islamique au Levant a attaqué le convoi.")[0]?.actorId).toBe("is");
  });
});

describe("findActors: a group others are linked to does not act", () => {
  it.each<string>([
    "Groeperingen die gelinkt zijn aan IS vielen het dorp aan.",
    "Les groupes se réclamant de l'État islamique ont attaqué le village.",
    "Militias that pledged allegiance to ISIS attacked the village.",
    "Gruppen mit Verbindungen zum IS griffen das Dorf an.",
  ])("%s", (text) => {
    expect(findActors(text).filter((a) => !a.generic).every((a) => a.target)).toBe(true);
  });
  it("extends to a second group listed with a preposition ('et à l'EI')", () => {
    const hits = findActors("Les djihadistes affiliés à Al-Qaïda et à l'EI ont tué des civils.").filter((a) => !a.generic);
    expect(hits.map((a) => a.target)).toEqual([true, true]);
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

describe("findActors: a regional branch of IS and title-cased acronyms", () => {
  it.each<[string, string]>([
    ["La branche sahélienne de l'EI a attaqué le convoi.", "is-sahel"],
    ["De West-Afrikaanse tak van IS viel het kamp aan.", "is-west-africa"],
    ["The West African branch of ISIS raided the camp.", "is-west-africa"],
    ["Der westafrikanische Ableger des IS überfiel das Lager.", "is-west-africa"],
    ["Le Jnim a revendiqué l'embuscade.", "jnim"],
    ["Der afghanische IS-Ableger verübte den Anschlag.", "is-khorasan"],
    ["The Islamic State's Afghan affiliate carried out the bombing.", "is-khorasan"],
    ["De Afghaanse tak van IS pleegde de aanslag.", "is-khorasan"],
  ])("%s", (text, id) => {
    expect(findActors(text)[0]?.actorId).toBe(id);
  });
  it("keeps two-letter acronyms exact: 'Is' is no group", () => {
    expect(findActors("Is het waar dat de aanval mislukte?")).toEqual([]);
  });
});
