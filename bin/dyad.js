#!/usr/bin/env node
// The `dyad` command: a thin launcher for the compiled CLI (built by `npm run build`, run on install).
import { main } from '../dist/cli/main.js';

// `dyad events | head`: when the reader of the output goes away, stop quietly, as Unix tools do, instead of
// dying on an unhandled EPIPE error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
