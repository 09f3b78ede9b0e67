import { describe, expect, it } from "vitest";
import { assignFolds, outletKey } from "./folds.ts";

describe("assignFolds", () => {
  it("keeps an outlet's cases in one fold, whatever its parenthetical note", () => {
    expect(outletKey("Gazette (syndicated copy)")).toBe(outletKey("gazette"));
    const folds = assignFolds([{ id: "a", outlet: "Gazette (copy)" }, { id: "b", outlet: "Herald" }, { id: "c", outlet: "Gazette" }], 2);
    expect(folds.get("a")).toBe(folds.get("c"));
    expect(folds.get("b")).not.toBe(folds.get("a"));
  });

  it("balances folds by cases, biggest outlets first, and does not depend on input order", () => {
    const cases = ["x", "x", "x", "y", "y", "z", "w"].map((outlet, i) => ({ id: `c${i}`, outlet }));
    const a = assignFolds(cases, 3);
    const b = assignFolds([...cases].reverse(), 3);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    const sizes = [1, 2, 3].map((f) => [...a.values()].filter((v) => v === f).length);
    expect(sizes.sort()).toEqual([2, 2, 3]);
  });
});
