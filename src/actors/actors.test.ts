import { describe, expect, it } from "vitest";
import { actorName, bundledRegistry, findActorMentions, loadRegistry, nameOfId, resolveActor, resolveName, resolveSide, writtenName } from "./index.ts";
import { writeFileSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

describe("resolveActor", () => {
  it.each([
    "IS", "ISIS", "ISIL", "Daesh", "Da'esh", "Da’esh", "Islamic State", "Islamic State of Iraq and the Levant",
    "Islamitische Staat", "Islamischer Staat", "État islamique", "Etat islamique", "داعش", "daesh",
  ])("resolves %s to the Islamic State", (alias) => {
    expect(resolveActor(alias)?.id).toBe("is");
  });

  it("resolves predecessors to the same organisation and says which name matched", () => {
    const r = resolveName(bundledRegistry(), "al-Qaida in Iraq");
    expect(r.id).toBe("is");
    expect(r.predecessor).toBe("al-Qaida in Iraq");
    expect(resolveActor("Islamic State of Iraq")?.id).toBe("is");
  });

  it("keeps affiliates as children of the Islamic State", () => {
    expect(resolveActor("ISKP")?.parent).toBe("is");
    expect(resolveActor("ISWAP")?.parent).toBe("is");
    expect(bundledRegistry().withDescendants("is")).toEqual(expect.arrayContaining(["is", "is-khorasan", "is-west-africa", "is-sahel"]));
  });

  it("returns nothing for a name it does not know", () => {
    expect(resolveActor("Fatah Halab")).toBeUndefined();
  });
});

describe("resolveSide", () => {
  const reg = bundledRegistry();
  it("splits a UCDP coalition into its members", () => {
    expect(resolveSide(reg, "Ahrar al-Sham, HTS, Southern Front")).toEqual(["ahrar-al-sham", "hts", "southern-front"]);
  });
  it("gives governments a state id and unknown groups their slug", () => {
    expect(resolveSide(reg, "Government of Syria")).toEqual(["gov-syria"]);
    expect(resolveSide(reg, "Fatah Halab, Jabhat Fateh al-Sham")).toEqual(["fatah-halab", "hts"]);
  });
  it("maps UCDP's unattributed placeholders to one id", () => {
    expect(resolveSide(reg, "XXX652")).toEqual(["unattributed"]);
  });
  it("returns no ids for an empty side", () => {
    expect(resolveSide(reg, "")).toEqual([]);
    expect(resolveSide(reg, null)).toEqual([]);
  });
});

describe("findActorMentions", () => {
  it("finds IS in Dutch text but not the English verb is", () => {
    const nl = findActorMentions("Terreurgroep Islamitische Staat (IS) heeft in de eerste helft van 2024 al meer aanslagen gepleegd.");
    expect(nl.map((m) => [m.actorId, m.mention])).toEqual([["is", "Islamitische Staat"], ["is", "IS"]]);
    expect(findActorMentions("This is what it is.")).toEqual([]);
  });
  it("matches accented and unaccented French forms and returns exact spans", () => {
    const text = "Selon l'ONU, l'Etat islamique et l’État islamique au Khorasan ont frappé.";
    const ms = findActorMentions(text);
    expect(ms.map((m) => m.actorId)).toEqual(["is", "is-khorasan"]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.mention);
  });
});

describe("loadRegistry", () => {
  it("merges a user file: new actors and extra aliases for known ones", () => {
    const dir = mkdtempSync(join(tmpdir(), "reg-"));
    const file = join(dir, "extra.json");
    writeFileSync(file, JSON.stringify({ actors: [
      { id: "is", name: "Islamic State", kind: "armed_group", aliases: ["Tanzim ad-Dawla"] },
      { id: "fatah-halab", name: "Fatah Halab", kind: "armed_group", aliases: ["Aleppo Conquest"] },
    ] }));
    const reg = loadRegistry([file]);
    expect(reg.lookup("Tanzim ad-Dawla")?.actor.id).toBe("is");
    expect(reg.lookup("ISIL")?.actor.id).toBe("is");
    expect(reg.lookup("Aleppo Conquest")?.actor.id).toBe("fatah-halab");
  });
  it("refuses an invalid file with the file named", () => {
    const dir = mkdtempSync(join(tmpdir(), "reg-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ actors: [{ id: "Bad Id", name: "x", kind: "armed_group" }] }));
    expect(() => loadRegistry([file])).toThrow(/actor registry is not valid: actors\.0\.id/);
  });
});

describe("resolveName with dataset spellings", () => {
  it.each([
    ["ISLAMIC STATE", "is"], ["Islamic State of Iraq and the Levant (ISIL)", "is"], ["Khorasan Chapter of the Islamic State", "is-khorasan"],
    ["Islamic State (West Africa)", "is-west-africa"], ["Sinai Province of the Islamic State", "is-sinai"], ["Hayat Tahrir al-Sham (Syria)", "hts"],
  ])("resolves %s to %s", (name, id) => {
    expect(resolveName(bundledRegistry(), name).id).toBe(id);
  });
});

describe("actorName", () => {
  it("names an actor in Dutch where the registry has a Dutch name, and by its name otherwise", () => {
    const is = resolveActor("IS")!;
    expect([actorName(is, "nl"), actorName(is, "en")]).toEqual(["Islamitische Staat", "Islamic State"]);
    expect(actorName(resolveActor("Hamas")!, "nl")).toBe("Hamas");
  });

  it("is the name resolveName gives for a reader of that language, by any alias, bracketed or not", () => {
    const registry = bundledRegistry();
    for (const alias of ["Daesh", "IS (Syria)"]) expect(resolveName(registry, alias, "nl")).toMatchObject({ id: "is", name: "Islamitische Staat", known: true });
    expect(resolveName(registry, "Daesh").name).toBe("Islamic State");
    expect(resolveName(registry, "PUK", "nl")).toMatchObject({ name: "PUK", known: false });
  });
});

describe("writtenName", () => {
  it("finds the member of a side that resolves to an unknown actor's id, coalitions split as UCDP writes them", () => {
    const registry = bundledRegistry();
    expect(writtenName(registry, "fatah-halab", ["Government of Syria", "Fatah Halab, Ahrar al-Sham"])).toBe("Fatah Halab");
    expect(writtenName(registry, "jaysh-al-nasr", [null, "Jaysh al Nasr"])).toBe("Jaysh al Nasr");
    expect(writtenName(registry, "fatah-halab", ["Government of Syria", "IS"])).toBeUndefined();
  });
});

describe("nameOfId for a government the registry lacks", () => {
  it("names it by its country in the reader's language, and as UCDP writes it in English", () => {
    const registry = bundledRegistry();
    expect(nameOfId(registry, "gov-iraq", "en")).toBe("Government of Iraq");
    expect(nameOfId(registry, "gov-iraq", "nl")).toBe("Regering van Irak");
    expect(nameOfId(registry, "gov-syria", "nl")).toBe("Regering van Syrië");
    // A country the id's words do not name stays as written.
    expect(nameOfId(registry, "gov-atlantis", "nl")).toBe("Regering van Atlantis");
  });
});
