import { describe, expect, it } from "vitest";
import { DuckDBInstance } from "@duckdb/node-api";
import { chArray } from "./export.ts";

describe("chArray", () => {
  it("writes a list as a ClickHouse array literal, escaping quotes and backslashes, and an empty list as []", async () => {
    const db = await DuckDBInstance.create(":memory:");
    const c = await db.connect();
    const r = await c.runAndReadAll(`SELECT ${chArray("l")} AS a FROM (VALUES (['is', 'al-qa''ida', 'back\\slash']), ([]::VARCHAR[])) t(l)`);
    expect(r.getRowObjectsJS().map((x) => x.a)).toEqual(["['is','al-qa\\'ida','back\\\\slash']", "[]"]);
    c.closeSync();
    db.closeSync();
  });
});
