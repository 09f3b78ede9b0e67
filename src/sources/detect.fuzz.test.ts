/**
 * Property tests of layout detection: the header parser and the JSON key scanner against independent models
 * on many small inputs (pure functions), then detectLayout itself on real files: random bytes, shuffled
 * headers of every layout, the same with a required column gone.
 */
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../errors.ts";
import { parseHeaderLine } from "./head.ts";
import { allLayouts, detectLayout, type Layout } from "./index.ts";
import { firstRecordKeys } from "./json-keys.ts";

const LAYOUTS = allLayouts(new Date("2026-11-29T12:00:00Z"));
const KNOWN = new Set(LAYOUTS.flatMap((l) => [...l.required, ...l.signature.present, ...(l.signature.absent ?? []), ...(l.read.kind === "csv" ? (l.read.columns ?? []) : [])]));
const dir = mkdtempSync(join(tmpdir(), "detect-fuzz-"));
let n = 0;
const fileWith = (content: string | Uint8Array, ext: string) => {
  const f = join(dir, `f${n++}${ext}`);
  writeFileSync(f, content);
  return f;
};

/** Names as a header may hold them: any text but a line break, and without a leading byte-order mark. */
const name = fc.string({ unit: fc.oneof(fc.constantFrom(",", ";", "\t", '"', " ", "a", "Z", "_", "é", "\u00a0", "1"), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 12 }).filter((s) => !/[\r\n]/.test(s) && !s.startsWith("\uFEFF"));

/** RFC 4180 writing of one header (quoted when needed, sometimes when not). */
function writeHeader(names: string[], delim: string, quoteAll: boolean[]): string {
  return names.map((s, i) => (quoteAll[i] || s.includes(delim) || s.includes('"') || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s)).join(delim);
}

describe("parseHeaderLine", () => {
  it("reads back any header RFC 4180 writes, names trimmed", () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 8 }), fc.constantFrom(",", ";", "\t"), fc.array(fc.boolean(), { maxLength: 8 }), fc.boolean(), (names, delim, q, bom) => {
        const line = (bom ? "\uFEFF" : "") + writeHeader(names, delim, q);
        expect(parseHeaderLine(line, delim)).toEqual(names.map((s) => s.trim()));
      }),
      { numRuns: 8000 },
    );
  });

  it("never throws on any line and splits at every unquoted delimiter", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(",", '"', "a", " ", "\r"), maxLength: 30 }), (line) => {
        let quoted = false;
        let fields = 1;
        for (const ch of line) {
          if (ch === '"') quoted = !quoted;
          else if (ch === "," && !quoted) fields++;
        }
        expect(parseHeaderLine(line, ",")).toHaveLength(fields);
      }),
      { numRuns: 4000 },
    );
  });
});

