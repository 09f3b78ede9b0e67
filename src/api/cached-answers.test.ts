import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYRIA, IRAQ } from "../../test/helpers/paths.ts";
import { countByYear, readCsvObjects, sideHas } from "../../test/helpers/plain-csv.ts";
import { storeWith } from "../../test/helpers/store.ts";
import type { DuckDBStore } from "../store/index.ts";
import { createApp } from "./index.ts";
import { ingestFile } from "../ingest/index.ts";

let store: DuckDBStore;
beforeAll(async () => {
  store = (await storeWith([IRAQ])).store;
}, 60_000);
afterAll(async () => store.close());

describe("cached answers", () => {
  it("drop a cached comparison when the store changes outside the API", async () => {
    const app = createApp({ store, config: { db: store.location, actorFiles: [], debug: false } });
    const url = "/api/compare?actor=IS&country=SYR&period=2017&vs=2018";
    const before = await (await app.request(url)).json();
    expect(before.rows[0].a.events).toBe(0);
    await ingestFile(store, { file: SYRIA });
    const after = await (await app.request(url)).json();
    expect(after.rows[0].a.events).toBe(countByYear(readCsvObjects(SYRIA), (r) => sideHas(r, "IS")).get("2017"));
    const series1 = await (await app.request("/api/series?actor=IS&country=SYR&period=2017&by=year")).json();
    expect(series1.series[0].events).toBe(after.rows[0].a.events);
  });
});
