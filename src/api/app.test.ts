/** The app's frame, on an empty store: headers, errors, body limits, the OpenAPI document. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { tempStore } from "../../test/helpers/store.ts";
import type { DuckDBStore } from "../store/index.ts";
import { compareQuestion } from "../questions/index.ts";
import { createApp, type App } from "./index.ts";

let store: DuckDBStore;
let dir: string;
let app: App;
const logged: string[] = [];

beforeAll(async () => {
  ({ store, dir } = await tempStore());
  app = createApp({ store, config: { db: dir, actorFiles: [], debug: false }, log: (l) => logged.push(l), limits: { maxBodyBytes: 1024 } });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("createApp", () => {
  it("sends a CSP without inline scripts, nosniff and no framing on every answer", async () => {
    for (const path of ["/api/health", "/openapi.json", "/nowhere"]) {
      const res = await app.request(path);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("sends no CORS headers, even when asked from another origin", async () => {
    const res = await app.request("/api/health", { headers: { Origin: "https://evil.example" } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("refuses a query parameter given twice, naming it, instead of taking the first", async () => {
    const res = await app.request("/api/compare?actor=IS&period=2017&vs=2018&country=SYR&country=IRQ");
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string; hint: string } };
    expect(body.error.message).toBe('query parameter "country" is given more than once');
    expect(body.error.hint).toContain("comma-separated");
  });

  it("answers a wrong method on an existing route with 405 and Allow", async () => {
    const cases: Array<[string, string, string]> = [
      ["POST", "/api/compare", "GET, HEAD"],
      ["GET", "/api/ingest", "POST"],
      ["PUT", "/api/reported", "GET, HEAD, POST"],
      ["DELETE", "/api/events/ucdp-ged:1", "GET, HEAD"],
    ];
    for (const [method, path, allow] of cases) {
      const res = await app.request(path, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get("allow")).toBe(allow);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain(`does not take ${method}`);
    }
    expect((await app.request("/api/nowhere", { method: "POST" })).status).toBe(404);
  });

  it("answers unknown routes with a JSON 404", async () => {
    const res = await app.request("/api/nothing");
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { name: string } }).error.name).toBe("NotFoundError");
  });

  it("refuses a body over the limit with 413", async () => {
    const body = JSON.stringify({ text: "x".repeat(5000) });
    const res = await app.request("/api/claims/check", { method: "POST", body, headers: { "Content-Type": "application/json", "Content-Length": String(body.length) } });
    expect(res.status).toBe(413);
  });

  it("refuses a body that is not JSON, or JSON without the text, with 400", async () => {
    const post = (body: string) => app.request("/api/claims/check", { method: "POST", body, headers: { "Content-Type": "application/json" } });
    expect((await post("{nope")).status).toBe(400);
    const res = await post(JSON.stringify({ txt: "a" }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('"text"');
  });

  it("reports its capabilities and that writes are disabled without a token", async () => {
    const body = (await (await app.request("/api/health")).json()) as { capabilities: string[]; writes: string };
    expect(body.capabilities).toEqual(expect.arrayContaining(["events", "map", "series", "compare", "detect", "forecast", "claims", "reported", "reconcile", "brief", "ingest"]));
    expect(body.writes).toBe("disabled");
  });
});

describe("allowedHosts", () => {
  it("refuses a request addressed to another host name (DNS rebinding) with 421", async () => {
    const guarded = createApp({ store, config: { db: dir, actorFiles: [], debug: false }, log: () => {}, allowedHosts: ["localhost", "127.0.0.1"] });
    expect((await guarded.request("http://localhost:8080/api/health")).status).toBe(200);
    expect((await guarded.request("http://127.0.0.1:8080/api/health")).status).toBe(200);
    const res = await guarded.request("http://evil.example:8080/api/health");
    expect(res.status).toBe(421);
  });
});

describe("GET /openapi.json", () => {
  it("lists every route the app mounts, with its query parameters", async () => {
    const doc = (await (await app.request("/openapi.json")).json()) as { openapi: string; paths: Record<string, Record<string, { parameters: Array<{ name: string }> }>> };
    expect(doc.openapi).toBe("3.1.0");
    const mounted = app.hono.routes
      .filter((r) => r.method !== "ALL" && r.path !== "*")
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:([A-Za-z_]+)/g, "{$1}")}`);
    const listed = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    expect(new Set(listed)).toEqual(new Set(mounted));
    expect(doc.paths["/api/compare"]!.get!.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["actor", "country", "period", "vs", "lang", "role"]));
  });

  it("gives each question's answer schema, taken from the question's output schema", async () => {
    type Op = { responses: Record<string, { content: Record<string, { schema?: { properties?: Record<string, unknown>; required?: string[] } }> }> };
    const doc = (await (await app.request("/openapi.json")).json()) as { paths: Record<string, Record<string, Op>> };
    const answer = (path: string, method = "get") => doc.paths[path]![method]!.responses["200"]!.content["application/json"]!.schema;
    expect(Object.keys(answer("/api/compare")!.properties!)).toEqual(Object.keys(compareQuestion.output.shape));
    expect(answer("/api/detect")!.required).toEqual(expect.arrayContaining(["months", "counts", "regimes", "alarms", "regrouping", "places"]));
    expect(answer("/api/claims/check", "post")!.properties).toHaveProperty("claims");
    // The dataset parameter lists exactly the datasets a question accepts.
    const dataset = (doc.paths["/api/compare"]!.get as unknown as { parameters: Array<{ name: string; schema: { enum?: string[] } }> }).parameters.find((p) => p.name === "dataset");
    expect(dataset?.schema.enum).toEqual(["ucdp-ged", "gdelt", "acled", "gtd"]);
  });
});
