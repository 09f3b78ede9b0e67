import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { JsonLines } from "./node.ts";
import { linePieces, sendPieces } from "./send.ts";

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "send-")), "rows.jsonl");
  writeFileSync(path, text);
  return path;
}

/** Lines of different lengths, some with multi-byte characters, as DuckDB's COPY … (FORMAT JSON) writes them. */
const LINES = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `e${i}`, place: i % 7 === 0 ? "Dayr az Zawr – دير الزور" : "x".repeat(i % 53) }));

/** What a sink received, as the server would read it: the JsonLines texts each followed by a newline. */
async function drain(values: Readable): Promise<string[]> {
  const out: string[] = [];
  for await (const v of values) out.push((v as JsonLines).text);
  return out;
}

describe("linePieces", () => {
  it("gives every line once, whole, in order, whatever the piece size", async () => {
    const path = file(LINES.join("\n") + "\n");
    for (const size of [7, 10, 333, 4096, 1 << 20]) {
      const pieces: string[] = [];
      for await (const p of linePieces(path, size)) pieces.push(p);
      expect(pieces.every((p) => p.length > 0 && !p.endsWith("\n") && !p.startsWith("\n"))).toBe(true);
      expect(pieces.join("\n").split("\n")).toEqual(LINES);
    }
  });

  it("keeps a last line that has no newline, and gives nothing for an empty file", async () => {
    const got: string[] = [];
    for await (const p of linePieces(file('{"a":1}\n{"a":2}'), 4)) got.push(p);
    expect(got.join("\n")).toBe('{"a":1}\n{"a":2}');
    const none: string[] = [];
    for await (const p of linePieces(file(""))) none.push(p);
    expect(none).toEqual([]);
  });
});

describe("sendPieces", () => {
  it("sends every line exactly once over the sinks, each insert bounded, all sinks used", async () => {
    const path = file(LINES.join("\n") + "\n");
    const inserts: Array<{ sink: number; lines: string[] }> = [];
    const sinks = [0, 1, 2].map((k) => async (values: Readable) => {
      const texts = await drain(values);
      inserts.push({ sink: k, lines: texts.join("\n").split("\n") });
    });
    await sendPieces(linePieces(path, 1000), sinks, 10_000);
    const all = inserts.flatMap((i) => i.lines).sort();
    expect(all).toEqual([...LINES].sort());
    // Bounded: an insert stops at the first piece that reaches the limit (pieces are ~1000 characters).
    for (const i of inserts) expect(i.lines.join("\n").length).toBeLessThan(10_000 + 2 * 1000);
    expect(new Set(inserts.map((i) => i.sink)).size).toBe(3);
    expect(inserts.length).toBeGreaterThan(6);
  });

  it("fails with the sink's error, stops handing out pieces and closes the source", async () => {
    const path = file(LINES.join("\n") + "\n");
    let calls = 0;
    const broken = async (values: Readable) => {
      calls++;
      await drain(values);
      throw new Error("ClickHouse refused an insert");
    };
    const healthy = async (values: Readable) => {
      calls++;
      await drain(values);
    };
    const pieces = linePieces(path, 1000);
    await expect(sendPieces(pieces, [broken, healthy], 5_000)).rejects.toThrow("ClickHouse refused an insert");
    expect((await pieces.next()).done).toBe(true);
    // Far fewer inserts than the ~15 a full send takes: the failure stops the rest.
    expect(calls).toBeLessThan(8);
  });
});
