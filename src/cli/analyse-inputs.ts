import type { Doc } from '../doc/doc.js';
import { formatReadError } from '../errors/read-error.js';
import { createDefaultPipeline } from '../pipeline/default-pipeline.js';
import type { Article } from '../readers/article.js';
import { readInputs } from '../readers/read-inputs.js';
import { writeLine, type CliContext } from './context.js';

/**
 * Reads the inputs and analyses each article in turn, handing each Doc to `each`. Unreadable records are
 * reported on stderr (file, line, field) and make the command exit non-zero after the others are done.
 */
export async function analyseInputs(
  paths: readonly string[],
  context: CliContext,
  actorFiles: readonly string[],
  each: (article: Article, doc: Doc) => void,
): Promise<void> {
  const pipeline = createDefaultPipeline({ actorFiles });
  let failed = 0;
  for await (const item of readInputs(paths, { stdin: context.stdin })) {
    if (item.kind === 'error') {
      failed++;
      writeLine(context.stderr, formatReadError(item));
    } else if (item.kind === 'skipped') {
      writeLine(context.stderr, `skipped ${item.file}: ${item.reason}`);
    } else {
      each(item.article, pipeline.analyse(item.article).doc);
    }
  }
  if (failed > 0) {
    writeLine(context.stderr, `${failed} record(s) could not be read`);
    context.exitCode = 1;
  }
}
