/**
 * `npm run eval:claims -- FILE.jsonl [--verbose] [--json] [--predictions OUT.jsonl]`: scores the claim
 * extractor on a file of evaluation cases the way score.py judges it (each case's own language and its
 * publication date as score.py reads it) and prints the tables. `--predictions` writes what was extracted,
 * one case a line, for `python3 score.py FILE.jsonl node --import tsx bench/claims/replay.ts OUT.jsonl` to re-score.
 */
import { writeFileSync } from "node:fs";
import { ResurgenceError, UsageError } from "../../errors.ts";
import { extractClaims } from "../index.ts";
import { readCases } from "./dev-case.ts";
import { score } from "./score.ts";
import { formatReport } from "./table.ts";

const USAGE = "usage: npm run eval:claims -- FILE.jsonl [--verbose] [--json] [--predictions OUT.jsonl]";

function main(argv: string[]): void {
  const files: string[] = [];
  const flags = new Set<string>();
  let predictions: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--predictions") predictions = argv[++i];
    else if (a.startsWith("--")) flags.add(a);
    else files.push(a);
  }
  const unknown = [...flags].filter((f) => !["--verbose", "--json"].includes(f));
  if (files.length !== 1 || unknown.length > 0 || (argv.includes("--predictions") && !predictions)) throw new UsageError(USAGE, "pass one JSONL file of cases");
  const cases = readCases(files[0] as string);
  const report = score(cases, (text, lang, published) => extractClaims(text, { lang, published }));
  if (predictions) writeFileSync(predictions, report.cases.map((c) => JSON.stringify({ id: c.id, text: c.text, claims: c.predicted })).join("\n") + "\n");
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
