import { describe, expect, it } from "vitest";
import { bundledRegistry } from "../actors/index.ts";
import { NotFoundError } from "../errors.ts";
import { resolveActor } from "./scope.ts";

describe("resolveActor", () => {
  const registry = bundledRegistry();

  it("refuses a mistyped name with the name meant, instead of counting zeros", () => {
    expect(() => resolveActor(registry, "Daesch")).toThrow(NotFoundError);
    expect(() => resolveActor(registry, "Daesch")).toThrow('no actor in the registry is called "Daesch"; did you mean "Daesh"?');
  });

  it("never matches by pattern: a name that only slugs to an actor's id is refused", () => {
    for (const name of ["IS%", "IS_", "is*"]) expect(() => resolveActor(registry, name), name).toThrow('did you mean "IS"?');
  });

  it("resolves aliases exactly and still counts a group the registry does not list, with a warning", () => {
    expect(resolveActor(registry, "Daesh").actor.id).toBe("is");
    const other = resolveActor(registry, "Fatah Halab");
    expect(other.actor).toMatchObject({ id: "fatah-halab", known: false });
    expect(other.warnings[0]).toContain("not in the actor registry");
  });
});
