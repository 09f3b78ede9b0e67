/** The committed corpus is exactly what build.ts writes, its README states what the tests assert, and it is broad. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BAD } from "./bad-input.ts";
import { FORMATS } from "./corpus/formats.ts";
import { corpusFiles, KINDS } from "./corpus/kinds.ts";
import { readme } from "./corpus/readme.ts";

const REBUILD = "regenerate with: node --import tsx test/fixtures/bad/build.ts";

describe("the bad-input corpus", () => {
  const built = corpusFiles();

  it("holds exactly the files build.ts writes", () => {
    const onDisk = FORMATS.flatMap((f) => readdirSync(join(BAD, f)).map((n) => `${f}/${n}`)).sort();
    expect(onDisk, REBUILD).toEqual(built.map((f) => f.name).sort());
    for (const f of built) expect(readFileSync(join(BAD, f.name)).equals(f.bytes), `${f.name}: ${REBUILD}`).toBe(true);
  });

  it("has a README whose table is the outcomes the tests assert", () => {
    expect(readFileSync(join(BAD, "README.md"), "utf8"), REBUILD).toBe(readme());
  });

  it("covers more than 20 kinds, each in every format it applies to", () => {
    expect(KINDS.length).toBeGreaterThan(20);
    const perFormat = FORMATS.map((f) => new Set(built.filter((b) => b.format === f).map((b) => b.key.replace(/-(a|b)$/, ""))).size);
    for (const n of perFormat) expect(n).toBeGreaterThanOrEqual(20);
  });
});
