import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sendAsWritten } from "./send.ts";

const pause = (ms = 2) => new Promise((r) => setTimeout(r, ms));

/** A writer of slice files (10 bytes a row) into a fresh folder, recording each slice asked for. */
function writer() {
  const dir = mkdtempSync(join(tmpdir(), "send-"));
  const slices: Array<[number, number]> = [];
  let most = 0;
  const write = async (lo: number, hi: number) => {
    await pause();
    const file = join(dir, `${lo}.csv`);
    writeFileSync(file, "x".repeat(10 * (hi - lo)));
    slices.push([lo, hi]);
    most = Math.max(most, readdirSync(dir).length);
    return { file, bytes: 10 * (hi - lo) };
  };
  return { dir, slices, write, most: () => most };
}

describe("sendAsWritten", () => {
  it("sends every row once, in slices sized from the bytes per row, over all sinks, with few files at once", async () => {
    const w = writer();
    const sent: Array<{ sink: number; file: string }> = [];
    const sinks = [0, 1].map((k) => async (file: string) => {
      expect(existsSync(file)).toBe(true);
      await pause(5);
      sent.push({ sink: k, file });
    });
    await sendAsWritten(1000, w.write, sinks, { firstRows: 7, sliceBytes: 250 });
    // Contiguous slices covering 0..1000: the first of 7 rows, the next of 25 (250 bytes at 10 a row).
    expect(w.slices[0]).toEqual([0, 7]);
    expect(w.slices[1]).toEqual([7, 32]);
    expect(w.slices.map(([lo]) => lo).slice(1)).toEqual(w.slices.map(([, hi]) => hi).slice(0, -1));
    expect(w.slices.at(-1)?.[1]).toBe(1000);
    expect(sent.map((s) => s.file).sort()).toEqual(w.slices.map(([lo]) => join(w.dir, `${lo}.csv`)).sort());
    expect(new Set(sent.map((s) => s.sink)).size).toBe(2);
    expect(readdirSync(w.dir)).toEqual([]);
    expect(w.most()).toBeLessThanOrEqual(sinks.length + 2);
  });

  it("fails with the sink's error and stops writing slices", async () => {
    const w = writer();
    const broken = async () => {
      await pause();
      throw new Error("ClickHouse refused an insert");
    };
    await expect(sendAsWritten(10_000, w.write, [broken, async () => void (await pause())], { firstRows: 10, sliceBytes: 100 })).rejects.toThrow("ClickHouse refused an insert");
    // A full send writes 1,000 slices; the failure stops it after a few.
    expect(w.slices.length).toBeLessThan(10);
  });

  it("fails with the writer's error, sending nothing written after it", async () => {
    let sent = 0;
    const write = async (lo: number) => {
      await pause();
      if (lo > 0) throw new Error("disk full");
      const file = join(mkdtempSync(join(tmpdir(), "send-")), "0.csv");
      writeFileSync(file, "x");
      return { file, bytes: 10 };
    };
    await expect(sendAsWritten(100, write, [async () => void sent++], { firstRows: 1, sliceBytes: 10 })).rejects.toThrow("disk full");
    expect(sent).toBeLessThanOrEqual(1);
  });

  it("writes and sends nothing for no rows", async () => {
    const w = writer();
    let calls = 0;
    await sendAsWritten(0, w.write, [async () => void calls++], { firstRows: 10, sliceBytes: 100 });
    expect(w.slices).toEqual([]);
    expect(calls).toBe(0);
  });
});
