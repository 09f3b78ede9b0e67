/**
 * The evaluation file format (one JSON case per line, as in shared/claims/dev-cases.jsonl), parsed once at
 * the edge. Unknown fields are kept out; a bad line is an InputError naming the file and line.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { InputError } from "../../errors.ts";
import { LANGS } from "../lang.ts";

const GoldComparison = z.object({
  type: z.string(),
  direction: z.string().nullable().optional(),
  value: z.number().nullable().optional(),
});

/** A hand-made claim. */
export const GoldClaim = z.object({
  claim_type: z.string(),
  actor: z.string().nullable().optional(),
  countries: z.array(z.string()).nullable().optional(),
  region: z.string().nullable().optional(),
  period_start: z.string().nullable().optional(),
  period_end: z.string().nullable().optional(),
  quantity: z.number().nullable().optional(),
  quantity_qualifier: z.string().nullable().optional(),
  unit: z.string(),
  comparison: GoldComparison.nullable().optional(),
  attributed_source: z.string().nullable().optional(),
});

/** One evaluation case: quoted passages, optional context, and the claims a reader takes from them. */
export const DevCase = z.object({
  id: z.string(),
  language: z.enum(LANGS),
  outlet: z.string().nullable().optional(),
  publication_date: z.string().nullable().optional(),
  quotes: z.array(z.string()),
  context: z.string().nullable().optional(),
  gold: z.object({ claims: z.array(GoldClaim) }),
});

export type GoldClaim = z.infer<typeof GoldClaim>;
export type DevCase = z.infer<typeof DevCase>;

/** The text an extractor reads for a case, as score.py gives it: the quotes, then the context sentence, as paragraphs. */
export function caseText(c: DevCase): string {
  return [...c.quotes, c.context].filter((s): s is string => typeof s === "string" && s.length > 0).join("\n\n");
}

/** Parses JSONL text into cases; `file` names the source in errors. */
export function parseCases(jsonl: string, file: string): DevCase[] {
  const out: DevCase[] = [];
  jsonl.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (cause) {
      throw new InputError("a line is not valid JSON", { file, line: i + 1 }, "each line must be one JSON object", { cause });
    }
    const parsed = DevCase.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`a case does not have the expected fields: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? ""}`, { file, line: i + 1 }, "see shared/claims/README.md for the case format");
    }
    out.push(parsed.data);
  });
  return out;
}

/** Reads a JSONL file of cases. */
export function readCases(file: string, read: (path: string) => string = (path) => readFileSync(path, "utf8")): DevCase[] {
  let text: string;
  try {
    text = read(file);
  } catch (cause) {
    throw new InputError("cannot read the cases file", { file }, "check the path", { cause });
  }
  return parseCases(text, file);
}
