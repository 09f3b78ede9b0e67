/** The store-neutral preparation of one file on a DuckDB connection a store hands the ingest (store/batch.ts). */
export { prepareFile, dropPrepared, type PrepareTarget } from "./prepare.ts";
export { wordsSelect } from "./words.ts";
