import { describe, expect, it } from "vitest";
import { apiTokenFrom, resolveConfig } from "./config.ts";
import { formatError, UsageError } from "./errors.ts";

describe("resolveConfig", () => {
  it("defaults to the embedded DuckDB file", () => {
    expect(resolveConfig({}, {}).db).toBe("./data/resurgence.duckdb");
  });
  it("takes RESURGENCE_DB from the environment and lets --db win over it", () => {
    expect(resolveConfig({}, { RESURGENCE_DB: "/tmp/x.duckdb" }).db).toBe("/tmp/x.duckdb");
    expect(resolveConfig({ db: "/tmp/y.duckdb" }, { RESURGENCE_DB: "/tmp/x.duckdb" }).db).toBe("/tmp/y.duckdb");
  });
  it("takes an empty RESURGENCE_DB as unset", () => {
    expect(resolveConfig({}, { RESURGENCE_DB: "" }).db).toBe("./data/resurgence.duckdb");
  });
  it("refuses an empty --db with a usage error (exit 2) naming the setting", () => {
    expect(() => resolveConfig({ db: "" }, {})).toThrow(UsageError);
    expect(() => resolveConfig({ db: "" }, {})).toThrow(/invalid configuration: db:/);
  });
  it("merges actor files from the environment and flags", () => {
    expect(resolveConfig({ actors: ["b.json"] }, { RESURGENCE_ACTORS: "a.json" }).actorFiles).toEqual(["a.json", "b.json"]);
  });
  it("has no API token unless one is set", () => {
    expect(resolveConfig({}, {}).apiToken).toBeUndefined();
    expect(resolveConfig({}, { RESURGENCE_API_TOKEN: "" }).apiToken).toBeUndefined();
  });
  it("does not fail on a short API token: only the commands that use the token check it", () => {
    expect(resolveConfig({}, { RESURGENCE_API_TOKEN: "short" }).apiToken).toBe("short");
  });
  it("takes the store's memory limit from RESURGENCE_MEMORY_LIMIT, and refuses one that is no size in one line", () => {
    expect(resolveConfig({}, {}).memoryLimit).toBeUndefined();
    expect(resolveConfig({}, { RESURGENCE_MEMORY_LIMIT: "2GB" }).memoryLimit).toBe("2GB");
    const bad = (() => {
      try {
        resolveConfig({}, { RESURGENCE_MEMORY_LIMIT: "lots" });
      } catch (e) {
        return e;
      }
    })();
    expect(bad).toBeInstanceOf(UsageError);
    expect(formatError(bad as UsageError)).toMatch(/^error: invalid configuration: RESURGENCE_MEMORY_LIMIT: must be a size such as "2GB"/);
    // One line, then its hint on the next.
    expect(formatError(bad as UsageError)).toMatch(/unset it for a quarter of the machine's memory/);
  });
});

describe("apiTokenFrom", () => {
  const token = (t?: string) => apiTokenFrom(resolveConfig({}, { RESURGENCE_API_TOKEN: t }));

  it("answers no token when none is set, and a token of 16 characters or more as given", () => {
    expect(token(undefined)).toBeUndefined();
    expect(token("0123456789abcdef")).toBe("0123456789abcdef");
  });

  it("refuses a short token with one line naming the variable, its length and the fix, and exit code 2", () => {
    const e = (() => {
      try {
        token("short");
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).exitCode).toBe(2);
    const line = formatError(e as UsageError);
    expect(line).toBe("error: RESURGENCE_API_TOKEN is 5 characters; it must be at least 16 (set a longer token, or unset it to refuse writes)");
    expect(line).not.toContain("short");
  });

  it("refuses a token with whitespace, which no Authorization header can carry", () => {
    expect(() => token("0123456789 abcdef")).toThrow(/RESURGENCE_API_TOKEN contains whitespace/);
  });
});
