/**
 * `resurgence claims extract FILE|-` (the quantitative claims of an article) and `resurgence check ARTICLE`
 * (each claim against the store and the reported-figures ledger, with a verdict and its evidence).
 */
import type { Command } from "commander";
import { readFile } from "node:fs/promises";
import { extractClaims } from "../../claims/index.ts";
import { checkMarkdown, checkText } from "../../claims/check/index.ts";
import { InputError, UsageError } from "../../errors.ts";
import type { Context } from "../context.ts";
import { table } from "../table.ts";

type Lang = "auto" | "nl" | "en" | "de" | "fr";

interface Flags {
  lang: string;
  published?: string;
  json?: boolean;
  format?: string;
}

function checkFlags(f: Flags): { lang: Lang; published?: string } {
  if (!["auto", "nl", "en", "de", "fr"].includes(f.lang)) throw new UsageError(`--lang "${f.lang}" is not one of auto, nl, en, de, fr`);
  if (f.published !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(f.published)) throw new UsageError(`--published "${f.published}" is not YYYY, YYYY-MM or YYYY-MM-DD`, "relative periods such as 'last year' are resolved against it");
  return { lang: f.lang as Lang, published: f.published };
}

async function readArticle(ctx: Context, file: string): Promise<string> {
  if (file === "-") return ctx.io.stdin();
  try {
    return await readFile(file, "utf8");
  } catch (cause) {
    throw new InputError("cannot read the article", { file }, "pass a text file, or - to read standard input", { cause });
  }
}

export function registerClaims(program: Command, ctx: () => Context): void {
  const claims = program.command("claims").description("quantitative claims in news text (Dutch, English, German, French)");
  claims
    .command("extract")
    .description("extract the claims an article makes: figures, periods, places, actors, comparisons, sources")
    .argument("<file>", "a text file, or - for standard input")
    .option("--lang <lang>", "auto, nl, en, de or fr", "auto")
    .option("--published <date>", "publication date (YYYY, YYYY-MM or YYYY-MM-DD) for relative periods")
    .option("--json", "print JSON")
    .action(async (file: string, f: Flags) => {
      const c = ctx();
      const opts = checkFlags(f);
      const text = await readArticle(c, file);
      const found = extractClaims(text, opts);
      if (f.json) return c.io.out(JSON.stringify(found, null, 2));
      c.io.out(table(["text", "type", "actor", "figure", "unit", "places", "period", "source"], found.map((k) => [
        text.slice(k.span[0], k.span[1]).replace(/\s+/g, " ").slice(0, 40), k.claim_type, k.actor ?? "?",
        k.claim_type === "comparison" ? (k.comparison?.text ?? "") : `${k.qualifier && k.qualifier !== "exact" ? `${k.qualifier} ` : ""}${k.quantity ?? "?"}`,
        k.unit, k.countries.join("+") || k.region || "?", `${k.period_start ?? "?"}..${k.period_end ?? "?"}`, k.attributed_source ?? "",
      ])));
    });
  program
    .command("check")
    .description("check each claim of an article against the store and the ledger: verdict and evidence")
    .argument("<article>", "a text file, or - for standard input")
    .option("--lang <lang>", "auto, nl, en, de or fr", "auto")
    .option("--published <date>", "publication date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--format <format>", "md or json", "md")
    .option("--json", "same as --format json")
    .action(async (file: string, f: Flags) => {
      const c = ctx();
      const opts = checkFlags(f);
      const format = f.json ? "json" : (f.format ?? "md");
      if (!["md", "json"].includes(format)) throw new UsageError(`--format "${format}" is not md or json`);
      const report = await checkText(await c.openStore(), c.actors(), await readArticle(c, file), opts);
      c.io.out(format === "json" ? JSON.stringify(report, null, 2) : checkMarkdown(report));
    });
}
