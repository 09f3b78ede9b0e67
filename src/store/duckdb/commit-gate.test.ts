import { describe, expect, it } from "vitest";
import { CommitGate } from "./commit-gate.ts";

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("CommitGate", () => {
  it("starts a commit only after the reads in flight, and holds reads that arrive meanwhile until it is done", async () => {
    const gate = new CommitGate();
    const log: string[] = [];
    let finishRead!: () => void;
    const read1 = gate.read(async () => {
      log.push("read1 start");
      await new Promise<void>((r) => (finishRead = r));
      log.push("read1 end");
    });
    await tick();
    const commit = gate.commit(async () => {
      log.push("commit start");
      await tick();
      log.push("commit end");
    });
    await tick();
    const read2 = gate.read(async () => void log.push("read2"));
    await tick();
    expect(log).toEqual(["read1 start"]);
    finishRead();
    await Promise.all([read1, commit, read2]);
    expect(log).toEqual(["read1 start", "read1 end", "commit start", "commit end", "read2"]);
  });

  it("lets reads run side by side when nothing commits, and reopens after a failed commit", async () => {
    const gate = new CommitGate();
    let running = 0;
    let most = 0;
    const read = () => gate.read(async () => {
      most = Math.max(most, ++running);
      await tick();
      running--;
    });
    await Promise.all([read(), read(), read()]);
    expect(most).toBe(3);
    await expect(gate.commit(async () => Promise.reject(new Error("COMMIT failed")))).rejects.toThrow("COMMIT failed");
    await expect(gate.read(async () => "after")).resolves.toBe("after");
  });
});
