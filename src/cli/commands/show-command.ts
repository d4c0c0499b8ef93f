import type { Command } from 'commander';
import { DyadError } from '../../errors/dyad-error.js';
import { databasePath, withStore, writeLine, type CliContext } from '../context.js';

export function showCommand(program: Command, context: CliContext): void {
  program
    .command('show')
    .description('show a stored article with its sentences, events and quotes')
    .argument(
      '<article-id>',
      'the article id, a unique prefix of it (6+ hex digits), or the id the input carried',
    )
    .option('--json', 'the stored article as JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const db = databasePath(program.opts<{ db?: string }>().db, context.env);
      const record = await withStore(db, (store) => store.getArticle(id));
      if (!record)
        throw new DyadError(
          'NOT_FOUND',
          `no stored article has the id or prefix "${id}"; \`dyad search\` finds ids`,
        );
      if (options.json) {
        writeLine(context.stdout, JSON.stringify(record));
        return;
      }
      const { article } = record;
      writeLine(context.stdout, `${article.title}`);
      writeLine(context.stdout, `${article.published}  ${article.url}  (${article.id})`);
      if (record.copyOf) {
        writeLine(
          context.stdout,
          record.copySimilarity !== undefined
            ? `a near copy of ${record.copyOf} (${Math.floor(record.copySimilarity * 100)}% of its word 3-grams are in that article's): ` +
                'counted as that article, whose events, quotes and actors are stored; what this one adds is not coded'
            : `a syndicated copy of ${record.copyOf}: its events, quotes and actors are stored with that article`,
        );
      }
      writeLine(context.stdout, '');
      record.sentences.forEach((sentence, index) => {
        writeLine(context.stdout, `[${index}] ${record.text.slice(sentence.start, sentence.end)}`);
      });
      // A copy recognised before analysis has no sentences: its paragraphs are shown as they came.
      if (record.sentences.length === 0)
        for (const paragraph of article.paragraphs) writeLine(context.stdout, paragraph);
      if (record.events.length > 0) writeLine(context.stdout, `\nevents`);
      for (const { record: event } of record.events) {
        writeLine(
          context.stdout,
          `  ${event.id}  [${event.sentenceIndex}] ${event.source?.code ?? '-'} ${event.code} ${event.target?.code ?? '-'}  ${event.modality}`,
        );
      }
      if (record.quotes.length > 0) writeLine(context.stdout, `\nquotes`);
      for (const quote of record.quotes) {
        writeLine(
          context.stdout,
          `  [${quote.sentenceIndex}] ${quote.type}  ${quote.speaker?.text ?? '?'} → "${quote.content.text}"`,
        );
      }
    });
}
