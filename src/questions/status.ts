/** `status`: what the store holds: each dataset's coverage per country, the ingest batches. */
import { z } from "zod";
import type { BatchInfo, DatasetCoverage } from "../store/index.ts";
import { langField } from "./fields.ts";
import { defineQuestion } from "./question.ts";

const Output = z.object({
  store: z.object({ kind: z.enum(["duckdb", "clickhouse"]), location: z.string() }),
  events: z.number().int(),
  coverage: z.array(z.custom<DatasetCoverage>()).describe("per dataset and country: events, first and last date, and the spans each batch covers (declared or inferred)"),
  batches: z.array(z.custom<BatchInfo>()).describe("every ingest: file, rows read, loaded, duplicates, quarantined"),
});

export const statusQuestion = defineQuestion({
  name: "status",
  summary: "What the store holds: datasets with their coverage per country, and the ingest batches",
  // The answer holds no sentence; `lang` is the reader's, for the words a surface prints around it.
  input: z.strictObject({ lang: langField }),
  output: Output,
  cacheable: true,
  async run(_q, { store }) {
    const [coverage, batches] = await Promise.all([store.coverage(), store.batches()]);
    return { store: { kind: store.kind, location: store.location }, events: coverage.reduce((s, r) => s + Number(r.events), 0), coverage, batches };
  },
});
