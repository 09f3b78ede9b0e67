#!/usr/bin/env node
// The package's executable: scripts/build.mjs compiles it (and all it imports) to dist/cli.js, which package.json's
// "bin" names; in a checkout, bin/resurgence.mjs runs it from source through tsx.
import { main } from "../src/cli/main.ts";

// A reader that stops early (`resurgence status | head -1`) closes the pipe: stop quietly, as other tools do,
// instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await main(process.argv);
