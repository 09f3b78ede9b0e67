/** `claims`: the quantitative claims a news text makes (figures, periods, places, actors, comparisons, sources). */
import { z } from "zod";
import { extractClaims, type Claim } from "../claims/index.ts";
import { defineQuestion } from "./question.ts";
import { textFields } from "./text-fields.ts";

const Input = z.strictObject(textFields);

const Output = z.object({
  claims: z.array(z.custom<Claim>()).describe("each claim with the span of the text it was read from"),
});

export const claimsQuestion = defineQuestion({
  name: "claims",
  summary: "The quantitative claims a news text makes: counts, rates, shares, comparisons, with their spans",
  input: Input,
  output: Output,
  cacheable: false,
  readsStore: false,
  async run(q) {
    return { claims: extractClaims(q.text, { lang: q.lang, published: q.published }) };
  },
});
