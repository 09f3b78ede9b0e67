/**
 * The import graph of src/, for the architecture test: every .ts file, the relative specifiers it imports or
 * re-exports (static, `import type`, `export … from`, dynamic `import("…")` with a literal), resolved to
 * absolute paths, and the cycles in it (Tarjan's strongly connected components).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

/** file → the files it imports (absolute paths; only relative specifiers, packages are outside the graph). */
export type Graph = Map<string, string[]>;

/** Every .ts file under `dir`, node_modules excluded. */
export function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.isFile() && e.name.endsWith(".ts")) out.push(p);
  }
  return out.sort();
}

/** The module specifiers a source text names: imports, `export … from`, and dynamic imports with a literal. */
export function specifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** A relative specifier as an absolute path (the project imports with explicit `.ts`); undefined for packages. */
export function resolveSpecifier(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  return resolve(dirname(from), spec);
}

/** The graph of `files`, reading each from disk (or from `read`, for tests). */
export function buildGraph(files: string[], read: (file: string) => string = (f) => readFileSync(f, "utf8")): Graph {
  const g: Graph = new Map();
  for (const f of files) {
    const targets = specifiers(read(f))
      .map((s) => resolveSpecifier(f, s))
      .filter((t): t is string => t !== undefined);
    g.set(f, [...new Set(targets)]);
  }
  return g;
}

/**
 * The cycles of `g`: each strongly connected component with more than one file, or a file importing itself,
 * as its files in a cycle order (a path that returns to its start). Tarjan's algorithm, iterative so a deep
 * graph cannot overflow the stack.
 */
export function findCycles(g: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;
  const edges = (v: string) => (g.get(v) ?? []).filter((w) => g.has(w));
  for (const root of g.keys()) {
    if (index.has(root)) continue;
    const work: Array<{ v: string; i: number }> = [{ v: root, i: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const out = edges(top.v);
      if (top.i < out.length) {
        const w = out[top.i++]!;
        if (!index.has(w)) {
          index.set(w, next);
          low.set(w, next++);
          stack.push(w);
          onStack.add(w);
          work.push({ v: w, i: 0 });
        } else if (onStack.has(w)) {
          low.set(top.v, Math.min(low.get(top.v)!, index.get(w)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.v, Math.min(low.get(parent.v)!, low.get(top.v)!));
      if (low.get(top.v) === index.get(top.v)) {
        const scc: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          scc.push(w);
        } while (w !== top.v);
        if (scc.length > 1 || edges(top.v).includes(top.v)) components.push(cycleOrder(g, scc));
      }
    }
  }
  return components;
}

/** A cycle through a component's files, from its first file back to it (breadth-first, shortest). */
function cycleOrder(g: Graph, scc: string[]): string[] {
  const members = new Set(scc);
  const start = [...scc].sort()[0]!;
  const prev = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of g.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(prev.get(path[0]!)!);
        return [...path, start];
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return scc;
}

/** `file` relative to `root`, with forward slashes, for messages and layer lookups. */
export function rel(root: string, file: string): string {
  return relative(root, file).split(sep).join("/");
}
