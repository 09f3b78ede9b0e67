#!/usr/bin/env node
// The development launcher: runs the CLI from source (src/) through tsx, without a build. Installed packages run the
// compiled dist/cli.js instead (package.json "bin"; npm run build makes it).
import { register } from "tsx/esm/api";

register();
await import("./resurgence.ts");
