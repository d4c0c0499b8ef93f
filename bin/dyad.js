#!/usr/bin/env node
// The `dyad` command: a thin launcher for the compiled CLI (built by `npm run build`, run on install).
import { main } from '../dist/cli/main.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
