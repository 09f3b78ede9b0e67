/**
 * Zip archives: GDELT publishes its exports as single-file `.zip` archives, which DuckDB cannot read. The one
 * file inside is unpacked to a temporary file with zlib (no dependency) and read from there.
 */
export { extractSingleEntry, isZipFile, withUnzipped } from "./extract.ts";
export type { ZipEntry } from "./directory.ts";
export { BoundedOutput, DEFAULT_INFLATE_LIMITS, INFLATE_LIMIT_HINT, InflateLimitExceeded, type InflateLimits } from "./bounded.ts";
