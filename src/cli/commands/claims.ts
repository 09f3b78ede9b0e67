/**
 * `resurgence claims extract FILE|-` (the `claims` question: the quantitative claims of an article) and
 * `resurgence check ARTICLE` (the `check` question: each claim against the store and the reported-figures
 * ledger, with a verdict and its evidence). The article is read here; everything else is the questions'.
 */
import type { Command } from "commander";
import { readFile } from "node:fs/promises";
import { actorName } from "../../actors/index.ts";
import { checkMarkdown } from "../../claims/check/index.ts";
import { qualifierWords, regionName, unitWords } from "../../messages/index.ts";
import { InputError, UsageError } from "../../errors.ts";
import { checkQuestion, claimsQuestion } from "../../questions/index.ts";
import { addInputOptions, ask, parseInput, printJson } from "../ask.ts";
import type { Context } from "../context.ts";
import { cliWords, parseLang } from "../words.ts";

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
  const extract = claims.command("extract").description(claimsQuestion.summary).argument("<file>", "a text file, or - for standard input");
  addInputOptions(extract, claimsQuestion.input, ["text"])
    .option("--reader-lang <en|nl>", "language of the table's headings (the article's is --lang): en or nl")
    .option("--json", "print the answer as JSON (as the API gives it)")
    .action(async (file: string, opts: Record<string, unknown> & { readerLang?: string }) => {
      const c = ctx();
      const w = cliWords(parseLang(opts.readerLang, "--reader-lang"));
      const { m } = w;
      // The group as the reader names it: the registry's Dutch name where it has one.
      const actorOf = (id: string | null, name: string | null) => (id && c.actors().actors.get(id) ? actorName(c.actors().actors.get(id)!, w.lang) : (name ?? "?"));
      const text = await readArticle(c, file);
      const { claims: found } = await ask(c, claimsQuestion, parseInput(claimsQuestion.input, opts, { text }));
      if (opts.json) return printJson(c, { claims: found });
      c.io.out(w.table([m.claims.text, m.claims.type, m.col.actor, m.claims.figure, m.claims.unit, m.col.places, m.col.period, m.claims.source], found.map((k) => [
        text.slice(k.span[0], k.span[1]).replace(/\s+/g, " ").slice(0, 40), w.all.check.claimTypes[k.claim_type] ?? k.claim_type, actorOf(k.actor_id, k.actor),
        k.claim_type === "comparison" ? (k.comparison?.text ?? "") : [qualifierWords(w.all, k.qualifier), k.quantity === null ? "?" : w.num(k.quantity)].filter(Boolean).join(" "),
        unitWords(w.all, k.unit), k.countries.join("+") || (k.region ? regionName(w.all, k.region) : "?"), `${k.period_start ?? "?"}..${k.period_end ?? "?"}`, k.attributed_source ?? "",
      ])));
    });
  const check = program.command("check").description(checkQuestion.summary).argument("<article>", "a text file, or - for standard input");
  addInputOptions(check, checkQuestion.input, ["text"])
    .option("--format <format>", "md or json (default md)")
    .option("--json", "same as --format json")
    .action(async (file: string, opts: Record<string, unknown> & { format?: string; json?: boolean }) => {
      const c = ctx();
      const format = opts.json ? "json" : (opts.format ?? "md");
      if (!["md", "json"].includes(format)) throw new UsageError(`--format "${format}" is not md or json`);
      const report = await ask(c, checkQuestion, parseInput(checkQuestion.input, opts, { text: await readArticle(c, file) }));
      if (format === "json") return printJson(c, report);
      c.io.out(checkMarkdown(report));
    });
}
