/**
 * Briefings over HTTP: the same data buildBriefing makes for the CLI, as JSON, Markdown, HTML or PDF. The
 * HTML carries one style element, allowed by its hash in this answer's own CSP (still no script at all).
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { ResurgenceError } from "../../errors.ts";
import { BRIEFING_CSS, buildBriefing, renderHtml, renderMarkdown } from "../../report/index.ts";
import { comparisonFields } from "../params/fields.ts";
import { parseQuery } from "../params/query.ts";
import { ruleFrom } from "../params/scope.ts";
import type { RouteGroup } from "../route.ts";

class Unavailable extends ResurgenceError {
  override name = "Unavailable";
  override readonly status = 503;
}

const STYLE_HASH = createHash("sha256").update(BRIEFING_CSS).digest("base64");
const HTML_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;

export const briefRoutes: RouteGroup = (deps) => {
  const Query = z.strictObject({
    ...comparisonFields,
    format: z.enum(["json", "md", "html", "pdf"]).default("json"),
  });
  return {
    capability: "brief",
    specs: [
      {
        method: "get",
        path: "/api/brief",
        summary: "A one-to-two-page briefing (headline, chart, map, comparison, caveats, sources) as JSON data, Markdown, HTML or PDF",
        tags: ["analysis"],
        query: Query,
        produces: ["application/json", "text/markdown", "text/html", "application/pdf"],
      },
    ],
    mount(app) {
      app.get("/api/brief", async (c) => {
        const q = parseQuery(c, Query);
        const data = await buildBriefing(
          { actor: q.actor, countries: q.country ?? [], period: q.period, vs: q.vs, rule: ruleFrom(q), lang: q.lang },
          { store: deps.store, registry: deps.registry, now: deps.now },
        );
        const name = `brief-${data.actor.id}-${data.period.label}-vs-${data.vs.label}`.replace(/[^A-Za-z0-9._-]+/g, "_");
        switch (q.format) {
          case "json":
            return c.json(data);
          case "md":
            c.header("Content-Disposition", `attachment; filename="${name}.md"`);
            return c.body(await renderMarkdown(data), 200, { "Content-Type": "text/markdown; charset=utf-8" });
          case "html":
            c.header("Content-Security-Policy", HTML_CSP);
            return c.body(await renderHtml(data), 200, { "Content-Type": "text/html; charset=utf-8" });
          case "pdf": {
            if (!deps.pdf) throw new Unavailable("PDF briefings are not available on this server", "install Chromium at /usr/bin/chromium, or ask for format=html");
            const pdf = await deps.pdf(await renderHtml(data));
            c.header("Content-Disposition", `attachment; filename="${name}.pdf"`);
            return c.body(pdf as Uint8Array<ArrayBuffer>, 200, { "Content-Type": "application/pdf" });
          }
          default:
            throw new Error(`unknown format ${String(q.format satisfies never)}`);
        }
      });
    },
  };
};
