/** `resurgence reported add|list|import|remove`: the ledger of figures stated by officials and analysts. */
import type { Command } from "commander";
import { parseCountryList } from "../../places/index.ts";
import { reportedQuestion, resolveActor } from "../../questions/index.ts";
import { parsePeriod } from "../../periods/index.ts";
import { importLedger, makeFigure, Measure, type ReportedFigure } from "../../reported/index.ts";
import { NotFoundError, UsageError } from "../../errors.ts";
import type { Context } from "../context.ts";
import { cliWords, parseLang, type CliWords } from "../words.ts";
import { questionCommand } from "../ask.ts";

/** The actor a user named, for the commands that write figures (they open, and may create, the store). */
async function resolveActorArg(ctx: Context, name: string, w: CliWords): Promise<{ id: string }> {
  const { actor, warnings } = await resolveActor(ctx.actors(), name, await ctx.openStore("write"), w.lang);
  for (const warning of warnings) ctx.io.err(`${w.m.warning}: ${warning}`);
  return actor;
}

function print(ctx: Context, figures: ReportedFigure[], w: CliWords): void {
  const { m } = w;
  ctx.io.out(
    w.table(
      [m.col.statement, m.col.issuer, m.col.period, m.col.places, m.col.actor, m.col.what, m.col.value, m.col.url],
      figures.map((f) => [f.statement_date, f.issuer, f.period_label, f.countries.join("+"), f.actor_id, w.all.reconcile.measures[f.measure] ?? f.measure, f.value, f.source_url ?? f.basis ?? ""]),
    ),
  );
}

export function registerReported(program: Command, ctx: () => Context): void {
  const cmd = program.command("reported").description("figures stated by officials and analysts (not events): add, list, import");
  cmd
    .command("import")
    .description("import a ledger CSV: statement_date,issuer,period,geography,metric,value,basis,source_url")
    .argument("<file>")
    .option("--actor <name>", "the actor for metrics that do not name one (e.g. partnered_operations)")
    .option("--lang <en|nl>", "language of the summary: en or nl")
    .option("--json", "print JSON")
    .action(async (file: string, opts: { actor?: string; lang?: string; json?: boolean }) => {
      const c = ctx();
      const w = cliWords(parseLang(opts.lang));
      const actor = opts.actor ? (await resolveActorArg(c, opts.actor, w)).id : undefined;
      const figures = importLedger(file, c.actors(), actor);
      const r = await (await c.openStore("write")).addReported(figures);
      if (opts.json) return c.io.out(JSON.stringify({ file, read: figures.length, ...r }));
      c.io.out(w.m.reported.imported(file, w.int(figures.length), w.int(r.added), w.int(r.duplicates)));
    });
  cmd
    .command("add")
    .description("add one figure")
    .requiredOption("--issuer <who>", 'e.g. "US Central Command"')
    .requiredOption("--date <YYYY-MM-DD>", "date of the statement")
    .requiredOption("--period <spec>", "the period the figure covers, e.g. 2024-H1")
    .requiredOption("--country <list>", "places, e.g. SYR,IRQ")
    .requiredOption("--actor <name>", "the group, e.g. IS")
    .requiredOption("--measure <m>", `what was counted: ${Measure.options.join(", ")}`)
    .requiredOption("--value <n>", "the figure")
    .option("--url <url>", "where it was stated")
    .option("--basis <text>", "how it was stated or quoted")
    .option("--lang <en|nl>", "language of the confirmation: en or nl")
    .option("--json", "print JSON")
    .action(async (o: { issuer: string; date: string; period: string; country: string; actor: string; measure: string; value: string; url?: string; basis?: string; lang?: string; json?: boolean }) => {
      const c = ctx();
      const w = cliWords(parseLang(o.lang));
      const measure = Measure.safeParse(o.measure);
      if (!measure.success) throw new UsageError(`--measure "${o.measure}" is not one of ${Measure.options.join(", ")}`);
      const value = Number(o.value);
      if (!Number.isFinite(value) || value < 0) throw new UsageError(`--value "${o.value}" is not a number >= 0`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(o.date)) throw new UsageError(`--date "${o.date}" is not YYYY-MM-DD`);
      parsePeriod(o.period);
      const fig = makeFigure({ issuer: o.issuer, statementDate: o.date, period: o.period, places: parseCountryList(o.country), actorId: (await resolveActorArg(c, o.actor, w)).id, measure: measure.data, value, basis: o.basis, sourceUrl: o.url, provenance: "cli" });
      const r = await (await c.openStore("write")).addReported([fig]);
      if (o.json) return c.io.out(JSON.stringify({ figure: fig, ...r }, null, 2));
      c.io.out(r.added ? w.m.reported.added(fig.id) : w.m.reported.already(fig.id));
    });
  cmd
    .command("remove")
    .description("remove figures added by mistake, by id (as reported list --json shows them)")
    .argument("<ids...>", "the figures' ids")
    .option("--lang <en|nl>", "language of the confirmation: en or nl")
    .option("--json", "print JSON")
    .action(async (ids: string[], o: { lang?: string; json?: boolean }) => {
      const c = ctx();
      const w = cliWords(parseLang(o.lang));
      const r = await (await c.openStore("write")).removeReported(ids);
      if (o.json) return c.io.out(JSON.stringify({ ids, ...r }));
      if (r.removed === 0) throw new NotFoundError(`no reported figure has the id${ids.length > 1 ? "s" : ""} ${ids.join(", ")}`, "see the ids with resurgence reported list --json");
      c.io.out(w.m.reported.removed(w.int(r.removed), ids.length));
    });
  questionCommand(cmd, ctx, reportedQuestion, {
    name: "list",
    present(r, c, input) {
      const w = cliWords(input.lang);
      for (const warning of r.warnings) c.io.err(`${w.m.warning}: ${warning}`);
      print(c, r.figures, w);
    },
  });
}
