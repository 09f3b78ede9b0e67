import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { zip } from "../../test/helpers/zip.ts";
import { bundledRegistry } from "../actors/index.ts";
import { UpstreamError } from "../errors.ts";
import { DEMO } from "../../test/helpers/paths.ts";
import { tempStore } from "../../test/helpers/store.ts";
import type { DuckDBStore } from "../store/index.ts";
import { parseFileList, syncGdelt } from "./gdelt.ts";

/** A one-entry zip, stored (no compression): the packaging of a GDELT 15-minute file. */
function storedZip(name: string, data: Buffer): Buffer {
  return zip([{ name, data, stored: true }]);
}

const csv = gunzipSync(readFileSync(join(DEMO, "gdelt", "20180101000000.export.CSV.gz")));
const rows = csv.toString("utf8").split("\n").filter((l) => l.length > 0).length;
const file = storedZip("20180101000000.export.CSV", csv);
const md5 = createHash("md5").update(file).digest("hex");
let list = "";
let server: Server;
let base: string;
const requests: string[] = [];
let made: { store: DuckDBStore; dir: string };

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? "");
    if (req.url === "/gdeltv2/lastupdate.txt") return void res.writeHead(200, { "content-type": "text/plain" }).end(list);
    if (req.url === "/gdeltv2/20180101000000.export.CSV.zip") return void res.writeHead(200, { "content-type": "application/zip" }).end(file);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/gdeltv2`;
  made = await tempStore();
});
afterAll(async () => {
  await made?.store.close();
  if (made) rmSync(made.dir, { recursive: true, force: true });
  await new Promise((r) => server?.close(r));
});

const deps = () => ({ store: made.store, registry: bundledRegistry(), now: () => new Date("2026-12-07T00:00:00Z"), fetch: globalThis.fetch, cacheRoot: join(made.dir, "sync") });

describe("parseFileList", () => {
  it("keeps the export files of a lastupdate.txt, oldest first, and leaves mentions and GKG out", () => {
    const text = [
      "150383 297a16b493de7cf6ca809a7cc31d0b93 http://data.gdeltproject.org/gdeltv2/20150218231500.export.CSV.zip",
      "318084 bb27f78ba45f69a17ea6ed7755e9f8ff http://data.gdeltproject.org/gdeltv2/20150218231500.mentions.CSV.zip",
      "10768507 ea8dde0beb0ba98810a92db068c0ce99 http://data.gdeltproject.org/gdeltv2/20150218231500.gkg.csv.zip",
      "149000 0123456789abcdef0123456789abcdef http://data.gdeltproject.org/gdeltv2/20150218230000.export.CSV.zip",
    ].join("\n");
    expect(parseFileList(text).map((f) => [f.stamp, f.size])).toEqual([["20150218230000", 149000], ["20150218231500", 150383]]);
  });
});

describe("syncGdelt", () => {
  it("refuses a download whose MD5 is not the list's (the run stops before its cursor moves)", async () => {
    list = `${file.length} ${"0".repeat(32)} ${base}/20180101000000.export.CSV.zip\n`;
    await expect(syncGdelt({ url: `${base}/lastupdate.txt` }, undefined, deps())).rejects.toThrow(UpstreamError);
  });
  it("ingests the export files after the cursor from a replayed GDELT server, then nothing more", async () => {
    list = `${file.length} ${md5} ${base}/20180101000000.export.CSV.zip\n${file.length} ${md5} ${base}/20180101000000.mentions.CSV.zip\n`;
    const first = await syncGdelt({ url: `${base}/lastupdate.txt` }, "20171231234500", deps());
    expect(first.files).toBe(1);
    expect(first.cursor).toBe("20180101000000");
    expect(first.ingested[0]!.read).toBe(rows);
    expect(first.ingested[0]!.dataset).toBe("gdelt");
    requests.length = 0;
    const second = await syncGdelt({ url: `${base}/lastupdate.txt` }, first.cursor, deps());
    expect(second).toEqual({ files: 0, cursor: "20180101000000", ingested: [] });
    expect(requests).toEqual(["/gdeltv2/lastupdate.txt"]);
  });
});
