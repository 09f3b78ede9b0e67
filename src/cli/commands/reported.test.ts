import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO } from "../../../test/helpers/paths.ts";
import { createApp } from "../../api/index.ts";
import { DuckDBStore } from "../../store/duckdb/index.ts";
import { main } from "../main.ts";

const dir = mkdtempSync(join(tmpdir(), "cli-reported-"));
const db = join(dir, "store.duckdb");
const LEDGER = join(DEMO, "reported", "centcom_statements.csv");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["node", "resurgence", "--db", db, ...args], { env: {}, io: { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false, now: () => new Date("2026-12-01T00:00:00Z"), stdin: async () => "" } });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("resurgence reported", () => {
  it("says that the bundled ledger needs --actor when a metric names no actor", async () => {
    const r = await run("reported", "import", LEDGER);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/centcom_statements\.csv:\d+: the metric "partnered_operations" does not name an actor \(pass --actor NAME/);
    expect((await run("reported", "import", LEDGER, "--actor", "IS")).code).toBe(0);
  });

  it("removes a figure added by mistake by its id, and says when there is none", async () => {
    const added = JSON.parse((await run("reported", "add", "--issuer", "Typo Desk", "--date", "2024-07-01", "--period", "2024-H1", "--country", "SYR", "--actor", "IS", "--measure", "attacks", "--value", "1530", "--json")).out) as { figure: { id: string } };
    const id = added.figure.id;
    expect((await run("reported", "remove", id)).out).toBe("removed 1 of 1 figure");
    const list = JSON.parse((await run("reported", "list", "--json")).out) as { figures: Array<{ id: string }> };
    expect(list.figures.map((f) => f.id)).not.toContain(id);
    const again = await run("reported", "remove", id);
    expect(again.code).toBe(4);
    expect(again.err).toContain(`no reported figure has the id ${id}`);
  });
});

describe("DELETE /api/reported/:id", () => {
  it("needs the token, removes the figure, and answers 404 for one that is not there", async () => {
    const store = await DuckDBStore.open(join(dir, "api.duckdb"));
    try {
      const token = "t".repeat(24);
      const app = createApp({ store, config: { db: "x", actorFiles: [], debug: false, apiToken: token }, log: () => {} });
      const auth = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
      const add = await app.request("/api/reported", { method: "POST", headers: auth, body: JSON.stringify({ issuer: "Typo Desk", date: "2024-07-01", period: "2024-H1", country: ["SYR"], actor: "IS", measure: "attacks", value: 1530 }) });
      const { figure } = (await add.json()) as { figure: { id: string } };
      expect((await app.request(`/api/reported/${figure.id}`, { method: "DELETE" })).status).toBe(401);
      const del = await app.request(`/api/reported/${figure.id}`, { method: "DELETE", headers: auth });
      expect(del.status).toBe(200);
      expect(await del.json()).toEqual({ id: figure.id, removed: 1 });
      expect((await app.request(`/api/reported/${figure.id}`, { method: "DELETE", headers: auth })).status).toBe(404);
    } finally {
      await store.close();
    }
  });
});
