/**
 * Every refused corpus file through the CLI, in process: one line on stderr (what, where, how to fix), no
 * stack trace, nothing on stdout, exit code 3.
 */
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { englishIn } from "../../src/messages/testing/sentences.ts";
import { BAD, cases } from "./bad-input.ts";
import { isRefused, type Refused } from "./corpus/expected.ts";
import { FORMATS } from "./corpus/formats.ts";

const refused = FORMATS.flatMap((f) => cases(f)).filter((c) => isRefused(c.expected));

/** Each file's English line, as the first suite saw it: the Dutch suite compares with it (or asks again, run alone). */
const englishLines = new Map<string, string>();

async function ingest(file: string, ...flags: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["node", "resurgence", "--db", ":memory:", "ingest", file, ...flags], {
    env: {},
    io: { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false, now: () => new Date("2026-11-29T12:00:00Z"), stdin: async () => "" },
  });
  return { code, out, err };
}

describe("resurgence ingest on a file it refuses", () => {
  it("has refused files of every format to run", () => {
    expect(new Set(refused.map((c) => c.file.slice(BAD.length + 1).split("/")[0]))).toEqual(new Set(FORMATS));
  });

  it.each(refused.map((c) => [c.file.slice(BAD.length + 1), c] as const))("%s: one line, no stack, exit 3", async (_name, c) => {
    const r = await ingest(c.file);
    expect(r.code).toBe(3);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    const line = r.err[0] ?? "";
    englishLines.set(c.file, line);
    const where = c.file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    expect(line).toMatch(new RegExp(`^error: ${where}(:\\d+)?: `));
    expect(line).toMatch((c.expected as Refused).refused);
    expect(line).toMatch(/ \(.+\)$/);
    expect(line).not.toMatch(/\n|\bat .*:\d+:\d+|unexpected failure/);
  });
});

/** One refused file per refusal: the files of other formats refused for the same reason say the same words. */
const oneEach = [...new Map(refused.map((c) => [String((c.expected as Refused).refused), c])).values()];

describe("resurgence ingest --lang nl on a file it refuses", () => {
  it.each(oneEach.map((c) => [c.file.slice(BAD.length + 1), c] as const))("%s: the same one line, in Dutch", async (_name, c) => {
    const r = await ingest(c.file, "--lang", "nl");
    expect(r.code).toBe(3);
    expect(r.err).toHaveLength(1);
    const line = r.err[0] ?? "";
    expect(line.startsWith(`fout: ${c.file}`)).toBe(true);
    // DuckDB's own reason, quoted inside a message, stays as DuckDB wrote it; the sentence around it is Dutch.
    expect(englishIn(line)).toEqual([]);
    const english = englishLines.get(c.file) ?? (await ingest(c.file)).err[0] ?? "";
    expect(line.slice("fout: ".length)).not.toBe(english.slice("error: ".length));
  });
});
