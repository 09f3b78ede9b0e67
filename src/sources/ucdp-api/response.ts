/** The shape of one page the UCDP API answers; records stay loose here (the layout's checks judge them). */
import { z } from "zod";

export const ApiPage = z.object({
  TotalCount: z.number().int().min(0),
  TotalPages: z.number().int().min(0),
  Result: z.array(z.record(z.string(), z.unknown())),
});
export type ApiPage = z.infer<typeof ApiPage>;
export type ApiRecord = ApiPage["Result"][number];

/** Parses a page body; undefined when it is not JSON at all (a cut-off body), an Error when JSON of another shape. */
export function parsePage(text: string): ApiPage | Error | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const page = ApiPage.safeParse(json);
  if (page.success) return page.data;
  const issue = page.error.issues[0];
  return new Error(`${issue?.path.join(".") || "body"}: ${issue?.message ?? "unexpected shape"}`);
}
