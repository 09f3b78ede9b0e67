/** The API over a fresh, empty temporary store, for a test file: made before its tests, removed after them. */
import { rmSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";
import { createApp, type App } from "../../src/api/index.ts";
import type { DuckDBStore } from "../../src/store/index.ts";
import { tempStore } from "./store.ts";

/** Registers the file's setup and clean-up; call the returned functions inside a test. */
export function appOverTempStore(): { app: () => App; store: () => DuckDBStore } {
  let store: DuckDBStore | undefined;
  let dir = "";
  let app: App | undefined;
  beforeAll(async () => {
    ({ store, dir } = await tempStore());
    app = createApp({ store, config: { db: dir, actorFiles: [], debug: false }, log: () => {} });
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const made = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error("the app and its store are made in beforeAll: call this inside a test");
    return x;
  };
  return { app: () => made(app), store: () => made(store) };
}
