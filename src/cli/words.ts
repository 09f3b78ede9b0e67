/**
 * The reader's words on the command line: the catalogue's `cli` section in the language a command was given,
 * with numbers and tables written in that language's locale (2,856 / 2.856; 2858.0 / 2858,0).
 */
import { messages, type MessageLang } from "../messages/index.ts";
import { table } from "./table.ts";
import { UsageError } from "../errors.ts";

export function cliWords(lang: MessageLang | undefined) {
  const all = messages(lang ?? "en");
  const locale = all.locale;
  return {
    lang: lang ?? "en",
    m: all.cli,
    all,
    /** A count with the language's grouping: 29,117 / 29.117. */
    int: (x: number) => x.toLocaleString(locale),
    /** A deaths cell: "–" for a dataset that records no deaths (GDELT), never a 0 that reads as "no one died". */
    deaths: (n: number, recorded: boolean) => (recorded ? n : "–"),
    /** Any figure as a reader writes it, to three decimals at most: 8,500 / 8.500; 0.333 / 0,333. */
    num: (x: number) => x.toLocaleString(locale, { maximumFractionDigits: 3 }),
    /** A number with exactly `digits` decimals and no grouping: 2858.0 / 2858,0. */
    fixed: (x: number, digits: number) => x.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }),
    table: (header: string[], rows: Array<Array<string | number>>) => table(header, rows, locale),
  };
}

export type CliWords = ReturnType<typeof cliWords>;

/** A command's own `--lang` (or `flag`, e.g. `--reader-lang`) where no question parses it: en, nl, or refused in one line. */
export function parseLang(given: string | undefined, flag = "--lang"): MessageLang {
  if (given === undefined || given === "en" || given === "nl") return given ?? "en";
  throw new UsageError(`${flag} "${given}": expected en or nl`);
}
