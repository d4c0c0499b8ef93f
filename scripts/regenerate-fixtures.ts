/**
 * Rewrites the golden files of fixtures/<stage>/<case>.json from the current coder, so that a change to a
 * stage or a dictionary shows up as a diff to review: `npm run fixtures`, then `git diff fixtures/`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createDefaultPipeline } from '../src/pipeline/default-pipeline.js';
import { goldenOutputs } from '../test/golden.js';

for (const output of await goldenOutputs(createDefaultPipeline())) {
  mkdirSync(dirname(output.file), { recursive: true });
  writeFileSync(output.file, `${JSON.stringify(output.value, null, 1)}\n`);
  console.log(
    `wrote ${output.file} (${output.value.length} ${output.stage === 'actors' ? 'mentions' : output.stage})`,
  );
}
