/** `check`: each claim of a news text against the store and the reported-figures ledger: verdict, summary, evidence. */
import { z } from "zod";
import { checkText, type CheckedClaim } from "../claims/check/index.ts";
import { defineQuestion } from "./question.ts";
import { textFields } from "./text-fields.ts";

const Input = z.strictObject({
  ...textFields,
  reader_lang: z
    .enum(["en", "nl"])
    .optional()
    .describe("the reader's language, for the verdicts, summaries and evidence: en or nl (default: the article's when it is Dutch, else English)"),
});

const Output = z.object({
  lang: z.string().describe("the article's language"),
  messageLang: z.enum(["en", "nl"]).describe("the language the verdicts, summaries and evidence are written in: the reader's"),
  published: z.string().nullable(),
  notes: z.array(z.string()).describe("lines about the whole text, e.g. that relative periods need the publication date"),
  claims: z.array(z.custom<CheckedClaim>()).describe("each claim with its quote, verdict, summary and evidence"),
});

export const checkQuestion = defineQuestion({
  name: "check",
  summary: "The quantitative claims a news text makes, each checked against the store and the ledger: verdict, summary, evidence",
  input: Input,
  output: Output,
  cacheable: false,
  async run(q, { store, registry }) {
    return checkText(store, registry, q.text, { lang: q.lang, published: q.published, ...(q.reader_lang ? { messageLang: q.reader_lang } : {}) });
  },
});
