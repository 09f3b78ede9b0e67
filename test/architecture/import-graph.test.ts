import { describe, expect, it } from "vitest";
import { buildGraph, findCycles, specifiers, type Graph } from "./import-graph.ts";

const graph = (edges: Record<string, string[]>): Graph => new Map(Object.entries(edges));

describe("findCycles", () => {
  it("finds a cycle through three files, in import order", () => {
    const g = graph({ "/a.ts": ["/b.ts"], "/b.ts": ["/c.ts"], "/c.ts": ["/a.ts"], "/d.ts": ["/a.ts"] });
    expect(findCycles(g)).toEqual([["/a.ts", "/b.ts", "/c.ts", "/a.ts"]]);
  });

  it("finds a file importing itself and two files importing each other", () => {
    const g = graph({ "/a.ts": ["/a.ts"], "/b.ts": ["/c.ts"], "/c.ts": ["/b.ts"] });
    expect(findCycles(g)).toHaveLength(2);
  });

  it("finds none in a graph that only points one way", () => {
    const g = graph({ "/cli.ts": ["/store.ts", "/event.ts"], "/store.ts": ["/event.ts"], "/event.ts": [] });
    expect(findCycles(g)).toEqual([]);
  });
});

describe("specifiers", () => {
  it("reads static, type-only, re-exported and dynamic imports", () => {
    const text = [
      `import { a } from "./a.ts";`,
      `import type { B } from "../b.ts";`,
      `export { c } from "./c.ts";`,
      `export * from "./d.ts";`,
      `const e = await import("./e.ts");`,
      `import { z } from "zod";`,
    ].join("\n");
    expect(specifiers(text)).toEqual(["./a.ts", "../b.ts", "./c.ts", "./d.ts", "./e.ts", "zod"]);
  });
});

describe("buildGraph", () => {
  it("resolves relative specifiers and leaves packages out", () => {
    const files: Record<string, string> = { "/src/x/a.ts": `import { b } from "../y/b.ts"; import "zod";`, "/src/y/b.ts": `import("../x/a.ts");` };
    const g = buildGraph(Object.keys(files), (f) => files[f]!);
    expect(g.get("/src/x/a.ts")).toEqual(["/src/y/b.ts"]);
    expect(findCycles(g)).toEqual([["/src/x/a.ts", "/src/y/b.ts", "/src/x/a.ts"]]);
  });
});
