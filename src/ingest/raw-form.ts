/** How an ingest keeps a plain CSV file's records (IngestRequest.raw; `ingest --raw`, `POST /api/ingest?raw=`). */
import { UsageError } from "../errors.ts";

export const RAW_FORMS = ["delivered", "parquet"] as const;
export type RawForm = (typeof RAW_FORMS)[number];

/**
 * A user's `--raw` value, checked.
 *
 * @example
 * parseRawForm("parquet"); // "parquet"
 */
export function parseRawForm(value: string): RawForm {
  const form = RAW_FORMS.find((f) => f === value);
  if (!form) throw new UsageError(`--raw "${value}" is not one of ${RAW_FORMS.join(", ")}`, "use --raw delivered (the file as it is: fastest) or --raw parquet (about a tenth of the disk)");
  return form;
}
