/**
 * `npm run eval:claims -- FILE.jsonl [--verbose] [--json] [--lang-from-case]`: scores the claim extractor
 * on a file of evaluation cases and prints the tables. Languages are detected unless --lang-from-case.
 */
import { ResurgenceError, UsageError } from "../../errors.ts";
import { extractClaims } from "../index.ts";
import { detectLanguage } from "../language.ts";
import { readCases } from "./dev-case.ts";
import { score } from "./score.ts";
import { formatReport } from "./table.ts";

function main(argv: string[]): void {
  const files = argv.filter((a) => !a.startsWith("--"));
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const unknown = [...flags].filter((f) => !["--verbose", "--json", "--lang-from-case"].includes(f));
  if (files.length !== 1 || unknown.length > 0) {
    throw new UsageError("usage: npm run eval:claims -- FILE.jsonl [--verbose] [--json] [--lang-from-case]", "pass one JSONL file of cases");
  }
  const cases = readCases(files[0] as string);
  const report = score(cases, (text, c) => {
    const detected = flags.has("--lang-from-case") ? c.language : detectLanguage(text);
    return { claims: extractClaims(text, { lang: detected, published: c.publication_date ?? undefined }), detected };
  });
  if (flags.has("--json")) {
    const { cases: _cases, ...summary } = report;
    console.log(JSON.stringify(summary, null, 2));
  } else console.log(formatReport(report, flags.has("--verbose")));
}

try {
  main(process.argv.slice(2));
} catch (err) {
  if (err instanceof ResurgenceError) {
    console.error(`error: ${err.message}${err.hint ? `\n  ${err.hint}` : ""}`);
    process.exitCode = err.exitCode;
  } else {
    console.error(err);
    process.exitCode = 1;
  }
}
