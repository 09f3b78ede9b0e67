/**
 * Property tests of the physical line numbers: LineScanner against a model that writes the CSV itself (quoted
 * newlines, CRLF, empty lines, rejected rows) and knows where each record starts, fed in random chunks; then a
 * few whole files through DuckDB, whose quarantined rows must carry the lines the model says.
 */
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DuckDBStore } from "../store/index.ts";
import { tempStore } from "../../test/helpers/store.ts";
import { goodRows, writeRows } from "../../test/hardening/corpus/formats.ts";
import { LineScanner } from "./lines.ts";
import { ingestFile } from "./index.ts";

interface Piece {
  /** Empty lines before the record, each "\n" or "\r\n". */
  blanks: string[];
  fields: string[];
  nl: string;
  rejected: boolean;
}

const field = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", "\r", " ", "é"), maxLength: 8 });
const piece = fc.record({
  blanks: fc.array(fc.constantFrom("\n", "\r\n"), { maxLength: 2 }),
  fields: fc.array(field, { minLength: 2, maxLength: 4 }),
  nl: fc.constantFrom("\n", "\r\n"),
  rejected: fc.boolean(),
});

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The text, and the model's answer: start lines by DuckDB row (rejected) and by kept ordinal. */
function model(header: boolean, pieces: Piece[]) {
  let text = header ? "h1,h2\n" : "";
  let line = header ? 2 : 1;
  let row = 0;
  let kept = 0;
  const byRow = new Map<number, number>();
  const byKept = new Map<number, number>();
  for (const p of pieces) {
    for (const b of p.blanks) {
      text += b;
      line++;
      row++;
    }
    if (p.rejected) byRow.set(row, line);
    else byKept.set(kept++, line);
    const rec = p.fields.map(quote).join(",");
    text += rec + p.nl;
    line += (rec.match(/\n/g)?.length ?? 0) + 1;
    row++;
  }
  return { text, byRow, byKept };
}

/** Splits bytes at random points (a CR and its LF may land in different chunks). */
function chunks(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const c of [...at, bytes.length]) {
    out.push(bytes.subarray(prev, c));
    prev = c;
  }
  return out;
}

describe("LineScanner", () => {
  it("finds every record's start line, in DuckDB's two numberings, however the file is chunked", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(piece, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 5 }), (header, pieces, cuts) => {
        const m = model(header, pieces);
        const s = new LineScanner(header ? 1 : 0, '"', [...m.byRow.keys()], [...m.byKept.keys()]);
        for (const c of chunks(new TextEncoder().encode(m.text), cuts)) if (s.feed(c)) break;
        expect(s.result.byRow).toEqual(m.byRow);
        expect(s.result.byKept).toEqual(m.byKept);
      }),
      { numRuns: 10_000 },
    );
  });

  it("counts a quote as a character when the format has none (GDELT)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom("a", '"', "\t"), maxLength: 6 }), { minLength: 1, maxLength: 6 }), (lines) => {
        const s = new LineScanner(0, "", [], lines.map((_, i) => i));
        s.feed(new TextEncoder().encode(lines.map((l) => `x${l}`).join("\n") + "\n"));
        expect([...s.result.byKept.values()]).toEqual(lines.map((_, i) => i + 1));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("quarantined lines through DuckDB", () => {
  let store: DuckDBStore;
  const dir = mkdtempSync(join(tmpdir(), "lines-fuzz-"));
  let n = 0;
  beforeAll(async () => {
    store = (await tempStore(() => new Date("2026-11-29T12:00:00Z"))).store;
  });
  afterAll(() => store.close());

  it("names the physical line of every bad record, after quoted newlines and empty lines", async () => {
    // Real GED rows; some get a latitude of 91 (quarantined), some a headline with newlines, some empty lines before.
    const layout = fc.array(fc.record({ bad: fc.boolean(), newlines: fc.nat({ max: 2 }), blanks: fc.nat({ max: 2 }) }), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(layout, async (spec) => {
        const rows = goodRows("ged-csv", 70 + (n % 40), spec.length).map((r, i) => ({
          ...r,
          id: String(900_000_000 + n * 10 + i),
          latitude: spec[i]!.bad ? "91" : r.latitude!,
          source_headline: "line" + "\nmore".repeat(spec[i]!.newlines),
        }));
        const [header, ...records] = writeRows("ged-csv", rows).split(/\n(?=\d{9},)/);
        let text = header + "\n";
        let line = 2;
        const want: number[] = [];
        records.forEach((rec, i) => {
          text += "\n".repeat(spec[i]!.blanks);
          line += spec[i]!.blanks;
          if (spec[i]!.bad) want.push(line);
          text += rec.endsWith("\n") ? rec : rec + "\n";
          line += (rec.replace(/\n$/, "").match(/\n/g)?.length ?? 0) + 1;
        });
        const file = join(dir, `f${n++}.csv`);
        writeFileSync(file, text);
        const s = await ingestFile(store, { file });
        expect((await store.rejects(s.batchId)).map((r) => r.line)).toEqual(want);
      }),
      { numRuns: 5 },
    );
  });
});
