import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { sendFiles, unpacked } from "./send.ts";

function files(n: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), "send-"));
  return Array.from({ length: n }, (_, i) => {
    const path = join(dir, `data_${i}.parquet`);
    writeFileSync(path, `part ${i}`);
    return path;
  });
}

const pause = () => new Promise((r) => setTimeout(r, 2));

describe("sendFiles", () => {
  it("sends every file exactly once over the sinks, all sinks used, and removes each once sent", async () => {
    const all = files(30);
    const sent: Array<{ sink: number; file: string }> = [];
    const sinks = [0, 1, 2].map((k) => async (file: string) => {
      expect(existsSync(file)).toBe(true);
      await pause();
      sent.push({ sink: k, file });
    });
    await sendFiles(all, sinks);
    expect(sent.map((s) => s.file).sort()).toEqual([...all].sort());
    expect(new Set(sent.map((s) => s.sink)).size).toBe(3);
    expect(all.some(existsSync)).toBe(false);
  });

  it("fails with the sink's error and stops handing out files, keeping the ones not sent", async () => {
    const all = files(30);
    let calls = 0;
    const broken = async () => {
      calls++;
      await pause();
      throw new Error("ClickHouse refused an insert");
    };
    const healthy = async () => {
      calls++;
      await pause();
    };
    await expect(sendFiles(all, [broken, healthy])).rejects.toThrow("ClickHouse refused an insert");
    // Far fewer inserts than the 30 a full send takes: the failure stops the rest.
    expect(calls).toBeLessThan(5);
    expect(all.filter(existsSync).length).toBeGreaterThan(25);
  });

  it("sends nothing for no files", async () => {
    let calls = 0;
    await sendFiles([], [async () => void calls++]);
    expect(calls).toBe(0);
  });
});

/** Lines of different lengths, some with multi-byte characters. */
const LINES = Array.from({ length: 2000 }, (_, i) => `"e${i}","${i % 7 === 0 ? "Dayr az Zawr – دير الزور" : "x".repeat(i % 53)}"`);

describe("unpacked", () => {
  it("streams a gzip file's text whole, multi-byte characters across chunk edges included", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "send-")), "data_0.csv.gz");
    const text = LINES.join("\n") + "\n";
    writeFileSync(path, gzipSync(text));
    const chunks: Buffer[] = [];
    for await (const c of unpacked(path)) chunks.push(c as Buffer);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(text);
  });
});
