/**
 * Issue 13, items 5, 15 and 16: rows of the real HDX Iraq file (UCDP GED 19.1 via HDX), each changed in one value.
 * A row with an empty id and an Excel error in side_a is a record, not the HXL tag row; a country code that is no
 * country, or another country's, is quarantined; so are death estimates in reverse order. read = loaded +
 * duplicates + quarantined holds throughout.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFile, type IngestSummary } from "../../src/ingest/index.ts";
import type { DuckDBStore } from "../../src/store/duckdb/index.ts";
import { parseCsv } from "../helpers/plain-csv.ts";
import { tempStore } from "../helpers/store.ts";
import { plain } from "./real-data.ts";

const IRAQ_HDX = plain("ged191-iraq-hdx-1989-2018.csv");
let store: DuckDBStore;
let summary: IngestSummary;
let firstAdded: number;
const NOW = () => new Date("2026-11-29T12:00:00Z");

function csvLine(cells: string[]): string {
  return cells.map((v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(",");
}

beforeAll(async () => {
  const text = readFileSync(IRAQ_HDX, "utf8");
  const [header = [], , real = []] = parseCsv(text);
  const at = (name: string) => header.indexOf(name);
  const row = (changes: Record<string, string>) => {
    const r = [...real];
    for (const [k, v] of Object.entries(changes)) r[at(k)] = v;
    return csvLine(r);
  };
  const added = [
    row({ id: "", side_a: "#N/A" }),
    row({ id: "990001", iso3: "XXX" }),
    row({ id: "990002", iso3: "SYR" }),
    row({ id: "990003", low: "9", best: "5", high: "1" }),
    row({ id: "990004", low: "8", best: "8", high: "7" }),
  ];
  const body = text.endsWith("\n") ? text : `${text}\r\n`;
  firstAdded = body.split("\n").length;
  const dir = mkdtempSync(join(tmpdir(), "resurgence-values-"));
  const file = join(dir, "iraq-changed.csv");
  // The file ends its lines in CRLF; so do the added rows.
  writeFileSync(file, body + added.join("\r\n") + "\r\n");
  ({ store } = await tempStore(NOW));
  summary = await ingestFile(store, { file }, { now: NOW });
});
afterAll(async () => {
  await store?.close();
});

describe("the HDX Iraq file with five changed rows", () => {
  it("reads every record but the HXL tag row, and accounts for each", () => {
    expect(summary.read).toBe(7473 + 5);
    expect(summary.read).toBe(summary.loaded + summary.duplicates + summary.quarantined);
  });

  it("quarantines the row with an empty id and side_a #N/A instead of dropping it as the HXL row", async () => {
    const r = await store.rejects(summary.batchId);
    expect(r.find((x) => x.line === firstAdded)?.reason).toBe("id is empty");
  });

  it("quarantines an iso3 that is no country, and one that is another country's", async () => {
    const r = await store.rejects(summary.batchId);
    expect(r.find((x) => x.line === firstAdded + 1)?.reason).toBe('iso3 "XXX" is not an ISO 3166-1 alpha-3 country code');
    expect(r.find((x) => x.line === firstAdded + 2)?.reason).toBe('iso3 "SYR" is not the code of country "Iraq" (IRQ)');
  });

  it("quarantines low > best > high, and keeps a row off by one (as real GED rows are)", async () => {
    const r = await store.rejects(summary.batchId);
    expect(r.find((x) => x.line === firstAdded + 3)?.reason).toBe('low "9" > best "5" > high "1": the estimates are in reverse order');
    expect(r.find((x) => x.line === firstAdded + 4)).toBeUndefined();
    expect(r.map((x) => x.line).filter((l) => l >= firstAdded)).toEqual([firstAdded, firstAdded + 1, firstAdded + 2, firstAdded + 3]);
  });
});
