import { afterEach, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import { readText } from "../../../test/helpers/plain-csv.ts";
import { DEMO } from "../../../test/helpers/paths.ts";
import { allLayouts, detectLayout } from "../index.ts";
import { extractSingleEntry, isZipFile, withUnzipped } from "./index.ts";

interface TestEntry {
  name: string;
  data: Buffer;
  stored?: boolean;
  /** Write zero sizes in the local header and a data descriptor after the data, as streaming archivers do. */
  streamed?: boolean;
}

/** A minimal zip writer for the tests (what `zip` and GDELT's archiver write, without the extras). */
function zip(entries: TestEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const body = e.stored ? e.data : deflateRawSync(e.data);
    const name = Buffer.from(e.name, "utf8");
    const crc = crc32(e.data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.streamed ? 8 : 0, 6);
    local.writeUInt16LE(e.stored ? 0 : 8, 8);
    local.writeUInt32LE(e.streamed ? 0 : crc, 14);
    local.writeUInt32LE(e.streamed ? 0 : body.length, 18);
    local.writeUInt32LE(e.streamed ? 0 : e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(e.streamed ? 16 : 0);
    if (e.streamed) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(body.length, 8);
      descriptor.writeUInt32LE(e.data.length, 12);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.streamed ? 8 : 0, 8);
    central.writeUInt16LE(e.stored ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body, descriptor);
    centrals.push(central, name);
    offset += local.length + name.length + body.length + descriptor.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

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
