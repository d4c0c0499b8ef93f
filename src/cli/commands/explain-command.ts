import type { Command } from 'commander';
import { loadCodebook } from '../../codebook/codebook.js';
import { loadPatternDictionary } from '../../dictionaries/pattern-dictionary.js';
import { DyadError } from '../../errors/dyad-error.js';
import { explainEvent } from '../../explain/explain-event.js';
import { databasePath, withStore, writeLine, type CliContext } from '../context.js';

export function explainCommand(program: Command, context: CliContext): void {
  program
    .command('explain')
    .description(
      'show why an event was coded: its sentence with evidence, actors and condition marked, and the entries and rules that fired',
    )
    .argument('<event-id>', 'an event id, as `dyad events` and `dyad code` print it')
    .option('--json', 'the event record, its trace and its sentence as JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const db = databasePath(program.opts<{ db?: string }>().db, context.env);
      const found = await withStore(db, (store) => {
        const detail = store.getEvent(id);
        if (!detail) return null;
        const article = store.getArticle(detail.article.id);
        const sentence = article?.sentences[detail.record.sentenceIndex] ?? detail.record.evidence;
        return { detail, sentence };
      });
      if (!found)
        throw new DyadError('NOT_FOUND', `no stored event has the id "${id}"; \`dyad events\` lists ids`);
      const { detail, sentence } = found;
      if (options.json) {
        writeLine(
          context.stdout,
          JSON.stringify({
            ...detail,
            sentence: {
              start: sentence.start,
              end: sentence.end,
              text: detail.article.text.slice(sentence.start, sentence.end),
            },
          }),
        );
        return;
      }
      writeLine(
        context.stdout,
        explainEvent({
          record: detail.record,
          trace: detail.trace,
          text: detail.article.text,
          title: detail.article.title,
          sentence,
          patterns: loadPatternDictionary(),
          codebook: loadCodebook(),
        }),
      );
    });
}
