import type { Command } from 'commander';
import { databasePath, withStore, writeLine, type CliContext } from '../context.js';

export function statsCommand(program: Command, context: CliContext): void {
  program
    .command('stats')
    .description('counts of what the database holds')
    .option('--json', 'the counts as one JSON object: { "articles": …, "events": …, … }')
    .action(async (options: { json?: boolean }) => {
      const db = databasePath(program.opts<{ db?: string }>().db, context.env);
      const stats = await withStore(db, (store) => store.stats());
      if (options.json) {
        writeLine(context.stdout, JSON.stringify(stats));
        return;
      }
      writeLine(context.stdout, `database   ${db}`);
      writeLine(
        context.stdout,
        `articles   ${stats.articles} from ${stats.sources} source(s), ${stats.firstPublished ?? '-'} … ${stats.lastPublished ?? '-'}` +
          (stats.copies > 0
            ? `; ${stats.copies} of them copies of another (${stats.copies - stats.nearCopies} word for word, ${stats.nearCopies} re-filed with edits; their events not counted)`
            : ''),
      );
      writeLine(
        context.stdout,
        `events     ${stats.events}  (${
          Object.entries(stats.eventsByModality)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ') || 'none'
        })`,
      );
      writeLine(
        context.stdout,
        `quad class ${Object.entries(stats.eventsByQuadClass)
          .map(([k, v]) => `${k}: ${v}`)
          .join(', ')}`,
      );
      writeLine(context.stdout, `quotes     ${stats.quotes}`);
      writeLine(context.stdout, `mentions   ${stats.mentions}`);
    });
}
