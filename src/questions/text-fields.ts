/** The fields of the questions that read a news text: the text itself, its language and publication date. */
import { z } from "zod";
import { LANGS } from "../claims/index.ts";
import { LIMITS } from "./limits.ts";

export const textFields = {
  text: z.string().min(1, "the text is empty").max(LIMITS.maxTextChars, `the text is longer than ${LIMITS.maxTextChars} characters: split it`).describe(`the article, at most ${LIMITS.maxTextChars} characters`),
  lang: z.enum(["auto", ...LANGS]).default("auto").describe(`the article's language: auto, ${LANGS.join(", ")}`),
  published: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD")
    .optional()
    .describe("publication date (YYYY, YYYY-MM or YYYY-MM-DD); anchors relative periods such as 'last year'"),
};
