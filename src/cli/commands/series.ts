/** `resurgence series`, `resurgence map` and `resurgence events`: the questions the dashboard's chart, map and lists ask. */
import type { Command } from "commander";
import { eventsQuestion, mapQuestion, seriesQuestion } from "../../questions/index.ts";
import { questionCommand } from "../ask.ts";
import type { Context } from "../context.ts";
import { table } from "../table.ts";

export function registerSeries(program: Command, ctx: () => Context): void {
  questionCommand(program, ctx, seriesQuestion, {
    present(r, c) {
      for (const w of r.warnings) c.io.err(`warning: ${w}`);
      c.io.out(`${r.actor?.name ?? "Every actor"} in ${r.countries.join(", ") || "all countries"}, ${r.period.label} by ${r.by}\n`);
      c.io.out(table([r.by, "events", "deaths"], r.series.map((p) => [p.partial ? `${p.bucket}*` : p.bucket, p.events, p.deaths])));
      if (r.series.some((p) => p.partial)) c.io.out("* partial bucket: the period cuts it");
      c.io.out(r.rule_text);
    },
  });
}

export function registerMap(program: Command, ctx: () => Context): void {
  questionCommand(program, ctx, mapQuestion, {
    present(r, c) {
      for (const w of r.warnings) c.io.err(`warning: ${w}`);
      c.io.out(`${r.shown.toLocaleString("en")} of ${r.total.toLocaleString("en")} events${r.sampled ? " (sampled evenly through the period)" : ""}; --json gives the points\n`);
      c.io.out(table(["actor", "events shown"], r.legend.map((l) => [l.name, l.count])));
      c.io.out(r.rule_text);
    },
  });
}

export function registerEvents(program: Command, ctx: () => Context): void {
  questionCommand(program, ctx, eventsQuestion, {
    present(r, c) {
      for (const w of r.warnings) c.io.err(`warning: ${w}`);
      c.io.out(table(["id", "date", "country", "admin1", "deaths", "side a", "side b"], r.events.map((e) => [e.id, e.date_start, e.country_iso3 ?? "?", e.admin1 ?? "", e.deaths_best ?? "–", e.side_a ?? "", e.side_b ?? ""])));
      c.io.out(`\n${r.page.offset + 1}–${r.page.offset + r.page.returned} of ${r.page.total.toLocaleString("en")}${r.page.next_offset !== null ? `; next: --offset ${r.page.next_offset}` : ""}`);
      c.io.out(r.rule_text);
    },
  });
}
