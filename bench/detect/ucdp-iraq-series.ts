/**
 * Test and bench helper, deliberately independent of src/: the monthly count of UCDP GED events involving
 * IS in Iraq, read with a plain CSV parser written here. An event counts when side_a or side_b is "IS" or
 * lists "IS" as a coalition member (split on ", " or " - "); its month is date_start's. Line 2 of the HDX
 * export is an HXL tag row and is skipped. Deaths are the `best` estimate.
 */
import { readFileSync } from "node:fs";

/** The HDX export of UCDP GED 19.1 for Iraq. */
export const IRAQ_GED_PATH = "/work/shared/data/ucdp/ged191-iraq-hdx-1989-2018.csv";

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = "";
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") endField();
    else if (c === "\n") endRow();
    else if (c === "\r") {
      if (text[i + 1] === "\n") i++;
      endRow();
    } else field += c;
  }
  if (field !== "" || row.length > 0) endRow();
  return rows;
}

/** True when a UCDP side names IS alone or as a coalition member. */
export function involvesIs(side: string): boolean {
  return side.split(/, | - /).some((part) => part.trim() === "IS");
}

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (;;) {
    const label = `${year}-${String(month).padStart(2, "0")}`;
    if (label > last) return out;
    out.push(label);
    month++;
    if (month === 13) {
      month = 1;
      year++;
    }
  }
}

/** IS events (and deaths) per month from `first` to `last`, empty months as 0. */
export function readIraqIsSeries(first = "2004-01", last = "2018-12", path = IRAQ_GED_PATH): { months: string[]; counts: number[]; deaths: number[] } {
  const [header, hxl, ...records] = parseCsv(readFileSync(path, "utf8"));
  if (!header || !hxl?.some((v) => v.startsWith("#"))) throw new Error(`${path}: expected a header and an HXL tag row`);
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${path}: no column ${name}`);
    return i;
  };
  const [a, b, start, best] = [col("side_a"), col("side_b"), col("date_start"), col("best")];
  const months = monthsBetween(first, last);
  const counts = new Array<number>(months.length).fill(0);
  const deaths = new Array<number>(months.length).fill(0);
  for (const r of records) {
    if (r.length < header.length) continue; // the trailing empty line
    if (!involvesIs(r[a] ?? "") && !involvesIs(r[b] ?? "")) continue;
    const k = months.indexOf((r[start] ?? "").slice(0, 7));
    if (k < 0) continue;
    counts[k] = (counts[k] as number) + 1;
    deaths[k] = (deaths[k] as number) + Number(r[best]);
  }
  return { months, counts, deaths };
}
