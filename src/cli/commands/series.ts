/** `resurgence series`, `resurgence map` and `resurgence events`: the questions the dashboard's chart, map and lists ask. */
import type { Command } from "commander";
import { eventsQuestion, mapQuestion, seriesQuestion } from "../../questions/index.ts";
import { questionCommand } from "../ask.ts";
import type { Context } from "../context.ts";
import { cliWords } from "../words.ts";

export function registerSeries(program: Command, ctx: () => Context): void {
  questionCommand(program, ctx, seriesQuestion, {
    present(r, c, input) {
      const w = cliWords(input.lang);
      const { m } = w;
      for (const warning of r.warnings) c.io.err(`${m.warning}: ${warning}`);
      c.io.out(`${m.series.title(r.actor?.name ?? m.everyActor, r.countries.join(", ") || m.allCountries, r.period.label, m.granularity[r.by] ?? r.by)}\n`);
      c.io.out(w.table([m.granularity[r.by] ?? r.by, m.col.events, m.col.deaths], r.series.map((p) => [p.partial ? `${p.bucket}*` : p.bucket, p.events, w.deaths(p.deaths, r.deaths_recorded)])));
      if (r.series.some((p) => p.partial)) c.io.out(m.partialBucket);
      c.io.out(r.rule_text);
    },
  });
}

export function registerMap(program: Command, ctx: () => Context): void {
  questionCommand(program, ctx, mapQuestion, {
    present(r, c, input) {
      const w = cliWords(input.lang);
      const { m } = w;
      for (const warning of r.warnings) c.io.err(`${m.warning}: ${warning}`);
      c.io.out(`${m.map.shown(w.int(r.shown), w.int(r.total), r.sampled)}\n`);
      c.io.out(w.table([m.col.actor, m.col.eventsShown], r.legend.map((l) => [l.name, l.count])));
      c.io.out(r.rule_text);
    },
  });
}

export function registerEvents(program: Command, ctx: () => Context): void {
  questionCommand(program, ctx, eventsQuestion, {
    present(r, c, input) {
      const w = cliWords(input.lang);
      const { m } = w;
      for (const warning of r.warnings) c.io.err(`${m.warning}: ${warning}`);
      c.io.out(w.table(["id", m.col.date, m.col.country, "admin1", m.col.deaths, m.col.sideA, m.col.sideB], r.events.map((e) => [e.id, e.date_start, e.country_iso3 ?? "?", e.admin1 ?? "", e.deaths_best ?? "–", e.side_a ?? "", e.side_b ?? ""])));
      const p = r.page;
      c.io.out(`\n${m.events.page(w.int(p.offset + 1), w.int(p.offset + p.returned), w.int(p.total), p.next_offset === null ? null : String(p.next_offset))}`);
      c.io.out(r.rule_text);
    },
  });
}
