import { createReadStream, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DuckDBInstance } from "@duckdb/node-api";
import { chArray, makePipe, releasePipe, tsvText } from "./export.ts";

async function duck() {
  const db = await DuckDBInstance.create(":memory:");
  return db.connect();
}

describe("chArray and tsvText", () => {
  it("write a list as a ClickHouse array literal and a text as a TabSeparated field, escaped", async () => {
    const c = await duck();
    const r = await c.runAndReadAll(`SELECT ${chArray("l")} AS a FROM (VALUES (['is', 'al-qa''ida', 'back\\slash']), ([]::VARCHAR[])) t(l)`);
    expect(r.getRowObjectsJS().map((x) => x.a)).toEqual(["['is','al-qa\\'ida','back\\\\slash']", "[]"]);
    const t = await c.runAndReadAll(`SELECT ${tsvText("s")} AS s FROM (VALUES ('a' || chr(9) || 'b' || chr(10) || 'c' || chr(13) || '\\N'), (NULL)) t(s)`);
    expect(t.getRowObjectsJS().map((x) => x.s)).toEqual(["a\\tb\\nc\\r\\\\N", null]);
  });
});

describe("the export pipe", () => {
  const text = async (path: string) => {
    let s = "";
    for await (const p of createReadStream(path)) s += String(p);
    return s;
  };

  it("carries a COPY's text to its reader, and a failed COPY's reader is let go with nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pipe-"));
    const c = await duck();
    const good = join(dir, "good.tsv");
    makePipe(good);
    const [read] = await Promise.all([text(good), c.run(`COPY (SELECT range AS i FROM range(3)) TO '${good}' (FORMAT csv, HEADER false, USE_TMP_FILE false)`)]);
    expect(read).toBe("0\n1\n2\n");

    const bad = join(dir, "bad.tsv");
    makePipe(bad);
    const reading = text(bad);
    await expect(c.run(`COPY (SELECT no_such_column FROM range(3)) TO '${bad}' (FORMAT csv)`)).rejects.toThrow(/no_such_column/);
    await releasePipe(bad);
    expect(await reading).toBe("");
  });
});
