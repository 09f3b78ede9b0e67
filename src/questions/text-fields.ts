/** The fields of the questions that read a news text: the text itself, its language and publication date. */
import { z } from "zod";
import { LANGS } from "../claims/index.ts";
import { say, words } from "../messages/words.ts";
import { LIMITS } from "./limits.ts";

/** A YYYY[-MM[-DD]] that names a real day, month or year an article can have been published in. */
function isRealDate(s: string): boolean {
  const [y, m = 1, d = 1] = s.split("-").map(Number) as [number, number?, number?];
  if (y < 1000 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A day written the Dutch way (DD-MM-YYYY) as YYYY-MM-DD; anything else as given. */
const isoFromDutch = (s: string): string => s.trim().replace(/^(\d{2})-(\d{2})-(\d{4})$/, "$3-$2-$1");

/** Refuses what is not a publication date, in catalogue words (so the API and a Dutch CLI say it in Dutch). */
function publicationDate(s: string, ctx: z.RefinementCtx): void {
  const problem = !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s) ? words("publishedForm") : !isRealDate(s) ? words("publishedDate") : null;
  if (problem) ctx.addIssue({ code: "custom", message: say(problem), params: { words: { message: problem } } });
}

export const textFields = {
  text: z.string().min(1, "the text is empty").max(LIMITS.maxTextChars, `the text is longer than ${LIMITS.maxTextChars} characters: split it`).describe(`the article, at most ${LIMITS.maxTextChars} characters`),
  lang: z.enum(["auto", ...LANGS]).default("auto").describe(`the article's language: auto, ${LANGS.join(", ")}`),
  published: z
    .string()
    .transform(isoFromDutch)
    .pipe(z.string().superRefine(publicationDate))
    .optional()
    .describe("publication date (YYYY, YYYY-MM, YYYY-MM-DD or DD-MM-YYYY); anchors relative periods such as 'last year'"),
};
