import { describe, expect, it } from "vitest";
import { resolveConfig } from "./config.ts";

describe("resolveConfig", () => {
  it("defaults to the embedded DuckDB file", () => {
    expect(resolveConfig({}, {}).db).toBe("./data/resurgence.duckdb");
  });
  it("takes RESURGENCE_DB from the environment and lets --db win over it", () => {
    expect(resolveConfig({}, { RESURGENCE_DB: "/tmp/x.duckdb" }).db).toBe("/tmp/x.duckdb");
    expect(resolveConfig({ db: "/tmp/y.duckdb" }, { RESURGENCE_DB: "/tmp/x.duckdb" }).db).toBe("/tmp/y.duckdb");
  });
  it("merges actor files from the environment and flags", () => {
    expect(resolveConfig({ actors: ["b.json"] }, { RESURGENCE_ACTORS: "a.json" }).actorFiles).toEqual(["a.json", "b.json"]);
  });
  it("has no API token unless one is set", () => {
    expect(resolveConfig({}, {}).apiToken).toBeUndefined();
  });
});