/** JSON values with strings that look like structure, to lure the scanner. */
const tricky = fc.constantFrom('"events"', "{", "}", "[", "]", '\\"', ":", '"id": 1', "\\\\", "é", "\u2028");
const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string({ unit: fc.oneof(tricky, fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 })), maxLength: 6 }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 4 }), tie("value"), { maxKeys: 3 }),
  ),
})).value;
/** Keys as layouts name them: no quote or backslash, which JSON would escape, and no colon (see `spaced`). */
const key = fc.string({ unit: fc.constantFrom("a", "b", "_", "1", " ", "é", "{", "["), minLength: 1, maxLength: 6 });
const record = fc.dictionary(key, jsonValue, { minKeys: 1, maxKeys: 6 });
/** JSON.stringify with random white space where JSON allows it (before a key's colon too). */
const spaced = (v: unknown, ws: string) => JSON.stringify(v, null, ws).replace(/":/g, `"${ws.slice(0, 3)}:`);

describe("firstRecordKeys", () => {
  it("finds the keys of the first record under the array key, whatever comes before it", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 5 }), jsonValue, { maxKeys: 3 }), fc.array(record, { minLength: 1, maxLength: 3 }), fc.constantFrom("", " ", "\n    ", "\t"), (meta, records, ws) => {
        const { events: _drop, ...rest } = meta;
        const text = spaced({ ...rest, events: records }, ws);
        expect(firstRecordKeys(text, "events")).toEqual({ keys: Object.keys(records[0]!), complete: true });
      }),
      { numRuns: 4000 },
    );
  });

  it("finds the first object of a top-level array, and says when a record is cut", () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 3 }), fc.nat(), (records, cut) => {
        const text = JSON.stringify(records);
        expect(firstRecordKeys(text, undefined)).toEqual({ keys: Object.keys(records[0]!), complete: true });
        const firstEnd = JSON.stringify(records[0]).length + 1;
        const prefix = text.slice(0, 1 + (cut % firstEnd));
        const got = firstRecordKeys(prefix, undefined);
        if (got) {
          expect(got.complete).toBe(prefix.length >= firstEnd);
          for (const k of got.keys) expect(Object.keys(records[0]!)).toContain(k);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("{", "}", "[", "]", '"', "\\", ":", ",", "events", "a", " "), maxLength: 40 }), fc.constantFrom("events", undefined), (text, k) => {
        const got = firstRecordKeys(text, k);
        if (got) expect(Array.isArray(got.keys)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

/** The columns a header of `layout` carries: its required and signature columns. */
const columnsOf = (l: Layout) => [...new Set([...l.required, ...l.signature.present])];
const headerLayouts = LAYOUTS.filter((l) => l.read.kind === "csv" && l.read.header);
const jsonLayouts = LAYOUTS.filter((l) => l.read.kind === "json");
const extra = fc.string({ unit: fc.constantFrom("x", "y", "_", "9"), minLength: 1, maxLength: 5 }).filter((s) => !KNOWN.has(s));

async function outcome(file: string): Promise<string> {
  try {
    return (await detectLayout(file, LAYOUTS)).layout.name;
  } catch (e) {
    if (e instanceof InputError) return "refused";
    throw e;
  }
}

describe("detectLayout on real files", () => {
  it("recognises every CSV layout from its columns in any order, with unknown ones among them", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...headerLayouts), fc.uniqueArray(extra, { maxLength: 3 }), fc.nat(), async (layout, extras, seed) => {
        const cols = [...columnsOf(layout), ...extras].sort((a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7));
        const file = fileWith(`${cols.join(",")}\n${cols.map(() => "1").join(",")}\n`, ".csv");
        expect(await outcome(file)).toBe(layout.name);
      }),
      { numRuns: 300 },
    );
  });

  it("recognises every JSON layout from its first record's keys, and refuses one without a required key", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...jsonLayouts), fc.boolean(), fc.nat(), async (layout, drop, i) => {
        const cols = columnsOf(layout);
        const gone = drop ? layout.required[i % layout.required.length] : undefined;
        const rec = Object.fromEntries(cols.filter((c) => c !== gone).map((c) => [c, 1]));
        const key = layout.read.kind === "json" ? (layout.read.arrayKey ?? "events") : "events";
        const file = fileWith(JSON.stringify({ [key]: [rec] }), ".json");
        expect(await outcome(file)).toBe(gone ? "refused" : layout.name);
      }),
      { numRuns: 200 },
    );
  });

  it("refuses a CSV header without one of a layout's required columns, or takes a layout it does satisfy", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...headerLayouts), fc.nat(), async (layout, i) => {
        const gone = layout.required[i % layout.required.length]!;
        const cols = columnsOf(layout).filter((c) => c !== gone);
        const got = await outcome(fileWith(`${cols.join(",")}\n${cols.map(() => "1").join(",")}\n`, ".csv"));
        if (got !== "refused") {
          const other = LAYOUTS.find((l) => l.name === got)!;
          expect(other.required.every((c) => cols.includes(c))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("answers any bytes with a layout whose columns are all there, or a one-line InputError", async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 300 }),
      fc.string({ unit: fc.constantFrom(",", "\t", "\n", "\r", '"', "{", "[", "id", "events", "1", "\uFEFF", "a"), minLength: 1, maxLength: 60 }).map((s) => new TextEncoder().encode(s)),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom(".csv", ".json", ".CSV", ".gz"), async (b, ext) => {
        const file = fileWith(b, ext);
        try {
          const d = await detectLayout(file, LAYOUTS);
          expect(d.layout.required.every((c) => d.columns.includes(c))).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          expect((e as Error).message).not.toMatch(/\n/);
        }
      }),
      { numRuns: 400 },
    );
  });
});
