import { describe, expect, it } from "vitest";
import { Hono } from "hono";
import { onError } from "./on-error.ts";
import { Gate, shedLoad } from "./shed.ts";

describe("Gate", () => {
  it("admits up to the limit at once, queues the next ones and hands a freed slot to the longest waiter", async () => {
    const gate = new Gate({ maxConcurrent: 2, maxQueued: 2, maxQueueMs: 1000, maxWaitMs: 5000 });
    expect(await gate.enter()).toBe(true);
    expect(await gate.enter()).toBe(true);
    const order: string[] = [];
    const third = gate.enter().then((ok) => order.push(`third ${ok}`));
    const fourth = gate.enter().then((ok) => order.push(`fourth ${ok}`));
    expect(await gate.enter()).toBe(false);
    expect(gate.queued).toBe(2);
    gate.leave();
    await third;
    gate.leave();
    await fourth;
    expect(order).toEqual(["third true", "fourth true"]);
    expect(gate.inFlight).toBe(2);
    gate.leave();
    gate.leave();
    expect(gate.inFlight).toBe(0);
  });

  it("refuses a waiter whose turn does not come within the wait, and forgets it", async () => {
    const gate = new Gate({ maxConcurrent: 1, maxQueued: 5, maxQueueMs: 20, maxWaitMs: 5000 });
    await gate.enter();
    const t0 = performance.now();
    expect(await gate.enter()).toBe(false);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(gate.queued).toBe(0);
    gate.leave();
    expect(gate.inFlight).toBe(0);
  });
});

describe("shedLoad", () => {
  it("answers 503 with Retry-After past the limit, and serves again once a slot is free", async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const app = new Hono();
    app.onError(onError(() => {}));
    app.use("*", shedLoad({ maxConcurrent: 1, maxQueued: 0, maxQueueMs: 0, maxWaitMs: 60_000 }));
    app.get("/slow", async (c) => {
      await held;
      return c.json({ ok: true });
    });
    app.get("/fast", (c) => c.json({ ok: true }));
    const slow = app.request("/slow");
    const refused = await app.request("/fast");
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain("busy");
    release();
    expect((await slow).status).toBe(200);
    expect((await app.request("/fast")).status).toBe(200);
  });

  it("tells a request whose answer is late to retry, keeps the work going in its slot, and exempts long routes", async () => {
    let finished = false;
    const app = new Hono();
    app.onError(onError(() => {}));
    app.use("*", shedLoad({ maxConcurrent: 1, maxQueued: 0, maxQueueMs: 0, maxWaitMs: 30 }, (path) => path === "/upload"));
    const slow = async () => {
      await new Promise((r) => setTimeout(r, 120));
      finished = true;
    };
    app.get("/slow", async (c) => {
      await slow();
      return c.json({ ok: true });
    });
    app.get("/upload", async (c) => {
      await slow();
      return c.json({ ok: true });
    });
    const t0 = performance.now();
    const late = await app.request("/slow");
    expect(late.status).toBe(503);
    expect(late.headers.get("retry-after")).toBe("1");
    expect(performance.now() - t0).toBeLessThan(110);
    expect(finished).toBe(false);
    // Its slot is still taken until the work ends.
    expect((await app.request("/upload")).status).toBe(503);
    await new Promise((r) => setTimeout(r, 150));
    expect(finished).toBe(true);
    expect((await app.request("/upload")).status).toBe(200);
  });
});
