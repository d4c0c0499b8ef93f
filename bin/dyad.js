#!/usr/bin/env node
// The `dyad` command: a thin launcher for the compiled CLI (built by `npm run build`, run on install).
import { setFlagsFromString } from 'node:v8';
import { main } from '../dist/cli/main.js';

// TurboFan inlining off, for this process and its worker threads (V8 flags are per process): each isolate
// compiles the coder afresh, and its large inlined compiles cost more than inlining saves. On the 19,043
// Reuters articles an ingest takes about 10% less wall and CPU time (three alternated runs on an idle machine,
// 27.1–29.9 s against 24.1–26.9 s); on 40,000 articles, where the compiles are paid off, the two are even. The
// flag is read when a function is optimised, so setting it here, before any work, is in time.
setFlagsFromString('--no-turbo-inlining');

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
