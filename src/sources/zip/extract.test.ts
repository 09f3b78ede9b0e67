import { afterEach, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readText } from "../../../test/helpers/plain-csv.ts";
import { DEMO } from "../../../test/helpers/paths.ts";
import { zip, type TestZipEntry as TestEntry } from "../../../test/helpers/zip.ts";
import { allLayouts, detectLayout } from "../index.ts";
import { extractSingleEntry, isZipFile, withUnzipped } from "./index.ts";

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
function scratch(): string {
  const d = mkdtempSync(join(tmpdir(), "resurgence-zip-test-"));
  dirs.push(d);
  return d;
}
function archive(entries: TestEntry[]): string {
  const file = join(scratch(), "archive.zip");
  writeFileSync(file, zip(entries));
  return file;
}

describe("extractSingleEntry", () => {
  const gdelt = Buffer.from(readText(join(DEMO, "gdelt", "20180101000000.export.CSV.gz")), "utf8");

  it("unpacks GDELT's single-file archive byte for byte, and the result reads as a GDELT export", async () => {
    const file = archive([{ name: "20180101000000.export.CSV", data: gdelt }]);
    expect(await isZipFile(file)).toBe(true);
    const out = await extractSingleEntry(file, scratch());
    expect(out.endsWith("20180101000000.export.CSV")).toBe(true);
    expect(readFileSync(out).equals(gdelt)).toBe(true);
    expect((await detectLayout(out, allLayouts())).layout.name).toBe("gdelt-events-61");
  });

  it("reads sizes from the central directory when the archiver streamed the data, and copies stored entries", async () => {
    const streamed = await extractSingleEntry(archive([{ name: "a.csv", data: gdelt, streamed: true }]), scratch());
    expect(readFileSync(streamed).equals(gdelt)).toBe(true);
    const stored = await extractSingleEntry(archive([{ name: "dir/", data: Buffer.alloc(0), stored: true }, { name: "dir/b.csv", data: Buffer.from("x\ty\n"), stored: true }]), scratch());
    expect(readFileSync(stored, "utf8")).toBe("x\ty\n");
  });

  it("never writes outside the folder it is given", async () => {
    const dir = scratch();
    const out = await extractSingleEntry(archive([{ name: "../../escape.csv", data: Buffer.from("1\n") }]), dir);
    expect(out).toBe(join(dir, "escape.csv"));
  });

  it("refuses archives of several files, damaged data and non-archives with a one-line reason", async () => {
    await expect(extractSingleEntry(archive([{ name: "a.csv", data: gdelt }, { name: "b.csv", data: gdelt }]), scratch())).rejects.toThrow(/zip archive of 2 files \(a.csv, b.csv\)/);
    const damaged = zip([{ name: "a.csv", data: Buffer.from("a stored line\n"), stored: true }]);
    const at = 30 + "a.csv".length;
    damaged.writeUInt8(damaged.readUInt8(at) ^ 0xff, at);
    const file = join(scratch(), "damaged.zip");
    writeFileSync(file, damaged);
    await expect(extractSingleEntry(file, scratch())).rejects.toThrow(/is damaged: "a.csv" unpacks to other bytes/);
    const plain = join(scratch(), "plain.zip");
    writeFileSync(plain, "not an archive at all\n");
    expect(await isZipFile(plain)).toBe(false);
    await expect(extractSingleEntry(plain, scratch())).rejects.toThrow(/not a complete zip archive/);
  });
});

describe("withUnzipped", () => {
  it("removes the unpacked file afterwards, also when the work fails", async () => {
    const tmp = scratch();
    const file = archive([{ name: "a.csv", data: Buffer.from("1\n") }]);
    expect(await withUnzipped(file, async (p) => readFileSync(p, "utf8"), tmp)).toBe("1\n");
    await expect(withUnzipped(file, async () => Promise.reject(new Error("work failed")), tmp)).rejects.toThrow("work failed");
    expect(readdirSync(tmp).filter((n) => n.startsWith("resurgence-unzip-"))).toEqual([]);
    expect(existsSync(file)).toBe(true);
  });
});
