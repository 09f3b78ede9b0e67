import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { sendLines } from "./send.ts";

const pause = (ms = 2) => new Promise((r) => setTimeout(r, ms));

/** Lines of different lengths, some with multi-byte characters, in chunks that cut lines and characters. */
const LINES = Array.from({ length: 3000 }, (_, i) => `e${i}\t${i % 7 === 0 ? "Dayr az Zawr – دير الزور" : "x".repeat(i % 53)}`);
function source(chunk = 997): Readable {
  const all = Buffer.from(LINES.join("\n") + "\n");
  const parts: Buffer[] = [];
  for (let i = 0; i < all.length; i += chunk) parts.push(all.subarray(i, i + chunk));
  return Readable.from(parts);
}

async function text(body: Readable): Promise<string> {
  const parts: Buffer[] = [];
  for await (const p of body) parts.push(p as Buffer);
  return Buffer.concat(parts).toString("utf8");
}

describe("sendLines", () => {
  it("sends every line once, in slices of whole lines of about the size asked, each sink finishing before its next", async () => {
    const got: Array<{ sink: number; text: string }> = [];
    const busy = [false, false];
    const sinks = [0, 1].map((k) => async (body: Readable) => {
      expect(busy[k]).toBe(false);
      busy[k] = true;
      const t = await text(body);
      await pause();
      got.push({ sink: k, text: t });
      busy[k] = false;
    });
    await sendLines(source(), sinks, 5000);
    const slices = got.map((g) => g.text);
    expect(slices.length).toBeGreaterThan(10);
    // Every slice ends a line; all but the last reach the size, and end with the line that crosses it.
    for (const s of slices) expect(s.endsWith("\n")).toBe(true);
    for (const s of slices.slice(0, -1)) {
      const lastLine = s.slice(s.slice(0, -1).lastIndexOf("\n") + 1);
      expect(Buffer.byteLength(s)).toBeGreaterThanOrEqual(5000);
      expect(Buffer.byteLength(s) - Buffer.byteLength(lastLine)).toBeLessThan(5000);
    }
    const lines = slices.flatMap((s) => s.split("\n").filter((l) => l !== ""));
    expect(lines.sort()).toEqual([...LINES].sort());
    expect(new Set(got.map((g) => g.sink))).toEqual(new Set([0, 1]));
  });

  it("fails with the sink's error, stops reading the source and starts no insert after it", async () => {
    let calls = 0;
    const src = source(50);
    const broken = async (body: Readable) => {
      calls++;
      body.resume();
      await pause();
      throw new Error("ClickHouse refused an insert");
    };
    await expect(sendLines(src, [broken, broken], 500)).rejects.toThrow("ClickHouse refused an insert");
    expect(calls).toBeLessThanOrEqual(3);
    expect(src.destroyed).toBe(true);
  });

  it("fails with the source's error", async () => {
    const failing = Readable.from((async function* () {
      yield Buffer.from("a\nb\n");
      throw new Error("the pipe broke");
    })());
    await expect(sendLines(failing, [async (b) => void (await text(b))], 1)).rejects.toThrow("the pipe broke");
  });

  it("starts no insert for no text", async () => {
    let calls = 0;
    await sendLines(Readable.from([]), [async () => void calls++], 100);
    expect(calls).toBe(0);
  });
});
