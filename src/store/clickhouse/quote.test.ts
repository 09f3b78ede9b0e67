import { afterAll, describe, expect, it } from "vitest";
import { createClient } from "@clickhouse/client";
import { ident, int, isoDate, str, strArray, strList, uint } from "./quote.ts";
import { testCluster } from "../testing/test-cluster.ts";

const HOSTILE = [
  "",
  "plain",
  "it's",
  "''",
  "\\",
  "\\'",
  "back\\slash at end\\",
  "'; DROP TABLE events; --",
  "a\0b",
  "line\nbreak\r\nand\ttab",
  "\x01\x1f\x7f",
  "Islamitische Staat — الدولة الإسلامية 🏴 日本",
  "\u2028\u2029",
  "%s {name:String} ? $1",
  "`backtick` \"double\"",
];

describe("str", () => {
  it("escapes quotes, backslashes and control characters so none stays raw in the SQL text", () => {
    expect(str("it's")).toBe("'it\\'s'");
    expect(str("a\\b")).toBe("'a\\\\b'");
    expect(str("a\0b\nc")).toBe("'a\\0b\\nc'");
    expect(str("\x01")).toBe("'\\x01'");
    for (const s of HOSTILE) {
      // eslint-disable-next-line no-control-regex -- asserting that no control character survives quoting
      expect(str(s)).not.toMatch(/[\x00-\x1f\x7f]/);
      expect(str(s).slice(1, -1)).not.toMatch(/(^|[^\\])(\\\\)*'/);
    }
  });

  it("refuses a lone surrogate rather than letting it become U+FFFD on the wire", () => {
    expect(() => str("\ud800")).toThrow(/surrogate/);
    expect(str("🏴")).toBe("'🏴'");
  });
});

describe("the other literals", () => {
  it("quotes arrays and IN lists element by element", () => {
    expect(strArray([])).toBe("emptyArrayString()");
    expect(strArray(["is", "it's"])).toBe("['is', 'it\\'s']");
    expect(strList(["SYR", "IRQ"])).toBe("('SYR', 'IRQ')");
    expect(() => strList([])).toThrow();
  });

  it("accepts only safe whole numbers, ISO dates and plain identifiers", () => {
    expect(int(-3)).toBe("-3");
    expect(uint(10)).toBe("10");
    expect(() => uint(-1)).toThrow();
    expect(() => int(1.5)).toThrow();
    expect(() => int(Number.NaN)).toThrow();
    expect(isoDate("2024-01-31")).toBe("'2024-01-31'");
    expect(() => isoDate("2024-01-31' OR 1=1")).toThrow();
    expect(ident("events_local")).toBe("events_local");
    for (const bad of ["", "1abc", "a-b", "a b", "x;DROP", "`x`", "a".repeat(64)]) expect(() => ident(bad)).toThrow();
  });
});

const cluster = testCluster();
afterAll(() => {
  if (!("skip" in cluster)) cluster.stop();
});

describe.skipIf("skip" in cluster)("str on a real ClickHouse server", () => {
  it("round-trips every hostile string unchanged, alone and inside arrays", async () => {
    if ("skip" in cluster) return;
    const port = /:(\d+)\//.exec(cluster.single("x"))![1];
    const client = createClient({ url: `http://127.0.0.1:${port}` });
    try {
      for (const s of HOSTILE) {
        const rs = await client.query({ query: `SELECT ${str(s)} AS v, length(${str(s)}) AS n, ${strArray([s, "x"])} AS a`, format: "JSONEachRow" });
        const [row] = await rs.json<{ v: string; n: string; a: string[] }>();
        expect(row?.v).toBe(s);
        expect(Number(row?.n)).toBe(Buffer.byteLength(s, "utf8"));
        expect(row?.a).toEqual([s, "x"]);
      }
      const rs = await client.query({ query: `SELECT count() AS n FROM system.one WHERE ${str("'; DROP TABLE events; --")} IN ${strList(["a", "'; DROP TABLE events; --"])}`, format: "JSONEachRow" });
      expect(await rs.json()).toEqual([{ n: "1" }]);
    } finally {
      await client.close();
    }
  });
});
