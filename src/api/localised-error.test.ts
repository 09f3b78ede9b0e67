/** The API's own error messages in the language the request asks for, English otherwise. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { tempStore } from "../../test/helpers/store.ts";
import { englishIn } from "../messages/testing/sentences.ts";
import type { DuckDBStore } from "../store/index.ts";
import { createApp, type App } from "./index.ts";

let store: DuckDBStore;
let dir: string;
let app: App;

beforeAll(async () => {
  ({ store, dir } = await tempStore());
  app = createApp({ store, config: { db: dir, actorFiles: [], debug: false }, log: () => {} });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const error = async (path: string, init?: RequestInit) => ((await (await app.request(path, init)).json()) as { error: { status: number; message: string; hint?: string } }).error;

describe("API errors with lang=nl", () => {
  it("says in Dutch that a parameter is missing, unknown, given twice or not one of the choices", async () => {
    expect(await error("/api/compare?actor=IS&period=2024-H1&lang=nl")).toMatchObject({ status: 400, message: 'queryparameter "vs": ontbreekt (verplicht)' });
    expect(await error("/api/compare?actor=IS&period=2024-H1&vs=2023&foo=1&lang=nl")).toMatchObject({ message: 'onbekende queryparameter "foo"', hint: "zie /openapi.json voor de parameters die de API aanneemt" });
    expect(await error("/api/compare?actor=IS&period=2024-H1&vs=2023&period=2023&lang=nl")).toMatchObject({ message: 'queryparameter "period" staat er meer dan eens in' });
    expect(await error("/api/compare?actor=IS&period=2024-H1&vs=2023&role=victim&lang=nl")).toMatchObject({ message: 'queryparameter "role": verwacht een van any_side, perpetrator, side_a, side_b' });
  });

  it("says in Dutch that a route does not exist or takes another method", async () => {
    expect(await error("/api/nothing?lang=nl")).toMatchObject({ status: 404, message: "geen route GET /api/nothing", hint: "zie /openapi.json" });
    expect(await error("/api/compare?lang=nl", { method: "DELETE" })).toMatchObject({ status: 405, message: "/api/compare neemt geen DELETE aan, wel GET, HEAD" });
  });

  it("says in Dutch that a body is not JSON", async () => {
    const e = await error("/api/claims/check?lang=nl", { method: "POST", body: "{", headers: { "Content-Type": "application/json" } });
    expect(e.message).toBe("de body van het verzoek is geen geldige JSON");
    expect(englishIn(`${e.message} ${e.hint}`)).toEqual([]);
  });

  it("keeps English without lang=nl", async () => {
    expect(await error("/api/compare?actor=IS&period=2024-H1")).toMatchObject({ message: 'query parameter "vs": is required' });
    expect(await error("/api/nothing")).toMatchObject({ message: "no route GET /api/nothing" });
  });
});
