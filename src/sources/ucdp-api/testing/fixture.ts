/** Test helper: the recorded fixture, its replay server's token, and the fixture's records read with plain JSON.parse. */
import { join } from "node:path";
import { FIXTURES } from "../../../../test/helpers/paths.ts";
import { loadRecording } from "./replay-server.ts";

export const TOKEN = "test-token-0123456789";
export const recording = loadRecording(join(FIXTURES, "ucdp-api"));
/** The query the recording was made for, as sync flags. */
export const RECORDED_FLAGS = { version: "25.1", country: "652,645", from: "1989-01-01" };

/** The records of a recorded version, parsed independently of the code under test. */
export function records(version: string): Array<Record<string, unknown>> {
  return (recording.versions.get(version) ?? []).flatMap((body) => (JSON.parse(body) as { Result: Array<Record<string, unknown>> }).Result);
}
