/**
 * Quoting for the DuckDB SQL this program writes: names and values it made itself (paths, batch ids, column names
 * a source declares), never a user's SQL. Values a user gives go in as parameters.
 */

/** A DuckDB string literal: 'it''s'. */
export function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** A DuckDB quoted identifier: "a ""b""". */
export function sqlIdent(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
