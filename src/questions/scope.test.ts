import { describe, expect, it } from "vitest";
import { bundledRegistry } from "../actors/index.ts";
import { NotFoundError } from "../errors.ts";
import { sayError } from "../messages/words.ts";
import { resolveActor } from "./scope.ts";

/** A store whose events name these actor ids. */
const storeWith = (...ids: string[]) => ({
  actorCounts: async () => ids.map((actor_id) => ({ actor_id, country_iso3: "IRQ", events: 10, example_id: `ucdp-ged:${actor_id}` })),
});

describe("resolveActor", () => {
  const registry = bundledRegistry();
  const empty = storeWith();

  it("refuses a mistyped name with the name meant, instead of counting zeros", async () => {
    await expect(resolveActor(registry, "Daesch", empty)).rejects.toThrow(NotFoundError);
    await expect(resolveActor(registry, "Daesch", empty)).rejects.toThrow('no actor in the registry is called "Daesch"; did you mean "Daesh"?');
  });

  it("never matches by pattern: a name that only slugs to an actor's id is refused, even with its events in the store", async () => {
    for (const name of ["IS%", "IS_", "is*"]) await expect(resolveActor(registry, name, storeWith("is")), name).rejects.toThrow('did you mean "IS"?');
  });

  it("counts a group the registry lacks but the store holds, though its name is one slip from another's", async () => {
    const puk = await resolveActor(registry, "PUK", storeWith("puk"));
    expect(puk.actor).toMatchObject({ id: "puk", known: false });
    expect(puk.warnings[0]).toContain("not in the actor registry");
    await expect(resolveActor(registry, "PUK", empty)).rejects.toThrow('did you mean "PKK"?');
  });

  it("names a known actor for the answer's reader, by any alias or its id, and an unknown one as written", async () => {
    for (const name of ["IS", "Daesh", "is"]) {
      expect((await resolveActor(registry, name, empty, "nl")).actor).toEqual({ id: "is", name: "Islamitische Staat", known: true });
      expect((await resolveActor(registry, name, empty, "en")).actor.name).toBe("Islamic State");
    }
    expect((await resolveActor(registry, "PUK", storeWith("puk"), "nl")).actor.name).toBe("PUK");
  });

  it("warns in the answer's language, and says the name meant in Dutch too", async () => {
    const puk = await resolveActor(registry, "PUK", storeWith("puk"), "nl");
    expect(puk.warnings).toEqual(['"PUK" staat niet in het actorregister; geteld worden gebeurtenissen waarvan een kant precies zo geschreven is (id puk)']);
    const e = await resolveActor(registry, "Daesch", empty).catch((x: unknown) => x as NotFoundError);
    expect(sayError(e as NotFoundError, "nl")).toEqual({
      message: 'geen actor in het register heet "Daesch"; bedoelde u "Daesh"?',
      hint: "namen moeten exact overeenkomen, nooit als patroon; voeg een eigen groep toe met --actors BESTAND",
    });
  });

  it("resolves aliases and ids exactly, and still counts a name far from every alias, with a warning", async () => {
    expect((await resolveActor(registry, "Daesh", empty)).actor.id).toBe("is");
    expect((await resolveActor(registry, "ahrar-al-sham", empty)).actor).toMatchObject({ id: "ahrar-al-sham", known: true });
    const other = await resolveActor(registry, "Fatah Halab", empty);
    expect(other.actor).toMatchObject({ id: "fatah-halab", known: false });
  });
});
