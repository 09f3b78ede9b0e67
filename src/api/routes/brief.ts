/**
 * Briefings over HTTP: the `brief` question's answer, the same the CLI renders, as JSON, Markdown, HTML or PDF. The
 * HTML carries one style element, allowed by its hash in this answer's own CSP (still no script at all).
 */
import { createHash } from "node:crypto";
import type { Context } from "hono";
import { UnavailableError } from "../../errors.ts";
import { briefQuestion } from "../../questions/index.ts";
import { BRIEFING_CSS, NO_CHROMIUM_HINT, renderHtml, renderMarkdown, type BriefingData } from "../../report/index.ts";
import { answerRoute } from "../answer-route.ts";
import type { RouteGroup } from "../route.ts";

const STYLE_HASH = createHash("sha256").update(BRIEFING_CSS).digest("base64");
const HTML_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;

const fileName = (d: BriefingData): string => `brief-${d.actor.id}-${d.period.label}-vs-${d.vs.label}`.replace(/[^A-Za-z0-9._-]+/g, "_");

export const briefRoutes: RouteGroup = (deps) => {
  const route = answerRoute(deps, briefQuestion, {
    path: "/api/brief",
    tags: ["analysis"],
    formats: {
      md: {
        type: "text/markdown",
        render: async (data, c: Context) => {
          c.header("Content-Disposition", `attachment; filename="${fileName(data)}.md"`);
          return c.body(await renderMarkdown(data), 200, { "Content-Type": "text/markdown; charset=utf-8" });
        },
      },
      html: {
        type: "text/html",
        render: async (data, c: Context) => {
          c.header("Content-Security-Policy", HTML_CSP);
          return c.body(await renderHtml(data), 200, { "Content-Type": "text/html; charset=utf-8" });
        },
      },
      pdf: {
        type: "application/pdf",
        render: async (data, c: Context) => {
          if (!deps.pdf) throw new UnavailableError("PDF briefings are not available on this server: it found no Chromium", `${NO_CHROMIUM_HINT}; or ask for format=html`);
          const pdf = await deps.pdf(await renderHtml(data));
          c.header("Content-Disposition", `attachment; filename="${fileName(data)}.pdf"`);
          return c.body(pdf as Uint8Array<ArrayBuffer>, 200, { "Content-Type": "application/pdf" });
        },
      },
    },
  });
  return { capability: "brief", specs: [route.spec], mount: (app) => route.mount(app) };
};
