import type { Command } from 'commander';
import { databasePath, withStore, writeLine, type CliContext } from '../context.js';
import { parsePositive } from '../parse-options.js';

export function searchCommand(program: Command, context: CliContext): void {
  program
    .command('search')
    .description('full-text search over stored titles and bodies, best match first')
    .argument('<query>', 'words (all must match), "a phrase", OR, NOT, prefix*, title:word')
    .option('--limit <n>', 'hits to show', '20')
    .option(
      '--json',
      'one JSON object: { total, hits: [{ id, title, url, published, source, rank, snippet }] }',
    )
    .action(async (query: string, options: { limit: string; json?: boolean }) => {
      const db = databasePath(program.opts<{ db?: string }>().db, context.env);
      const tty = !!context.stdout.isTTY && !options.json;
      const highlight = tty ? { open: '\x1b[1;33m', close: '\x1b[0m' } : { open: '[', close: ']' };
      const result = await withStore(db, (store) =>
        store.search(query, { limit: parsePositive(options.limit, '--limit'), highlight }),
      );
      if (options.json) {
        writeLine(context.stdout, JSON.stringify(result));
        return;
      }
      writeLine(context.stdout, `${result.total} article(s) match`);
      for (const hit of result.hits) {
        writeLine(context.stdout, `\n${hit.id}  ${hit.published}  ${hit.source}  ${hit.title}`);
        writeLine(context.stdout, `  ${hit.snippet}`);
      }
    });
}
