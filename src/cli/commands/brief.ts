/**
 * `resurgence brief`: the `brief` question's answer rendered as Markdown, HTML or PDF (or given as JSON):
 * the headline sentence, the monthly chart, the map, the comparison table, caveats and sources. Markdown written
 * to a file gets its images as SVG files beside it (`x.md` → `x-chart.svg`, `x-map.svg`).
 */
import type { Command } from "commander";
import { writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UsageError } from "../../errors.ts";
import { briefQuestion } from "../../questions/index.ts";
import { chromiumPdf, renderHtml, renderMarkdown, svgFiles } from "../../report/index.ts";
import { addInputOptions, ask, parseInput } from "../ask.ts";
import { cliWords } from "../words.ts";
import type { Context } from "../context.ts";

const FORMATS = ["md", "html", "pdf", "json"] as const;

export function registerBrief(program: Command, ctx: () => Context): void {
  const cmd = program.command("brief").description(briefQuestion.summary);
  addInputOptions(cmd, briefQuestion.input)
    .option("--format <f>", "md, html, pdf or json (default md)")
    .option("--json", "same as --format json")
    .option("--out <file>", "write to FILE (needed for pdf; md puts its chart and map beside it as SVG files; without it md, html and json go to stdout)")
    .action(async (opts: Record<string, unknown> & { format?: string; out?: string; json?: boolean }) => {
      const c = ctx();
      const format = opts.json ? "json" : (opts.format ?? "md");
      if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format "${format}" is not md, html, pdf or json`);
      if (format === "pdf" && !opts.out) throw new UsageError("a PDF needs --out FILE");
      const input = parseInput(briefQuestion.input, opts);
      const w = cliWords(input.lang);
      const data = await ask(c, briefQuestion, input);
      for (const warning of data.warnings) c.io.err(`${w.m.warning}: ${warning}`);
      // Markdown to a file: its chart and map as SVG files beside it, linked relatively; to stdout, inline SVG.
      const images = format === "md" && opts.out ? svgFiles(basename(opts.out).replace(/\.(md|markdown)$/i, "")) : undefined;
      const body = format === "json" ? JSON.stringify(data, null, 2) : format === "md" ? await renderMarkdown(data, images?.place) : await renderHtml(data);
      const bytes = format === "pdf" ? await chromiumPdf()(body) : body;
      if (!opts.out) return c.io.out(body.trimEnd());
      for (const f of images?.files ?? []) await writeFile(join(dirname(opts.out), f.name), f.svg);
      await writeFile(opts.out, bytes);
      c.io.err(w.m.wrote(opts.out, format, data.headline));
    });
}
