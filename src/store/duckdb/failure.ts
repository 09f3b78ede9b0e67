/**
 * DuckDB's and the file system's failures named for the user: a full disk, a permission denied, a read-only
 * store. Each becomes a StoreError (exit 5, HTTP 503) whose hint says what to change; never "this is a bug".
 */
import { StoreError, type Words } from "../../errors.ts";
import { words, wordsError } from "../../messages/words.ts";

function messageOf(cause: unknown): string {
  return String((cause as Error)?.message ?? cause);
}

/** True when `cause` says the disk (or the quota) is full. */
export function isDiskFull(cause: unknown): boolean {
  return (cause as NodeJS.ErrnoException)?.code === "ENOSPC" || /no space left on device|disk is full|out of disk/i.test(messageOf(cause));
}

/** True when `cause` says this user may not read or write a file or folder. */
export function isPermissionDenied(cause: unknown): boolean {
  const code = (cause as NodeJS.ErrnoException)?.code;
  return code === "EACCES" || code === "EPERM" || code === "EROFS" || /permission denied|read-only file system/i.test(messageOf(cause));
}

/** Maps `cause` to a StoreError in catalogue words: `what` failed, and why (the system's own words), with the way out that fits. */
export function storeFailure(cause: unknown, what: Words, fallbackHint: Words = words("checkDbHint")): StoreError {
  const first = messageOf(cause).split("\n")[0] ?? "";
  if (isDiskFull(cause)) return wordsError(StoreError, words("diskFull", what, first), words("diskFullHint"), cause);
  if (isPermissionDenied(cause)) return wordsError(StoreError, words("permissionDenied", what, first), words("permissionHint"), cause);
  return wordsError(StoreError, words("storeFailed", what, first), fallbackHint, cause);
}
