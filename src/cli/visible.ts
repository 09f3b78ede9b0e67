/**
 * What the CLI prints is made visible: control characters that reach it from data (a file name, a rejected
 * value, an actor's name) would otherwise drive the terminal — clear the screen, set the title, hide text with
 * a carriage return or reorder it with bidi overrides. Each is printed as a `\u001b`-style escape, which is
 * also a valid JSON escape, so `--json` output stays JSON with the same values.
 */

// C0 controls except newline (lines are joined with it), DEL, C1 controls, bidi embeddings and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's purpose
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `s` with every terminal control character written as a visible `\uXXXX`. */
export function visible(s: string): string {
  return s.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A line for stderr: the CLI's own progress bar (a leading carriage return, then the erase-line sequence
 * when it is done) keeps its controls; everything else is made visible.
 */
export function visibleErr(line: string): string {
  if (line === "\r\x1b[2K") return line;
  return line.startsWith("\r") ? `\r${visible(line.slice(1))}` : visible(line);
}
