#!/usr/bin/env node
// The package's executable: scripts/build.mjs compiles it (and all it imports) to dist/cli.js, which package.json's
// "bin" names; in a checkout, bin/resurgence.mjs runs it from source through tsx.
import { main } from "../src/cli/main.ts";

process.exitCode = await main(process.argv);
