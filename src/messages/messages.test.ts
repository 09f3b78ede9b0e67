/** The catalogue: Dutch has every English message (the type says so) and none of them left in English. */
import { describe, expect, it } from "vitest";
import { messages } from "./index.ts";

type Leaf = string | ((...args: never[]) => string);

/** Every message as text: strings as they are, functions called with sample arguments. */
function leaves(node: unknown, path = ""): Array<[string, string]> {
  if (typeof node === "string") return [[path, node]];
  if (typeof node === "function") return [[path, (node as (...a: unknown[]) => string)("A", "B", "C", "D", "E", "F")]];
  return Object.entries(node as Record<string, Leaf>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe("messages", () => {
  it("has the same messages in Dutch as in English", () => {
    expect(leaves(messages("nl")).map(([k]) => k)).toEqual(leaves(messages("en")).map(([k]) => k));
  });

  it("leaves no English message untranslated in Dutch", () => {
    const en = new Map(leaves(messages("en")));
    const same = leaves(messages("nl")).filter(([k, v]) => en.get(k) === v);
    expect(same).toEqual([]);
  });
});
