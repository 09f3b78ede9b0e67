/**
 * The claim checker: POST a news text, get its quantitative claims (each with the span of the text it was
 * read from, so a page can highlight it) and, for each, the check's verdict and evidence against the store
 * and the reported-figures ledger. Reading a text changes nothing, so it needs no token; its size is bounded.
 */
import { z } from "zod";
import { checkText } from "../../claims/check/index.ts";
import { LANGS } from "../../claims/index.ts";
import { parseJsonBody } from "../params/query.ts";
import type { RouteGroup } from "../route.ts";

export const claimsRoutes: RouteGroup = (deps) => {
  const Body = z.strictObject({
    text: z.string().min(1).max(deps.limits.maxTextChars).describe(`the article, at most ${deps.limits.maxTextChars} characters`),
    lang: z.enum(["auto", ...LANGS]).default("auto"),
    published: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD")
      .optional()
      .describe("publication date; anchors relative periods such as 'last year'"),
  });
  return {
    capability: "claims",
    specs: [
      {
        method: "post",
        path: "/api/claims/check",
        summary: "The quantitative claims a news text makes (counts, rates, shares, comparisons) with their spans, each checked against the store and the ledger: verdict, summary, evidence",
        tags: ["claims"],
        body: { contentType: "application/json", schema: Body, description: "the text and how to read it" },
      },
    ],
    mount(app) {
      app.post("/api/claims/check", async (c) => {
        const b = await parseJsonBody(c, Body);
        const report = await checkText(deps.store, deps.registry, b.text, { lang: b.lang, published: b.published });
        return c.json({
          text: b.text,
          lang: report.lang,
          published: report.published,
          claims: report.claims.map((k) => k.claim),
          checks: report.claims.map(({ verdict, summary, evidence }) => ({ verdict, summary, evidence })),
        });
      });
    },
  };
};
