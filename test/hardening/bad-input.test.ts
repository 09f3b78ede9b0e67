import { FORMATS } from "./corpus/formats.ts";
import { describeBadInput } from "./bad-input.ts";

// One test file for the five formats: on a two-core machine vitest runs files one after another anyway, and
// each file costs its own start-up.
for (const format of FORMATS) describeBadInput(format);
