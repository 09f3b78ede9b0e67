/**
 * The README's section on bad input that is no file of this corpus (a store path, a permission, a full disk, a
 * bomb, a changed value in a real file): each case, where its test is, and what happens (issue 13).
 */
const CASES: Array<[string, string, string]> = [
  ["`--db` or `RESURGENCE_DB` at a CSV, JSON or .csv.gz file (swapped arguments)", "store-path.test.ts", "refused, exit 2: the file is named as what its first bytes say, \"not a DuckDB store\"; nothing is written, never an in-memory store"],
  ["a read command (`status`, `rejects`, `compare`…) at a path with no store", "store-path.test.ts", "exit 5 \"there is no store at …\"; nothing is created (`ingest`, `demo`, `sync`, `serve`, `reported add/import` create it)"],
  ["`--db \"\"`", "store-path.test.ts, src/config.test.ts", "exit 2, \"invalid configuration: db: must not be empty\""],
  ["a store this user may not write", "store-path.test.ts", "read commands open it read-only and answer; no hint to delete it"],
  ["a 230-character input name with quarantined rows", "rejects-file.test.ts", "loads; the rejects file's name is cut to 255 bytes"],
  ["a rejects folder that cannot be written", "rejects-file.test.ts", "refused, exit 5, written before COMMIT: the store as it was"],
  ["a full disk during the COMMIT (20 MB tmpfs)", "disk-full.test.ts", "StoreError, exit 5 / HTTP 503, \"the disk is full\"; the store as it was and writable once space is freed"],
  ["a .csv.gz or .zip of real rows repeated to 64 MB (>1000×)", "bomb.test.ts", "refused, exit 3, once the output passes 100× the compressed size (counted past 16 MiB) or 8 GiB, while it streams"],
  ["a zip entry that unpacks past the size its archive records", "bomb.test.ts", "refused, exit 3, stopped at the recorded size"],
  ["300k GED rows (117 MB)", "memory.test.ts", "peak RSS under 1.9 GB (1.5 GB measured; 600k rows the same): DuckDB's memory limit is 1 GB"],
  ["an HDX row with an empty id and side_a `#N/A`", "values.test.ts", "quarantined \"id is empty\" (the HXL row is told apart by its hashtags)"],
  ["HDX iso3 `XXX`, or `SYR` on an Iraq row", "values.test.ts", "quarantined: \"is not an ISO 3166-1 alpha-3 country code\" / \"is not the code of country …\""],
  ["deaths low > best > high", "values.test.ts", "quarantined; one pair off (0/516/515, as 200+ real GED rows are) loads"],
  ["an input file this user may not read", "permissions.test.ts", "refused, exit 3, \"cannot be read: permission denied\""],
  ["a store folder this user may not write", "permissions.test.ts", "exit 5, \"permission denied\", hint to make it writable"],
  ["one stray quote on line 101 of the Syria file", "stray-quote.test.ts", "refused, exit 3, on line 101 (not the last line)"],
  ["a UTF-16 file (with or without BOM, LE or BE, gzipped)", "encoding.test.ts", "refused, exit 3, \"is UTF-16 text\": save as UTF-8"],
  ["a header in capitals", "encoding.test.ts", "loads the same events as the original"],
  ["a JSON event with a key twice (`\"best\": 999999, \"best\": 1`)", "json-duplicate-key.test.ts", "quarantined, naming the key (neither value is taken)"],
  ["`ingest a bad c d`", "multi-file.test.ts", "exit of the refused file; its hint says how many before it are stored and lists the files not attempted"],
  ["an upload through POST /api/ingest", "upload.test.ts", "the batch and rejects name the upload's ?filename=, the answer no server path; a killed server's temp folder is removed at the next start"],
];

export function beyondTheCorpus(): string {
  const rows = CASES.map(([what, test, outcome]) => `| ${what} | \`${test}\` | ${outcome} |`);
  return `## Beyond the corpus

Bad input that is no file of this corpus, each with its test in \`test/hardening/\`:

| case | test | what happens |
|---|---|---|
${rows.join("\n")}
`;
}
