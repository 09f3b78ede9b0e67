/** `actors`: an actor the registry lacks is named as the data write it, checked against the CSV file itself. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledRegistry } from "../actors/index.ts";
import { ingestFile } from "../ingest/index.ts";
import type { DuckDBStore } from "../store/index.ts";
import { plainEvents } from "../store/testing/oracle.ts";
import { SYRIA } from "../../test/helpers/paths.ts";
import { tempStore } from "../../test/helpers/store.ts";
import { actorsQuestion } from "./actors.ts";

describe("actorsQuestion", () => {
  let store: DuckDBStore;
  beforeAll(async () => {
    store = (await tempStore()).store;
    await ingestFile(store, { file: SYRIA });
  });
  afterAll(() => store.close());

  it("names actors the registry lacks by the data's spelling, not their ids' slugs", async () => {
    const registry = bundledRegistry();
    const { actors } = await actorsQuestion.run(actorsQuestion.input.parse({ country: "SYR", limit: 40 }), { store, registry } as never);
    const unknown = actors.filter((a) => !registry.actors.has(a.id) && !a.id.startsWith("gov-"));
    expect(unknown.length).toBeGreaterThan(5);
    // Every such name is a member of a side as the CSV writes it (coalitions joined by ", "); none is a slug.
    const members = new Set(plainEvents().flatMap((r) => [r.side_a ?? "", r.side_b ?? ""]).flatMap((s) => [s, ...s.split(/,\s+/)]).map((s) => s.trim()));
    for (const a of unknown) {
      expect(members.has(a.name), a.name).toBe(true);
      expect(a.name).not.toBe(a.id);
    }
    expect(actors.find((a) => a.id === "hawar-kilis-operations-room")?.name).toBe("Hawar Kilis Operations Room");
  });
});
