/**
 * Golden tests: what a user reads, compared with committed, reviewed outputs in test/golden/output/. The
 * numbers inside are checked against independent counts elsewhere; these catch any change of wording or
 * layout. Regenerate only on purpose: `npm run golden:update`, then review the diff.
 */
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { main } from "../../src/cli/main.ts";
import { englishIn } from "../../src/messages/testing/sentences.ts";
import { ROOT } from "../helpers/paths.ts";

const OUT = join(ROOT, "test", "golden", "output");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

const SEED =
  "Terreurgroep Islamitische Staat (IS) heeft in de eerste helft van 2024 al meer aanslagen gepleegd in Syrië en Irak dan in heel 2023. Het aantal aanslagen is verdubbeld. Dat heeft het Amerikaanse militaire hoofdkwartier Centcom bekendgemaakt.\n\nIS pleegde in de eerste zes maanden van dit jaar al 153 aanslagen in Syrië en Irak. Vorig jaar waren dat er 121 in totaal.";

async function run(db: string, ...args: string[]): Promise<string> {
  const out: string[] = [];
  const code = await main(["node", "resurgence", "--db", db, ...args], {
    env: {},
    io: { out: (l) => out.push(l), err: () => undefined, isTTY: false, now: () => new Date("2026-11-29T12:00:00Z"), stdin: async () => SEED },
  });
  expect(code).toBe(0);
  // Machine-specific parts: where the repository lies and how long an ingest took.
  return out.join("\n").replaceAll(ROOT, "<repo>/").replaceAll(db, "<db>").replace(/, \d+[.,]\d s\)/g, ", <time>)") + "\n";
}

function golden(name: string, actual: string): void {
  const file = join(OUT, name);
  if (UPDATE) writeFileSync(file, actual);
  expect(existsSync(file), `${name} is missing: run npm run golden:update and review it`).toBe(true);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

/**
 * The demo store every test reads: built by `demo --no-serve` on first use, whichever test comes first, so
 * each test passes alone (`-t`) and in any order. The demo's own output is the first golden.
 */
let demo: Promise<{ db: string; output: string }> | undefined;
function demoStore(): Promise<{ db: string; output: string }> {
  demo ??= (async () => {
    const db = join(mkdtempSync(join(tmpdir(), "golden-")), "g.duckdb");
    return { db, output: await run(db, "demo", "--no-serve") };
  })();
  return demo;
}

describe("golden outputs", () => {
  afterAll(async () => {
    if (demo) rmSync(dirname((await demo).db), { recursive: true, force: true });
  });

  it("the demo's headline report", async () => {
    golden("demo.txt", (await demoStore()).output);
  });

  it("the seed article checked claim by claim", async () => {
    const { db } = await demoStore();
    golden("check-seed.md", await run(db, "check", "-", "--published", "2024-07"));
  });

  it("the 2024-H1 reconciliation", async () => {
    const { db } = await demoStore();
    golden("reconcile-2024-H1.txt", await run(db, "reconcile", "--actor", "IS", "--country", "SYR,IRQ", "--period", "2024-H1"));
  });

  it("the demo's headline report in Dutch, with no English sentence left", async () => {
    const dir = mkdtempSync(join(tmpdir(), "golden-nl-"));
    try {
      const output = await run(join(dir, "nl.duckdb"), "demo", "--no-serve", "--lang", "nl");
      expect(englishIn(output)).toEqual([]);
      golden("demo-nl.txt", output);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the command line's answers in Dutch: headings, tables and sentences, with no English sentence left", async () => {
    const { db } = await demoStore();
    const asks = [
      ["compare", "--actor", "IS", "--country", "SYR,IRQ", "--period", "2017", "--vs", "2018"],
      ["compare", "--counts", "153@2024-H1", "121@2023"],
      ["series", "--actor", "IS", "--country", "IRQ", "--period", "2014", "--by", "quarter"],
      ["detect", "--actor", "IS", "--country", "SYR"],
      ["forecast", "--actor", "IS", "--country", "IRQ", "--horizon", "3"],
      ["alerts", "--limit", "3"],
      ["reconcile", "--actor", "IS", "--country", "SYR,IRQ", "--period", "2024-H1"],
      ["status"],
      ["actors", "resolve", "Daesh"],
      ["actors", "active", "--limit", "5"],
      ["reported", "list", "--actor", "IS", "--country", "SYR,IRQ", "--period", "2024"],
      ["claims", "extract", "-", "--reader-lang", "nl"],
    ];
    const outputs = [];
    for (const args of asks) outputs.push(`$ resurgence ${args.join(" ")} --lang nl\n${await run(db, ...args, "--lang", "nl")}`);
    const output = outputs.join("\n").replace(/ucdp-ged-\d{8}T\d{6}-[a-z0-9]{6}/g, "<batch>");
    expect(englishIn(output)).toEqual([]);
    golden("cli-nl.txt", output);
  });
});
