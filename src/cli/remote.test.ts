/** The CLI asking a server turns the server's error back into the one a local run throws, whatever its language. */
import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.ts";
import { sayError } from "../messages/words.ts";
import { errorFromServer } from "./remote.ts";

const run = { url: "http://127.0.0.1:8765", pid: 1, secret: "s" } as Parameters<typeof errorFromServer>[2];

describe("errorFromServer", () => {
  it("names the flag from the body's param, not from the sentence", () => {
    const e = errorFromServer(400, { error: { message: 'queryparameter "max_date_precision": verwacht een van day, year', param: { name: "max_date_precision", problem: "verwacht een van day, year" } } }, run);
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toBe("--max-date-precision: verwacht een van day, year");
    // Said again in the command's language by the top-level catch: the flag in Dutch words, the server's problem as it came.
    expect(sayError(e, "nl").message).toBe("optie --max-date-precision: verwacht een van day, year");
  });

  it("keeps the server's sentence when no parameter is named", () => {
    expect(errorFromServer(404, { error: { message: 'no actor in the registry is called "Daesch"; did you mean "Daesh"?' } }, run).message).toBe('no actor in the registry is called "Daesch"; did you mean "Daesh"?');
  });
});
