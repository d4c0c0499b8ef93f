import type { Command } from 'commander';
import type { QuoteRecord } from '../../doc/layers.js';
import { quoteRecords } from '../../pipeline/records.js';
import { actorKey } from '../../store/store.js';
import { analyseInputs } from '../analyse-inputs.js';
import { databasePath, withStore, writeLine, type CliContext } from '../context.js';
import { parseDateOption, parsePositive } from '../parse-options.js';

function printQuote(context: CliContext, quote: QuoteRecord, json: boolean | undefined): void {
  if (json) {
    writeLine(context.stdout, JSON.stringify(quote));
    return;
  }
  const speaker = quote.speaker?.text ?? '(no speaker)';
  const code = quote.speakerActor ? ` [${quote.speakerActor.code}]` : '';
  writeLine(
    context.stdout,
    `${quote.date}  ${speaker}${code} —${quote.cue ? ` ${quote.cue.text}` : ''} (${quote.type}) → ${quote.content.text}`,
  );
}

export function quotesCommand(program: Command, context: CliContext): void {
  program
    .command('quotes')
    .description('print the quotations of articles (speaker → content), or query stored ones with no paths')
    .argument(
      '[paths...]',
      'seed .txt files, .jsonl files, folders, or -; with none, the database is queried',
    )
    .option(
      '--json',
      'one JSON object per quote: articleId, url, type, content, cue, speaker, speakerActor, …',
    )
    .option('--speaker <key>', 'stored quotes whose speaker is this actor key (RUS, NAT, RUSGOV)')
    .option('--since <date>', 'stored quotes from articles published from this date, YYYY-MM-DD')
    .option('--until <date>', 'stored quotes from articles published until this date, YYYY-MM-DD')
    .option('--limit <n>', 'at most this many stored quotes', '1000')
    .option('--dict <files...>', 'your own actor dictionary files, added to the bundled ones')
    .action(
      async (
        paths: string[],
        options: {
          json?: boolean;
          speaker?: string;
          since?: string;
          until?: string;
          limit: string;
          dict?: string[];
        },
      ) => {
        if (paths.length > 0) {
          await analyseInputs(paths, context, options.dict ?? [], (_article, doc) => {
            for (const quote of quoteRecords(doc)) printQuote(context, quote, options.json);
          });
          return;
        }
        const db = databasePath(program.opts<{ db?: string }>().db, context.env);
        const quotes = await withStore(db, (store) =>
          store.queryQuotes({
            ...(options.speaker ? { speaker: actorKey(options.speaker, '--speaker') } : {}),
            ...(options.since ? { since: parseDateOption(options.since, '--since') } : {}),
            ...(options.until ? { until: parseDateOption(options.until, '--until') } : {}),
            limit: parsePositive(options.limit, '--limit'),
          }),
        );
        for (const quote of quotes) printQuote(context, quote, options.json);
      },
    );
}
